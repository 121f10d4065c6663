"""The raions of the four occupied oblasts by their adjectives, in every case reports use.

The sources hold no raion polygon there: a raion is its seat's point (README, "Places the
sources lack"), named by the adjective the seat's Russian names give, or, for a seat too small
or spelt otherwise in GeoNames, by the curated name of :data:`geo.vocab.TOWNS_RU`. The raion
lists follow the regions' Russian-installed division; the phrases are written for these tests.
"""

from __future__ import annotations

import pytest

import geo
from geo import AmbiguousPlaceError, UnknownPlaceError
from tests.geo.test_gazetteer import real_index  # noqa: F401 (the real pack's index, loaded once)

#: Raion adjectives -> the seat's point, by region.
RAIONS = {
    "UA-65": {
        "Алешкинский": "oleshky",
        "Бериславский": "beryslav",
        "Великоалександровский": "velyka-oleksandrivka",
        "Великолепетихский": "velyka-lepetykha",
        "Верхнерогачикский": "verkhniy-rohachyk",
        "Высокопольский": "vysokopillya",
        "Генический": "henichesk",
        "Голопристанский": "hola-prystan",
        "Горностаевский": "hornostayivka",
        "Каланчакский": "kalanchak",
        "Каховский": "kakhovka",
        "Нижнесерогозский": "nyzhni-sirohozy",
        "Нововоронцовский": "novovorontsovka",
        "Новотроицкий": "novotroyitske",
        "Скадовский": "skadovsk",
        "Чаплинский": "chaplynka",
    },
    "UA-14": {
        "Амвросиевский": "amvrosiivka",
        "Великоновоселковский": "velyka-novosilka",
        "Волновахский": "volnovakha",
        "Новоазовский": "novoazovs-k",
        "Старобешевский": "starobesheve",
        "Тельмановский": "boykivske",
        "Шахтерский": "shakhtarsk",
        "Ясиноватский": "yasynuvata",
    },
    "UA-09": {
        "Антрацитовский": "antratsyt",
        "Беловодский": "bilovods-k",
        "Белокуракинский": "bilokurakyne",
        "Кременский": "kreminna",
        "Лутугинский": "lutuhyne",
        "Марковский": "markivka",
        "Меловский": "milove",
        "Новоайдарский": "novoaidar",
        "Перевальский": "perevalsk",
        "Попаснянский": "popasna",
        "Сватовский": "svatove",
        "Славяносербский": "slov-yanoserbsk",
        "Станично-Луганский": "stanytsya-luhanska",
        "Старобельский": "starobilsk",
        "Троицкий": "troitske",
    },
    "UA-23": {
        "Акимовский": "yakymivka",
        "Бердянский": "berdyansk",
        "Васильевский": "vasylivka",
        "Веселовский": "vesele-689736",
        "Каменско-Днепровский": "kamyanka-dniprovska",
        "Мелитопольский": "melitopol",
        "Михайловский": "mykhaylivka",
        "Приазовский": "pryazovske",
        "Приморский": "prymorsk",
        "Пологовский": "polohy",
        "Розовский": "rozivka-695304",
        "Токмакский": "tokmak",
        "Черниговский": "chernihivka",
    },
}
#: The forms a raion takes in reports, by the endings of "-кий" and of "район": "Энский район",
#: "Энского района", "в Энском районе", "над Энским районом".
CASES = {
    "nomn": ("ий", "район"),
    "gent": ("ого", "района"),
    "loct": ("ом", "районе"),
    "ablt": ("им", "районом"),
}


def _phrase(adjective: str, case: str) -> str:
    """The raion in one case: its adjective (every one ends in "-кий") and "район"."""
    ending, noun = CASES[case]
    return f"{adjective.removesuffix('ий')}{ending} {noun}"


CASES_OF_RAIONS = [
    (region, adjective, f"{region}:{seat}", case)
    for region, raions in RAIONS.items()
    for adjective, seat in raions.items()
    for case in CASES
]


@pytest.mark.parametrize(("region", "adjective", "seat", "case"), CASES_OF_RAIONS)
def test_a_raion_in_any_case_is_its_seats_point(
    region: str, adjective: str, seat: str, case: str
) -> None:
    assert geo.resolve(_phrase(adjective, case), region=region).id == seat


@pytest.mark.parametrize(("region", "adjective", "seat", "case"), CASES_OF_RAIONS)
def test_a_raion_without_a_region_never_lands_in_another_region(
    region: str, adjective: str, seat: str, case: str
) -> None:
    # an adjective several regions' districts share stays for the report's region to decide;
    # only a district published by that very name elsewhere ("Михайловский район" of Primorye,
    # score 1.0) may stand for it, never a place found otherwise
    try:
        place = geo.resolve(_phrase(adjective, case))
    except (AmbiguousPlaceError, UnknownPlaceError):
        return
    published = place.score == 1.0 and place.name_ru.lower().startswith(adjective.lower()[:-2])
    assert place.id == seat or published, (adjective, case, place)


@pytest.mark.parametrize(
    ("name", "seat"),
    [
        ("the Novotroitsky district", "UA-65:novotroyitske"),
        ("Starobeshevsky district", "UA-14:starobesheve"),
        ("in the Markovsky district", "UA-09:markivka"),
        ("Velikoaleksandrovsky district", "UA-65:velyka-oleksandrivka"),
    ],
)
def test_a_raion_in_english_is_its_seats_point(name: str, seat: str) -> None:
    assert geo.resolve(name, region=seat.split(":")[0]).id == seat

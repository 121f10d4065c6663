"""News texts in styles the earlier batches did not use (issue 10), written for this project in
our own words. Grouped by the rule about the language each one decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import lookup, parse
from tests.parsing.conftest import Claims, FakePlace, fake_resolve

TUESDAY = date(2025, 6, 10)

#: Places the shared stand-in gazetteer lacks, answered as the real one answers them: the
#: real index reads "Ryazan district" as the city okrug of Ryazan (its Russian adjective is
#: irregular), and knows the raion by its own English name.
_RYAZAN = FakePlace("district", "RU-RYA:ryazan", "RU-RYA", "Рязань", "Ryazan")
_MORE = {
    "ryazan region": FakePlace("region", "RU-RYA", None, "Рязанская область", "Ryazan Oblast"),
    "ryazan": _RYAZAN,
    "ryazan district": _RYAZAN,
    "ryazan municipal district": _RYAZAN,
    "ryazansky district": FakePlace(
        "district", "RU-RYA:ryazansky", "RU-RYA", "Рязанский район", "Ryazansky"
    ),
    "klintsy district": FakePlace("district", "RU-BRY:klintsy", "RU-BRY", "Клинцы", "Klintsy"),
    "klintsovsky district": FakePlace(
        "district", "RU-BRY:klintsovsky", "RU-BRY", "Клинцовский район", "Klintsovsky"
    ),
    "pochep district": FakePlace(
        "district", "RU-BRY:pochepsky", "RU-BRY", "Почепский район", "Pochepsky", 0.8
    ),
    # a town of Tula Oblast whose English adjective is the name of an okrug of Moscow
    "novomoskovsk district": FakePlace(
        "district", "RU-TUL:novomoskovsk", "RU-TUL", "Новомосковск", "Novomoskovsk"
    ),
    "novomoskovsky district": FakePlace(
        "district", "RU-MOW:novomoskovsky", "RU-MOW", "Новомосковский округ", "Novomoskovsky"
    ),
}


def _resolve(name: str, region: str | None = None) -> FakePlace:
    place = _MORE.get(name.lower())
    if place is not None and (region is None or place.region_id in (None, region)):
        return place
    return fake_resolve(name, region)


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    lookup.use_resolver(_resolve)
    yield
    lookup.use_resolver(None)


def _claims(text: str, published: date = TUESDAY) -> Claims:
    """(area, district, count) of each report's claims."""
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, published)]


# --- English "<Town> district" is the raion named after the town ------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sixteen drones were destroyed over the Ryazan region overnight, the governor said. "
            "Debris fell on a farm in the Ryazan district.",
            [[("RU-RYA", None, 16), ("RU-RYA", "RU-RYA:ryazansky", None)]],
        ),
        (
            "Sixteen drones were destroyed over the Ryazan region overnight, the governor said. "
            "Debris fell on a farm in the Ryazan municipal district.",
            [[("RU-RYA", None, 16), ("RU-RYA", "RU-RYA:ryazansky", None)]],
        ),
        (
            "The governor said nine drones had been downed over the Bryansk region, in the Klintsy "
            "and Pochep districts.",
            [
                [
                    ("RU-BRY", None, 9),
                    ("RU-BRY", "RU-BRY:klintsovsky", None),
                    ("RU-BRY", "RU-BRY:pochepsky", None),
                ]
            ],
        ),
    ],
)
def test_an_english_town_district_is_the_raion_named_after_the_town(
    text: str, want: Claims
) -> None:
    assert _claims(text) == want


def test_a_raion_of_that_spelling_in_another_region_is_no_guess() -> None:
    text = "Over the Tula region, three drones were shot down in the Novomoskovsk district."
    assert _claims(text) == [[("RU-TUL", "RU-TUL:novomoskovsk", 3), ("RU-TUL", None, 3)]]


# --- English "repelled an attack by N drones": the attack's drones were shot down -------------
@pytest.mark.parametrize(
    "text",
    [
        "Air defence units repelled an attack by five drones overnight, the Kursk region's "
        "governor said.",
        "The Kursk region's governor said air defence had fended off a massive attack by five "
        "drones overnight.",
    ],
)
def test_an_attack_repelled_is_its_drones_shot_down(text: str) -> None:
    assert _claims(text) == [[("RU-KRS", None, 5)]]


def test_an_attack_made_with_drones_and_not_repelled_is_no_figure() -> None:
    text = "The Kursk region was attacked by five drones overnight, the governor said."
    assert _claims(text) == []


# --- who speaks from where: "the defence ministry in Moscow" names no place --------------------
def test_the_city_a_ministry_speaks_from_is_no_place() -> None:
    text = (
        "Air defences destroyed 20 Ukrainian drones overnight, the defence ministry in Moscow "
        "said, 12 of them over the Kursk region."
    )
    assert _claims(text) == [[("RU-KRS", None, 12)]]


# --- a figure set between commas keeps its verb and place ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 30 drones were downed overnight, with the largest number, 14, brought "
        "down over the Kursk region.",
        "The ministry said 30 drones were downed overnight, the most, fourteen, over the Kursk "
        "region.",
    ],
)
def test_a_figure_between_commas_is_its_places(text: str) -> None:
    assert _claims(text) == [[("RU-KRS", None, 14)]]


# --- "and another over Y": one more drone, with a place of its own ---------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "One drone was shot down over the Kursk region and another over the Belgorod region, "
            "the ministry said.",
            [[("RU-KRS", None, 1), ("RU-BEL", None, 1)]],
        ),
        (
            "A drone was destroyed over the Kaluga region, and a second was downed near the town "
            "of Obninsk, officials said.",
            # the second is one more of the region's drones: its figure is the sum, two
            [[("RU-KLU", None, 1), ("RU-KLU", "RU-KLU:obninsk", 1), ("RU-KLU", None, 1)]],
        ),
        (
            "One drone was shot down over Kursk city and another over the Belgorod region.",
            [[("RU-KRS", "RU-KRS:kursk", 1), ("RU-KRS", None, 1), ("RU-BEL", None, 1)]],
        ),
    ],
)
def test_another_with_a_place_of_its_own_is_one_more_drone(text: str, want: Claims) -> None:
    assert _claims(text) == want


def test_the_other_that_hit_something_is_no_drone_shot_down() -> None:
    text = (
        "One drone was shot down over the Kursk region and the other hit a warehouse, the "
        "governor said."
    )
    assert _claims(text) == [[("RU-KRS", None, 1)]]


# --- drones told as the subject of an attack are the attack's, not those shot down ------------
@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Three drones attacked a plant in the Kursk region overnight; one was shot down.", 1),
        ("Три беспилотника атаковали предприятие в Курской области, один был сбит.", 1),
        ("Two drones targeted a depot in the Kursk region overnight; both were shot down.", 2),
    ],
)
def test_drones_that_attacked_are_no_figure_of_those_downed(text: str, total: int) -> None:
    assert [r.total for r in parse(text, TUESDAY)] == [total]


# --- not Russia's figures: the front told in English, a third country's air defence ----------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 95 drones had been destroyed in the zone of the special military "
        "operation over the past day.",
        "Over the past day, 95 drones were shot down in the special military operation zone, the "
        "ministry said.",
        "The Belarusian defence ministry said its air defence had downed two drones near the "
        "border overnight.",
        "Минобороны Белоруссии сообщило, что ночью силы ПВО сбили два беспилотника у границы.",
        "Romania's army said it had tracked a drone, while the Polish military said it shot down "
        "three drones over its territory.",
    ],
)
def test_the_front_and_a_third_countrys_air_defence_give_no_report(text: str) -> None:
    assert parse(text, TUESDAY) == []


def test_a_third_countrys_words_leave_the_next_sentence_russias() -> None:
    text = (
        "The Polish military said it had scrambled jets overnight. Russia's defence ministry said "
        "12 drones were shot down over the Bryansk region."
    )
    assert _claims(text) == [[("RU-BRY", None, 12)]]


# --- "N overnight and another M during the day": the night is the night's ---------------------
def test_more_drones_of_another_time_do_not_date_the_night() -> None:
    sunday = date(2025, 9, 7)
    text = (
        "The ministry said it had destroyed 36 drones over the Kursk region overnight and another "
        "20 during the day on Saturday."
    )
    first = parse(text, sunday)[0]
    assert (first.night_of, first.total, [(c.area_id, c.count) for c in first.claims]) == (
        sunday,
        36,
        [("RU-KRS", 36)],
    )


# --- one night said with a measure word: "in the space of one night", "за одну ночь" ----------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 70 drones were destroyed over the Kursk region in the space of one "
        "night.",
        "The ministry said 70 drones were destroyed over the Kursk region within a single night.",
        "Минобороны сообщило, что за одну ночь над Курской областью уничтожены 70 беспилотников.",
    ],
)
def test_one_night_with_a_measure_word_is_the_night(text: str) -> None:
    first = parse(text, TUESDAY)[0]
    assert (first.night_of, [(c.area_id, c.count) for c in first.claims]) == (
        TUESDAY,
        [("RU-KRS", 70)],
    )

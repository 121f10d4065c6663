"""Signs of a missed or misread figure (``parsing.misses``), sent to review by ``diagnose``.

Every text is our own. Each positive case is read wrong (the reading in its comment: the
parser's when it was written, or given to ``diagnose`` by :func:`read_as`, since parser rules
that read it right later must not make the test vacuous) and the diagnosis before these
checks held no problem for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import misses, parse
from parsing.diagnostics import diagnose
from parsing.model import Claim, Qualifier, Report, Reporter
from tests.parsing.conftest import (
    FakePlace,
    fake_districts,
    fake_towns,
    resolving,
    with_places,
)

PUBLISHED = date(2025, 9, 12)


def _regions(*rows: tuple[str, str, str, str]) -> dict[str, list[FakePlace]]:
    """Stand-in regions by (id, Russian, English, the English of a list: "Penza")."""
    out: dict[str, list[FakePlace]] = {}
    for pid, ru, en, short in rows:
        place = FakePlace("region", pid, None, ru, en)
        for name in (ru, en, short, f"{short} region"):
            out.setdefault(name.lower(), []).append(place)
    return out


#: The places of this file's texts that the shared stand-in gazetteer lacks.
_PLACES = {
    **_regions(
        ("RU-ORL", "Орловская область", "Oryol Oblast", "Oryol"),
        ("RU-TAM", "Тамбовская область", "Tambov Oblast", "Tambov"),
        ("RU-PNZ", "Пензенская область", "Penza Oblast", "Penza"),
        ("RU-ULY", "Ульяновская область", "Ulyanovsk Oblast", "Ulyanovsk"),
    ),
    **fake_districts("RU-BRY", "Стародубский", "Климовский", "Брасовский", "Навлинский"),
    **fake_districts("RU-VOR", "Бобровский", "Павловский", "Россошанский", "Лискинский"),
    **fake_districts("RU-KLU", "Козельский", "Сухиничский"),
    **fake_districts("RU-ORL", "Мценский"),
    **fake_districts("RU-TAM", "Michurinsky"),
    **fake_towns("RU-BRY", "Брянск"),
}


@pytest.fixture(autouse=True)
def _places() -> Iterator[None]:
    with resolving(with_places(_PLACES)):
        yield


def looks(text: str) -> list[tuple[str, str, str]]:
    """The problems of the checks in ``parsing.misses`` for ``text``: reason, detail, the text
    of the span."""
    found = diagnose(text, parse(text, published=PUBLISHED))
    return [
        (p.reason, p.detail, text[p.span[0] : p.span[1]])
        for p in found
        if p.reason in misses.REASONS
    ]


# --- figure_not_taken ----------------------------------------------------------------------


def read_as(
    text: str,
    *figures: tuple[str, int | None, str],
    reporter: Reporter = "media",
    total: int | None = None,
    district: str | None = None,
) -> list[tuple[str, str, str]]:
    """:func:`looks` of ``text`` read as one report of ``figures``: (area, count, the text of
    its evidence), with ``total``; ``district`` names the first figure's district. The parser's
    rules move (a reading wrong today is right tomorrow); what a check says of a reading does
    not."""
    claims = []
    for k, (area, count, said) in enumerate(figures):
        at = text.index(said)
        where = {"district_id": f"{area}:x", "district": district} if district and not k else {}
        claims.append(
            Claim(area, area, count, "exact", (at, at + len(said)), rule="given", **where)
        )
    qualifier: Qualifier | None = "exact" if total is not None else None
    report = Report(
        reporter, "RU", None, None, total, qualifier, tuple(claims), evidence=(0, len(text))
    )
    found = diagnose(text, [report])
    return [
        (p.reason, p.detail, text[p.span[0] : p.span[1]])
        for p in found
        if p.reason in misses.REASONS
    ]


def test_a_figure_added_into_a_later_update_is_a_figure_not_taken() -> None:
    # read as Bryansk 13 (11 and the update's 2 added): the 11 no claim holds
    text = (
        "За ночь над Брянском и Стародубским округом средствами ПВО обнаружены и уничтожены "
        "11 беспилотников.\n\nUPD 07:10\nДополнительно над Климовским районом сбиты два БПЛА."
    )
    assert read_as(text, ("RU-BRY", 13, "Брянском и Стародубским округом")) == [
        (
            misses.FIGURE_NOT_TAKEN,
            "the text names 11 drones shot down, but no figure or total of 11 was taken",
            "11",
        )
    ]
    assert read_as(text, ("RU-BRY", 11, "Брянском"), ("RU-BRY", 2, "Климовским районом")) == []


def test_the_same_update_in_other_districts_and_words() -> None:
    text = (
        "Ночью в Бобровском и Павловском районах силами ПВО были уничтожены 16 "
        "беспилотных летательных аппаратов.\n\nОБНОВЛЕНО 07:20\nДополнительно над Россошанским "
        "районом уничтожены четыре БПЛА."
    )
    read = read_as(text, ("RU-VOR", 20, "Бобровском и Павловском районах"))
    assert [(r, s) for r, _d, s in read] == [(misses.FIGURE_NOT_TAKEN, "16")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Первое сообщение главы региона появилось около трёх часов ночи. В нём говорилось, "
            "что силам ПВО удалось ликвидировать свыше 8 БПЛА. Спустя ещё два часа губернатор "
            "Ростовской области сообщил, что перехвачены и уничтожены 21 беспилотник.",
            "8",
        ),
        (
            "Первое сообщение губернатора Тамбовской области появилось в два часа ночи. В нём "
            "говорилось, что средствами ПВО уничтожены более 5 беспилотников. К утру глава "
            "региона сообщил, что всего перехвачены и уничтожены 14 БПЛА.",
            "5",
        ),
    ],
)
def test_a_first_post_retold_with_its_bound_is_a_figure_not_taken(text: str, span: str) -> None:
    # read as the region's 21 (14): the first post's "more than 8" ("более 5") is gone
    assert [(r, s) for r, _d, s in looks(text)] == [(misses.FIGURE_NOT_TAKEN, span)]


@pytest.mark.parametrize(
    "text",
    [
        # a part of a figure told in the same sentence
        "Над Курской областью ночью уничтожены 9 беспилотников, в том числе 4 дрона над Курском.",
        # an attack's size, of which some were shot down
        "По Шебекинскому округу нанесены удары 12 беспилотников, 7 из которых подавлены и сбиты.",
        # people, not drones
        "Над Воронежской областью сбиты 5 беспилотников. Два человека ранены при падении обломков "
        "беспилотника.",
        # "ещё два" added to the region's figure by the parse
        "Над Орловской областью сбиты 3 беспилотника. Позже над Мценским районом уничтожены ещё "
        "два БПЛА.",
        # a lead that sums the rows told below
        "За ночь над Крымом и Чёрным морем сбиты 14 беспилотников. Минобороны уточнило: 10 – над "
        "акваторией Черного моря, 4 – над территорией Республики Крым.",
        # a chronology of a mayor's posts that adds up to the night's figure
        "Силы ПВО ночью отразили атаку шести беспилотников, летевших на Москву, сообщил мэр "
        "столицы.\n\nХронология сообщений:\n00:12 — сбит один БПЛА;\n01:40 — ещё три;\n03:05 — "
        "уничтожены два беспилотника.",
        # a running total since the war began
        "Над Брянской областью сбиты 6 беспилотников. Всего с начала специальной военной "
        "операции уничтожены 90 120 беспилотных летательных аппаратов.",
    ],
)
def test_numbers_that_are_no_figure_of_their_own(text: str) -> None:
    assert looks(text) == []


def test_the_figures_of_a_report_of_ukraine_are_not_russias() -> None:
    # the second paragraph is Ukraine's report (its air force's 25 of 30): the parse took the 25
    # as its total, though no sentence of it names Ukraine's side by itself
    text = (
        "Над Брянской областью сбиты 4 беспилотника, сообщило Минобороны России.\n\n"
        "Воздушные силы Украины сообщили, что Россия ночью запустила 30 дронов. По их данным, "
        "сбиты 25 беспилотников."
    )
    ours = text.index("Брянской областью сбиты 4")
    theirs = text.index("Воздушные силы")
    russia = Report(
        "mod",
        "RU",
        None,
        None,
        4,
        "exact",
        (Claim("RU-BRY", "Брянская область", 4, "exact", (ours, ours + 25), rule="given"),),
        evidence=(0, theirs - 2),
    )
    ukraine = Report("other", "UA", None, None, 25, "exact", evidence=(theirs, len(text)))
    assert diagnose(text, [russia, ukraine]) == []
    # read as Russia's alone, the 25 is a figure no claim took
    assert [p.reason for p in diagnose(text, [russia])] == [misses.FIGURE_NOT_TAKEN]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences destroyed five drones over the Kursk region overnight, the ministry said."
        "\n\nIn Ukraine, the air force said it had shot down all 20 Shahed drones launched "
        "overnight.",
        "Над Курской областью ночью сбиты 5 беспилотников. В Киеве в ту же ночь силы ПВО сбили 18 "
        "ударных дронов типа «Шахед».",
    ],
)
def test_shaheds_are_russias_own_drones(text: str) -> None:
    assert looks(text) == []


def test_an_earlier_window_that_adds_to_the_days_total_is_a_part_of_it() -> None:
    # read as the window's 6 and the day's 15: the earlier window's 9 is 15 less 6
    text = (
        "Six drones were destroyed over the Belgorod region between 3:00 p.m. and 8:00 p.m., the "
        "ministry said.\n\nEarlier in the day the ministry reported that 9 drones had been shot "
        "down between 8:00 a.m. and 3:00 p.m. In total, 15 drones have been downed since the "
        "morning, by our count."
    )
    at = text.index("Earlier")
    window = Report(
        "mod",
        "RU",
        None,
        None,
        6,
        "exact",
        (Claim("RU-BEL", "Belgorod", 6, "exact", (0, 50), rule="given"),),
        evidence=(0, at - 2),
    )
    day = Report("media", "RU", None, None, 15, "exact", evidence=(at, len(text)))
    assert diagnose(text, [window, day]) == []
    # a day's total of 16 leaves the 9 no part of anything the parse holds
    other = Report("media", "RU", None, None, 16, "exact", evidence=(at, len(text)))
    assert [(p.reason, text[p.span[0] : p.span[1]]) for p in diagnose(text, [window, other])] == [
        (misses.FIGURE_NOT_TAKEN, "9"),
        (misses.FIGURE_NOT_TAKEN, "15"),
    ]


def _corrected(text: str) -> list[tuple[str, str]]:
    """The problems of ``text`` read as the governor's 8 over Kursk (its figure and total),
    the claim's evidence ending at the text's first "8": reason, the text of the span."""
    at = text.index("8")
    claim = Claim("RU-KRS", "Курская область", 8, "exact", (at - 12, at + 1), rule="given")
    report = Report("governor", "RU", None, None, 8, "exact", (claim,), evidence=(0, len(text)))
    found = diagnose(text, [report])
    return [(p.reason, text[p.span[0] : p.span[1]]) for p in found if p.reason in misses.REASONS]


@pytest.mark.parametrize(
    "text",
    [
        "Ночью дежурными средствами ПВО уничтожены 5 беспилотников.\n\nДополнение: по уточнённым "
        "данным, всего за ночь над областью сбиты 8 БПЛА, ранее сообщалось о пяти.",
        "Утром губернатор сообщал о 5 сбитых беспилотниках. Позднее он "
        "уточнил, что над областью уничтожены 8 БПЛА.",
        "Air defences destroyed 5 drones over the Kursk region overnight.\n\nUpdate: the "
        "governor revised the figure to 8 drones downed over the region; he had earlier "
        "reported 5.",
    ],
)
def test_a_figure_a_correction_replaced_is_no_figure_left_out(text: str) -> None:
    # the 5 told before the correction is the figure it replaced
    assert _corrected(text) == []


def test_a_figure_no_correction_replaced_is_still_left_out() -> None:
    text = (
        "Ночью дежурными средствами ПВО уничтожены 5 беспилотников.\n\nВсего за ночь над "
        "областью сбиты 8 БПЛА."
    )
    assert _corrected(text) == [(misses.FIGURE_NOT_TAKEN, "5")]


@pytest.mark.parametrize(("last", "found"), [("четырёх", []), ("пяти", ["двух"])])
def test_posts_told_by_their_clock_times_in_one_line(last: str, found: list[str]) -> None:
    # read as the mayor's 9: the posts of 2, 3 and 4 told by their times are its parts; with 5
    # for the last they add up to 10, and the first is a figure left out
    text = (
        "Мэр Москвы сообщил, что за ночь сбиты девять беспилотников, летевших на Москву.\n\n"
        f"В 00:15 он написал о двух сбитых дронах, затем в 01:40 — ещё о трёх, а в 03:20 — о {last}."
    )
    read = read_as(text, ("RU-MOW", 9, "девять беспилотников"), reporter="mayor", total=9)
    assert [s for _r, _d, s in read] == found


def test_posts_told_by_their_clock_times_under_a_figure_told_twice() -> None:
    # read as the mayor's 9 from the headline and 9 again from the lede (18 for Moscow): the
    # posts add up to 9, not to what the report gives, so the first is still left out
    text = (
        "Над Москвой за ночь сбиты девять беспилотников\n\nМэр Москвы сообщил, что за ночь "
        "сбиты 9 беспилотников, летевших на Москву.\n\nВ 00:15 он написал о двух сбитых "
        "дронах, затем в 01:40 — ещё о трёх, а в 03:20 — о четырёх."
    )
    read = read_as(
        text,
        ("RU-MOW", 9, "девять беспилотников"),
        ("RU-MOW", 9, "9 беспилотников"),
        reporter="mayor",
        total=9,
    )
    assert [s for _r, _d, s in read] == ["двух"]


# --- totals ------------------------------------------------------------------------------------


def test_a_mayors_night_total_above_his_figure() -> None:
    # read as Moscow 3 with the mayor's total 12: 9 drones have no place
    text = (
        "Мэр Москвы: сбиты ещё три беспилотника, летевшие на столицу. Всего, по данным мэра, за "
        "ночь на подлёте к Москве уничтожено 12 дронов."
    )
    read = read_as(text, ("RU-MOW", 3, "три беспилотника"), reporter="mayor", total=12)
    assert [(r, d, s) for r, d, s in read] == [
        (
            misses.TOTAL_OVER_FIGURES,
            "the mayor's total is 12, but his figures (RU-MOW) add up to 3: 9 drones have no place",
            text,
        )
    ]


def test_a_governors_night_total_above_his_figure() -> None:
    # (under an update's label, "UPD: атака отражена, всего ... 10", the whole is a report of
    # its own over the region: test_local_updates)
    text = (
        "Губернатор: над Белгородской областью ночью сбиты 4 беспилотника. Атака отражена, "
        "всего за ночь уничтожено 10 БПЛА."
    )
    assert [r for r, _d, _s in looks(text)] == [misses.TOTAL_OVER_FIGURES]


def test_a_ministry_total_above_one_region_is_no_sign() -> None:
    # the country's figure of which one region is told
    text = (
        "Minobrony said air defences destroyed 40 drones overnight, including 34 over the "
        "Krasnodar region."
    )
    assert looks(text) == []


def test_a_title_bound_kept_over_the_rows_sum_the_text_names() -> None:
    # read with the total "more than 60" while the rows and the text say 64 (drones that flew
    # toward the regions: no attack's size, which the parser reads as the total when the rows
    # add up to it: tests/parsing/test_totals_structures.py)
    text = (
        "Over the weekend, more than 60 drones were shot down over the Volga region\n\nOver the "
        "weekend, at least 64 drones flew toward three regions of the Volga area. According to the "
        "ministry, most were shot down over the Saratov (40) and Samara (20) regions. Four more "
        "were destroyed over the Penza region."
    )
    assert looks(text) == [
        (
            misses.TOTAL_NOT_SUM,
            "the areas' figures add up to 64, as the text says, but the report's total is 60",
            "64",
        )
    ]


# --- places ------------------------------------------------------------------------------------


def test_republics_after_a_list_of_regions_named_with_no_claim() -> None:
    # read as Samara, Penza and Ulyanovsk named: the two republics are gone
    text = (
        "Air defences destroyed 26 drones overnight over the territories of the Samara, Penza "
        "and Ulyanovsk regions and the republics of Mordovia and Chuvashia, the ministry said."
    )
    read = read_as(
        text,
        ("RU-SAM", None, "Samara"),
        ("RU-PNZ", None, "Penza"),
        ("RU-ULY", None, "Ulyanovsk regions"),
        reporter="mod",
        total=26,
    )
    assert read == [
        (
            misses.AREA_WITHOUT_FIGURE,
            "'Mordovia' is named in a sentence about drones shot down, but no claim is for it",
            "Mordovia",
        ),
        (
            misses.AREA_WITHOUT_FIGURE,
            "'Chuvashia' is named in a sentence about drones shot down, but no claim is for it",
            "Chuvashia",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Moscow time, a district's adjective, a region read
        "Between 8 p.m. and 11 p.m. Moscow time air defences destroyed 5 drones over the Kursk "
        "region.",
        "По его словам, дроны сбиты над Кировским районом Калужской области.",
        "Над территориями Самарской, Пензенской областей, республик Мордовия и Чувашия "
        "перехвачены 26 беспилотников.",
    ],
)
def test_places_that_are_no_area_left_out(text: str) -> None:
    assert looks(text) == []


def test_one_drone_from_a_hit_is_a_figure_without_a_downing() -> None:
    # read as one drone over the Michurinsky district: it hit a depot, nobody shot it down
    text = (
        "Drone strikes fuel depot in Russia's Tambov region, governor says\n\nA Ukrainian drone "
        "struck a fuel depot in the Tambov region overnight, Governor Yevgeny Pervyshov said. "
        '"As a result of the drone hitting the depot in the Michurinsky district, a tank caught '
        'fire," he wrote.'
    )
    said = "a result of the drone hitting the depot in the Michurinsky district"
    found = read_as(text, ("RU-TAM", 1, said), reporter="governor", district="Michurinsky")
    assert found == [
        (
            misses.ONE_WITHOUT_DOWNING,
            "1 drone over Michurinsky was read from a sentence that names no downing",
            said,
        )
    ]


def test_one_drone_shot_down_is_no_sign() -> None:
    assert looks("Над Грайворонским округом сбит беспилотник. Пострадавших нет.") == []


@pytest.mark.parametrize(
    ("text", "places", "town"),
    [
        (
            "Сегодня ночью над Козельским и Сухиничским районами, а также над Обнинском уничтожено"
            " по одному беспилотнику. Пострадавших нет.",
            ("Козельским", "Сухиничским районами"),
            "Обнинском уничтожено по одному",
        ),
        (
            "Этой ночью над Брасовским и Навлинским районами, а также над Брянском уничтожено по "
            "одному беспилотнику. Пострадавших нет.",
            ("Брасовским", "Навлинским районами"),
            "Брянском уничтожено по одному",
        ),
    ],
)
def test_a_region_given_one_places_figure(text: str, places: tuple[str, str], town: str) -> None:
    # read as the region's 1 (the town's "по одному") while two districts are named with none
    def at(said: str) -> tuple[int, int]:
        return text.index(said), text.index(said) + len(said)

    claims = [
        Claim("RU-X", "X", None, "exact", at(p), f"RU-X:{k}", p, rule="place_without_count")
        for k, p in enumerate(places)
    ]
    claims += [
        Claim("RU-X", "X", 1, "exact", at(town), "RU-X:town", town, rule="distributive"),
        Claim("RU-X", "X", 1, "exact", at(town), rule="region_from_district"),
    ]
    report = Report("governor", "RU", None, None, 1, "exact", tuple(claims), evidence=at(text))
    found = [(p.reason, text[p.span[0] : p.span[1]]) for p in diagnose(text, [report])]
    assert (misses.REGION_FROM_ONE_PART, town) in found


# --- what is read at all -----------------------------------------------------------------------


def test_a_news_text_that_also_tells_ukraines_side_is_checked() -> None:
    # diagnose had read no more of a text that retells Ukraine's side; Russia's figures are
    text = (
        "Мэр Москвы: сбиты ещё три беспилотника, летевшие на столицу. Всего, по данным мэра, за "
        "ночь на подлёте к Москве уничтожено 12 дронов.\n\nВоздушные силы ВСУ сообщили, что "
        "ночью над Украиной сбиты 40 из 55 российских дронов."
    )
    read = read_as(text, ("RU-MOW", 3, "три беспилотника"), reporter="mayor", total=12)
    assert [r for r, _d, _s in read] == [misses.TOTAL_OVER_FIGURES]


def test_every_check_is_listed_with_its_reason() -> None:
    assert len(misses.CHECKS) == len(misses.REASONS)


# --- a governor's total beside places with no figure -----------------------------------------


def test_a_governors_total_beside_places_that_all_have_no_figure() -> None:
    # read as a total of 1 over Kaluga and Tula named bare: his two more have no place
    text = (
        "The Kaluga governor said a drone was shot down near Lyudinovo, and his Tula colleague "
        "said two more were downed in the Yefremov district."
    )
    read = read_as(
        text,
        ("RU-KLU", None, "Kaluga"),
        ("RU-TUL", None, "Tula"),
        reporter="governor",
        total=1,
    )
    assert read == [
        (
            misses.TOTAL_OVER_FIGURES,
            "the governor's total is 1, but none of the places (RU-KLU, RU-TUL) has a figure",
            text,
        )
    ]
    # his figure given to his region is his report
    assert read_as(text, ("RU-KLU", 1, "Kaluga"), reporter="governor", total=1) == []


# --- a list's row no claim took ----------------------------------------------------------------


#: A ministry's list with an area listed twice; :func:`test_a_lists_row_no_claim_took` reads it
#: without the second Bryansk row.
_LIST = (
    "Минобороны: за ночь сбиты 30 БПЛА\n\n"
    "▪️Брянская область — 12\n"
    "▪️Курская область — 9\n"
    "▪️Брянская область — ещё 4\n"
    "▪️Орловская область — 5\n\n"
    "Пострадавших — 2"
)


def test_a_lists_row_no_claim_took() -> None:
    read = read_as(
        _LIST,
        ("RU-BRY", 12, "Брянская область — 12"),
        ("RU-KRS", 9, "Курская область — 9"),
        ("RU-ORL", 5, "Орловская область — 5"),
        reporter="mod",
        total=30,
    )
    assert read == [
        (
            misses.FIGURE_NOT_TAKEN,
            "the list's row '▪ Брянская область — еще 4' names 4 drones, but no claim took it",
            "4",
        )
    ]


def test_rows_that_all_gave_claims_and_a_line_of_people_are_no_sign() -> None:
    read = read_as(
        _LIST,
        ("RU-BRY", 12, "Брянская область — 12"),
        ("RU-KRS", 9, "Курская область — 9"),
        ("RU-BRY", 4, "Брянская область — ещё 4"),
        ("RU-ORL", 5, "Орловская область — 5"),
        reporter="mod",
        total=30,
    )
    assert read == []


def test_one_row_is_no_list() -> None:
    text = "Минобороны: за ночь сбиты 7 БПЛА\n▪️Брянская область — 7\n▪️Курская область — ещё 2"
    read = read_as(text, ("RU-BRY", 7, "Брянская область — 7"), reporter="mod", total=7)
    assert [r for r, _d, _s in read] == []


# --- a report's whole read as one more row -----------------------------------------------------


def test_a_whole_read_as_one_more_row_of_its_area() -> None:
    # read as Bryansk 10 and 7, Kursk 3: 20 on the map for the text's 10
    text = (
        "Air defences downed 10 drones over the Bryansk region overnight, the ministry said. Seven "
        "of them fell over the Bryansk region and three over the Kursk region."
    )
    read = read_as(
        text,
        ("RU-BRY", 10, "10 drones over the Bryansk region"),
        ("RU-BRY", 7, "Seven of them fell over the Bryansk region"),
        ("RU-KRS", 3, "three over the Kursk region"),
        reporter="mod",
    )
    assert read == [
        (
            misses.TOTAL_NOT_SUM,
            "RU-BRY's 10 is what the report's other figures add up to (7 + 3): its whole, read as "
            "one more row",
            "10 drones over the Bryansk region",
        )
    ]


def test_a_figure_equal_to_the_others_of_other_areas_is_no_sign() -> None:
    text = (
        "Air defences downed 10 drones over the Bryansk region, seven over the Kursk region and "
        "three over the Oryol region."
    )
    read = read_as(
        text,
        ("RU-BRY", 10, "10 drones over the Bryansk region"),
        ("RU-KRS", 7, "seven over the Kursk region"),
        ("RU-ORL", 3, "three over the Oryol region"),
        reporter="mod",
        total=20,
    )
    assert read == []


# --- the regions of the rest of a total --------------------------------------------------------


_REST = (
    "The ministry said 20 drones were destroyed overnight, including eight over the Bryansk "
    "region and six over the Kursk region. The other six were divided between the Oryol and "
    "Tambov regions."
)


def test_regions_named_for_the_rest_of_a_total_after_its_rows() -> None:
    # read as Bryansk 8 and Kursk 6 of 20: the sentence after them has no drone noun
    read = read_as(
        _REST,
        ("RU-BRY", 8, "eight over the Bryansk region"),
        ("RU-KRS", 6, "six over the Kursk region"),
        reporter="mod",
        total=20,
    )
    assert [(r, s) for r, _d, s in read] == [
        (misses.AREA_WITHOUT_FIGURE, "Oryol"),
        (misses.AREA_WITHOUT_FIGURE, "Tambov"),
    ]


def test_regions_after_rows_that_make_the_total_are_no_sign() -> None:
    read = read_as(
        _REST,
        ("RU-BRY", 8, "eight over the Bryansk region"),
        ("RU-KRS", 6, "six over the Kursk region"),
        reporter="mod",
        total=14,
    )
    assert [s for r, _d, s in read if r == misses.AREA_WITHOUT_FIGURE] == []


# --- what is no figure of its own --------------------------------------------------------------


def test_a_downing_told_by_its_noun_is_a_downing() -> None:
    said = "a drone over the Kursk region"
    told = f"The ministry reported the elimination of {said} at noon."
    assert read_as(told, ("RU-KRS", 1, said), reporter="mod") == []
    crashed = f"The ministry reported the crash of {said} at noon."
    assert [r for r, _d, _s in read_as(crashed, ("RU-KRS", 1, said), reporter="mod")] == [
        misses.ONE_WITHOUT_DOWNING
    ]


@pytest.mark.parametrize(
    ("month", "found"),
    [
        ("В течение марта", []),
        ("За март", []),
        ("В марте", []),
        # a night of the month is no month's tally
        ("В ночь на 5 марта", ["42"]),
    ],
)
def test_a_named_months_tally_is_no_figure_left_out(month: str, found: list[str]) -> None:
    text = (
        "Над Курской областью ночью сбиты 5 БПЛА. "
        f"{month} средства ПВО уничтожили 42 украинских беспилотника."
    )
    read = read_as(text, ("RU-KRS", 5, "Курской областью ночью сбиты 5"), reporter="mod")
    assert [s for r, _d, s in read if r == misses.FIGURE_NOT_TAKEN] == found


def test_one_areas_lines_and_their_recap_are_no_whole_read_as_a_row() -> None:
    # (the recap of one area's lines is the recap rule's: no second area, no sign here)
    text = "02:10 — сбит один дрон. 03:40 — сбиты ещё два. Всего над Москвой за ночь сбиты три."
    lines = (
        (1, "сбит один дрон"),
        (2, "сбиты ещё два"),
        (3, "Всего над Москвой за ночь сбиты три"),
    )
    read = read_as(text, *(("RU-MOW", n, said) for n, said in lines), reporter="mayor")
    assert [r for r, _d, _s in read if r == misses.TOTAL_NOT_SUM] == []


# --- a mayor's drones given to his town and to the region where they fell -----------------------


def _mayors(text: str, town: int, fell: str) -> list[tuple[str, str, str]]:
    """:func:`looks` of ``text`` read as the mayor's Moscow ``town`` and the oblast's 1 made from
    the district in ``fell`` (``region_from_district``, as the parser gives a district's region)."""
    at, end = text.index(fell), text.index(fell) + len(fell)
    claims = (
        Claim("RU-MOW", "RU-MOW", town, "exact", (0, 20), rule="moscow_target"),
        Claim("RU-MOS", "RU-MOS", 1, "exact", (at, end), rule="count_over_place",
              district_id="RU-MOS:x", district="Kolomna"),
        Claim("RU-MOS", "RU-MOS", 1, "exact", (at, end), rule="region_from_district"),
    )  # fmt: skip
    report = Report("mayor", "RU", None, None, None, None, claims, evidence=(0, len(text)))
    return [
        (p.reason, p.detail, text[p.span[0] : p.span[1]])
        for p in diagnose(text, [report])
        if p.reason in misses.REASONS
    ]


def test_a_mayors_drone_given_to_his_town_and_to_the_district_it_fell_in() -> None:
    text = (
        "The mayor said a drone flying at the capital was destroyed. Air defences downed it over "
        "the Kolomna district, he wrote."
    )
    fell = "downed it over the Kolomna district"
    assert _mayors(text, 1, fell) == [
        (
            misses.REGION_FROM_ONE_PART,
            "RU-MOS's 1 is one place's figure in the mayor's report, which gives RU-MOW 1 too: "
            "his drones told twice?",
            fell,
        )
    ]
    # a place's figure above what he gives his town is no retelling of it
    assert _mayors(text, 0, fell) == []


# --- an item's figure inside a sentence ------------------------------------------------------


def test_an_items_figure_after_the_drone_noun_no_claim_took() -> None:
    # read as the day's 30 alone: the night's 18 stands after the noun, in an item of its own
    text = "Над Брянской областью за сутки сбиты 30 беспилотников: 18 — ночью, остальные — днём."
    read = read_as(text, ("RU-BRY", 30, "Брянской областью за сутки сбиты 30"), total=30)
    assert read == [
        (
            misses.FIGURE_NOT_TAKEN,
            "the text names 18 drones in an item of its list, but no claim took it",
            "18",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a clock time's minutes before a dash
        "Над Брянской областью сбиты 30 беспилотников, последний в 23:40 — над Брянском.",
        # the item's figure is the parse's
        "Над Брянской областью сбиты 30 беспилотников: 30 — ночью.",
    ],
)
def test_items_that_are_no_figure_left_out(text: str) -> None:
    read = read_as(text, ("RU-BRY", 30, "Брянской областью сбиты 30"), total=30)
    assert [r for r, _d, _s in read if r == misses.FIGURE_NOT_TAKEN] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ночью над Курской областью уничтожено 8 БПЛА, по уточнённым данным — 9.",
        "Над Курской областью сбиты 8 беспилотников, по обновлённым сведениям: девять.",
    ],
)
def test_a_figure_its_own_sentence_corrects_is_no_figure_left_out(text: str) -> None:
    # the 8 before the correction's words in the same sentence is the figure they replace
    reports = parse(text)
    assert [(c.area_id, c.count) for r in reports for c in r.claims] == [("RU-KRS", 9)]
    assert [p.reason for p in diagnose(text, reports) if p.reason in misses.REASONS] == []

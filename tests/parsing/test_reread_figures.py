"""Inputs this session's new rules mishandled, found on rereading them: each a figure lost,
changed or made up. Texts are our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import claim_rows, msk_at, report_windows, russian_claims_by_report

# --- a nought after a place is the place's only when the clause opens with the place -----------


@pytest.mark.parametrize(
    "tail",
    [
        "Погибших в Курской области — ни одного.",
        "Разрушенных домов в Курской области — ни одного.",
        "Обращений за помощью на территории Курской области — ни одного.",
    ],
)
def test_a_nought_of_people_or_things_in_a_place_is_no_figure(tail: str) -> None:
    assert claim_rows("Над Курской областью сбиты 4 беспилотника. " + tail) == [("RU-KRS", None, 4)]


@pytest.mark.parametrize(
    "tail",
    [". В Курской области — ни одного сбитого беспилотника.", ", над Курской — ни одного."],
)
def test_a_row_that_opens_with_its_place_keeps_its_nought(tail: str) -> None:
    assert claim_rows("Над Брянской областью сбиты 4 беспилотника" + tail) == [
        ("RU-BRY", None, 4),
        ("RU-KRS", None, 0),
    ]


# --- a clause "when ..." on a past time ends where the sentence goes on with a clause of its own --


@pytest.mark.parametrize(
    "text",
    [
        "Since May 2024, when the first drones hit the plant, the region has been attacked "
        "often; on Sunday night air defence destroyed five drones over the Kursk region.",
        "Since May 2024, when the first drones hit the plant, the region has been attacked "
        "often, and overnight air defence destroyed five drones over the Kursk region.",
        "С мая 2024 года, когда беспилотник впервые атаковал завод, регион атакуют регулярно; "
        "этой ночью над Курской областью сбиты пять беспилотников.",
        "В прошлом году, когда завод атаковали впервые, обошлось без жертв, а этой ночью над "
        "Курской областью сбиты пять беспилотников.",
    ],
)
def test_a_figure_after_a_past_clause_is_the_report(text: str) -> None:
    assert russian_claims_by_report(text) == [[("RU-KRS", None, 5)]]


# --- "вчера"/"накануне" dates a window only right before its hours ------------------------------

_PUBLISHED = date(2026, 5, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Накануне Дня Победы, с 20.00 до 23.00 мск, над Брянской областью уничтожены 10 БПЛА.",
        "После вчерашней атаки с 20.00 до 23.00 мск над Брянской областью сбиты ещё 10 дронов.",
        "Губернатор, который вчера сообщал о пострадавших, написал, что с 20.00 до 23.00 мск над "
        "Брянской областью сбиты 10 беспилотников.",
    ],
)
def test_yesterday_further_off_leaves_the_window_on_the_publication_day(text: str) -> None:
    assert report_windows(text, _PUBLISHED) == [(msk_at(_PUBLISHED, 20), msk_at(_PUBLISHED, 23))]


# --- an adjective before an abbreviation is elliptic over it: the airspace's region ------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Над Брянской ПВО сбили два беспилотника.", [("RU-BRY", None, 2)]),
        ("Над Курской АЭС сбит беспилотник.", [("RU-KRS", None, 1)]),
        (
            "Над Белгородской ПВО уничтожила три БПЛА, над Курской — два.",
            [("RU-BEL", None, 3), ("RU-KRS", None, 2)],
        ),
    ],
)
def test_an_adjective_over_an_abbreviation_is_its_region(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


# --- "single drones" over one place are drones of no known number there -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Single drones were also destroyed over the Kursk region.",
        "Air defences downed single drones over the Kursk region overnight, the governor said.",
    ],
)
def test_single_drones_over_one_place_give_it_no_figure(text: str) -> None:
    assert claim_rows(text) == [("RU-KRS", None, None)]


def test_single_drones_over_two_places_are_one_each() -> None:
    text = "Single drones were destroyed over the Kursk and Bryansk regions."
    assert claim_rows(text) == [("RU-KRS", None, 1), ("RU-BRY", None, 1)]


# --- a date alone on a line over a post is no clock ------------------------------------------------


def test_a_date_on_a_line_of_its_own_marks_no_timed_line() -> None:
    # (read as a clock, "12.05" made the line under it a timed line: the same figure told twice
    # became two figures)
    text = (
        "12.05\nНад Курской областью сбиты 3 беспилотника.\n"
        "Над Курской областью сбиты 3 беспилотника."
    )
    assert claim_rows(text) == [("RU-KRS", None, 3)]


# --- a habit the sentence opens on ends where a clause of its own goes on --------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ежедневно над Белгородской областью сбивают десятки дронов, но этой ночью над "
            "Курской областью уничтожены 12 БПЛА.",
            [("RU-KRS", None, 12)],
        ),
        (
            "Every night this week, drones were shot down over the Kursk region, and on Tuesday "
            "night alone 12 were destroyed over the Bryansk region.",
            [("RU-BRY", None, 12)],
        ),
        (
            "Обычно ПВО работает над Курской областью ночью, однако сегодня днём над Брянской "
            "областью сбиты 3 беспилотника.",
            [("RU-BRY", None, 3)],
        ),
    ],
)
def test_a_figure_after_a_habit_in_a_clause_of_its_own_is_read(
    text: str, rows: list[tuple[str, str | None, int]]
) -> None:
    assert claim_rows(text) == rows


# --- a speaker's post of hours before, quoted after a lede's "ещё", is no retelling of it ----------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Сбиты ещё два беспилотника, летевших на Москву, сообщил Собянин. Час назад он "
            "писал: «Сбиты два беспилотника, летевших на Москву».",
            [2, 2],
        ),
        (
            "Над Курской областью сбиты ещё три беспилотника, сообщил губернатор. Двумя часами "
            "ранее он написал: «Над Курской областью уничтожены три БПЛА».",
            [3, 3],
        ),
    ],
)
def test_a_quote_of_an_earlier_post_after_a_lede_with_more_is_more(
    text: str, figures: list[int]
) -> None:
    assert [n for rows in russian_claims_by_report(text) for _a, _d, n in rows] == figures


def test_a_past_clause_going_on_with_no_time_of_its_own_stays_past() -> None:
    text = (
        "Two drones were shot down over the Tula region overnight. The area has been a target "
        "since May 2024, when five drones were downed over Kursk, and two over Bryansk."
    )
    assert claim_rows(text) == [("RU-TUL", None, 2)]


# --- an "as" clause that tells the drones' own course keeps its places with the figure ---------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences downed 20 drones overnight as Ukraine attacked the Belgorod region.",
            [("RU-BEL", None, 20)],
        ),
        (
            "Air defences downed 15 drones overnight as Kyiv launched a massive attack on the "
            "Kursk region.",
            [("RU-KRS", None, 15)],
        ),
        (
            "Air defences downed 11 drones as they flew over the Voronezh region.",
            [("RU-VOR", None, 11)],
        ),
        (
            "Air defences destroyed 30 drones overnight as they attacked the Bryansk and Kursk "
            "regions.",
            [("RU-BRY", None, None), ("RU-KRS", None, None)],
        ),
    ],
)
def test_an_as_clause_of_the_drones_attack_names_the_figures_places(text: str, rows) -> None:
    assert claim_rows(text) == rows


# --- a tally of the war is no report, whatever the war's name or the words of "since" ----------


@pytest.mark.parametrize(
    "tally",
    [
        "Всего с начала спецоперации над регионом уничтожены 1 487 беспилотников.",
        "С момента начала спецоперации над регионом сбиты 1 487 БПЛА.",
        "Со дня начала СВО над регионом уничтожены 1 487 беспилотников.",
        "За время проведения специальной военной операции над регионом сбиты 1 487 дронов.",
        "За всё время СВО над регионом уничтожены 1 487 беспилотников.",
    ],
)
def test_a_tally_of_the_war_leaves_the_night_its_own_figure(tally: str) -> None:
    text = f"Этой ночью над Тульской областью сбиты 3 беспилотника. {tally}"
    assert claim_rows(text) == [("RU-TUL", None, 3)]

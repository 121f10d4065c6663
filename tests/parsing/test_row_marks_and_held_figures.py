"""Figures that had been lost or changed without a word (issue 14, stop 38), each now read as a
person reads it or sent to a person (``parsing.text``, ``parsing.count_rules``,
``parsing.numbers``, ``parsing.diagnostics``):

- an ellipsis ("...", "…", spaced or not) or a times sign ("— x4", "×4") for a row's dash: the
  ellipsis ended the sentence, the sign made no figure; nothing read;
- English rows one a line with the figure in parentheses ("Smolensk region (4)"): nothing read;
- a sea or a region's one-word name as a row with no mark ("Азовское море 3", "Брянщина 4"):
  nothing read;
- English rows with a row mark a Russian row takes ("=", an arrow), list rows of several places
  and a district's pair with a table's bar: nothing read;
- an ellipsis before a figure and its noun ("сбиты... 4 БПЛА"): nothing read; "x4 БПЛА": the area
  with no figure;
- a figure before a drone's model in quotes ("4 «Лютых»"): nothing read, nothing held;
- a correction with no place ("Уточнение: не 4, а 6"): the 4 kept, the 6 lost;
- a Latin "l" or "O" inside a figure ("l4", "1O4") and "2,5 тыс. 300": the area with no figure,
  or 300;
- a row with no mark whose line goes on ("Смоленская область 4 ночью") alone or beside one other
  row: nothing read, nothing held.

Sentences written for this project."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import count_rules, parse
from parsing.diagnostics import diagnose

DAY = date(2026, 9, 12)
HEAD = "За ночь сбиты беспилотники:\n"


def _rows(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.area_id, c.count) for r in parse(text, DAY) for c in r.claims)


def _problems(text: str) -> list[tuple[str, str]]:
    return [(p.reason, p.detail) for p in diagnose(text, parse(text, DAY))]


# ------------------------------------------------------------------- marks for a row's dash


@pytest.mark.parametrize(
    "rows",
    [
        "Смоленская область ... 4\nТульская область ... 2",
        "Смоленская область … 4\nТульская область…2",
        "Смоленская область .... 4\nТульская область .... 2",
        "Смоленская область — x4\nТульская область — х2",  # (a Latin "x", a Cyrillic "х")
        "Смоленская область ×4\nТульская область x2",
        "Смоленская область ... 4 шт.\nТульская область ... 2 шт.",
    ],
)  # fmt: skip
def test_an_ellipsis_or_a_times_sign_for_a_rows_dash_is_read(rows: str) -> None:
    text = HEAD + rows
    assert _rows(text) == [("RU-SMO", 4), ("RU-TUL", 2)]
    assert _problems(text) == []


def test_rows_with_an_ellipsis_on_one_line_are_read() -> None:
    assert _rows("Сбиты БПЛА: Смоленская область ... 4, Тульская область ... 2.") == [
        ("RU-SMO", 4),
        ("RU-TUL", 2),
    ]


@pytest.mark.parametrize("pause", ["...", "…", " ..."])
def test_an_ellipsis_before_a_figure_and_its_noun_is_a_pause(pause: str) -> None:
    assert _rows(f"Над Смоленской областью сбиты{pause} 4 БПЛА.") == [("RU-SMO", 4)]


def test_a_times_sign_before_a_figure_and_its_noun_is_held() -> None:
    text = "Над Смоленской областью сбиты x4 БПЛА."
    assert ("doubtful_number", "a figure no count is written as: 'x4'") in _problems(text)


def test_an_ellipsis_between_two_figures_is_still_a_range() -> None:
    text = "Над Смоленской областью сбиты 4 ... 6 беспилотников."
    assert [(c.count, c.qualifier) for r in parse(text, DAY) for c in r.claims] == [(4, "approx")]


@pytest.mark.parametrize(
    "rows",
    [
        "Smolensk region (4)\nTula region (2)",
        "over the Smolensk region (4)\nover the Tula region (2)",
        "• Smolensk Oblast (4 drones);\n• Tula Oblast (2 drones).",
        "Smolensk Region = 4\nTula Region → 2",  # (the marks of a Russian row)
        "Smolensk Region 👉 4\nTula Region -> 2",
    ],
)
def test_english_rows_one_a_line_are_read(rows: str) -> None:
    text = "Air defences destroyed six drones overnight:\n" + rows
    assert _rows(text) == [("RU-SMO", 4), ("RU-TUL", 2)]
    assert _problems(text) == []


@pytest.mark.parametrize(
    ("rows", "claims"),
    [
        ("Брянщина 4\nАзовское море 3", [("RU-BRY", 4), ("SEA-AZOV", 3)]),
        ("Подмосковье 2\nЧёрное море 1", [("RU-MOS", 2), ("SEA-BLACK", 1)]),
        ("Тульская область 2\nЧерное море 5", [("RU-TUL", 2), ("SEA-BLACK", 5)]),
    ],
)
def test_a_sea_or_a_regions_one_word_name_is_a_row_with_no_mark(
    rows: str, claims: list[tuple[str, int]]
) -> None:
    assert _rows(HEAD + rows) == claims


def test_a_one_word_line_that_names_no_region_is_no_row() -> None:
    assert _rows(HEAD + "Смоленская область 4\nИтого 4") == [("RU-SMO", 4)]


@pytest.mark.parametrize("bar", ["|", "=", "→"])
def test_list_rows_and_a_districts_pair_take_any_rows_dash(bar: str) -> None:
    text = f"Уничтожены БПЛА:\nСмоленская, Тульская области {bar} по 2\nПогарский район и г. Погар {bar} 3"
    assert [(c.area_id, c.district_id, c.count) for r in parse(text, DAY) for c in r.claims] == [
        ("RU-SMO", None, 2),
        ("RU-TUL", None, 2),
        ("RU-BRY", "RU-BRY:pogarsky", None),  # (the town is its district's: named once)
    ]


# ------------------------------------------------------------------------ held for a person


def test_a_figure_before_a_drones_model_in_quotes_is_held() -> None:
    text = "Ночью над Смоленской областью уничтожены 4 «Лютых»."
    assert _rows(text) == []  # (nothing read: no drone noun)
    assert _problems(text) == [
        ("doubtful_number", "a figure before a name in quotes (a drone's model?): '4 «Лютых»'")
    ]
    english = 'Overnight air defences destroyed 2 "Liutyi" over the Tula Region.'
    assert [reason for reason, _ in _problems(english)] == ["doubtful_number"]


def test_a_name_in_quotes_after_a_figure_no_claim_missed_is_no_problem() -> None:
    text = "Над Смоленской областью сбиты 4 БПЛА, сообщил 1 канал «Звезда»."
    assert _rows(text) == [("RU-SMO", 4)]
    assert _problems(text) == []  # (nothing shot down is counted by the "1")


@pytest.mark.parametrize(
    ("text", "claims", "figure"),
    [
        ("Уточнение: не 4, а 6 БПЛА.", [], 6),  # (a reply to the post it corrects)
        ("Над Смоленской областью сбиты 4 БПЛА.\nУточнение: не 4, а 6 БПЛА.", [("RU-SMO", 4)], 6),
        ("Air defences destroyed 4 drones over the Tula Region.\nCorrection: 6, not 4.", [("RU-TUL", 4)], 6),
        ("Поправка: сбиты 6.", [], 6),
    ],
)  # fmt: skip
def test_a_correction_whose_figure_no_claim_took_is_held(
    text: str, claims: list[tuple[str, int]], figure: int
) -> None:
    assert _rows(text) == claims
    ((reason, detail),) = _problems(text)
    assert reason == "conflicting_numbers"
    assert detail.startswith(f"a correction gives {figure}, but no claim took it")


def test_a_correction_read_whole_or_of_an_earlier_version_is_no_problem() -> None:
    read = "Над Смоленской областью сбиты 4 БПЛА.\nУточнение: над Смоленской областью сбиты 6 БПЛА."
    assert _rows(read) == [("RU-SMO", 6)]
    assert "conflicting_numbers" not in [reason for reason, _ in _problems(read)]
    earlier = (
        "Air defences destroyed 4 drones over the Tula Region.\n"
        "Correction: an earlier version of this story said 6 drones were destroyed."
    )
    assert "conflicting_numbers" not in [reason for reason, _ in _problems(earlier)]


@pytest.mark.parametrize(
    ("figure", "shown"), [("l4", "l4"), ("1l", "1l"), ("1O4", "1O4"), ("O4", "O4"), ("2,5 тыс. 300", "2,5 тыс. 300")]
)  # fmt: skip
def test_a_latin_letter_in_a_figure_or_a_decimals_hundreds_is_held(figure: str, shown: str) -> None:
    text = f"Над Смоленской областью уничтожены {figure} БПЛА."
    assert ("doubtful_number", f"a figure no count is written as: {shown!r}") in _problems(text)


def test_thousands_and_hundreds_in_digits_are_still_read() -> None:
    assert _rows("Над Смоленской областью уничтожены 1 тыс. 300 БПЛА.") == [("RU-SMO", 1300)]
    assert _rows("Над Смоленской областью уничтожены 2,5 тыс. БПЛА.") == [("RU-SMO", 2500)]


@pytest.mark.parametrize(
    ("rows", "claims", "held"),
    [
        ("Смоленская область 4 ночью", [], ["Смоленская область 4 ночью"]),
        ("Смоленская область 4\nТульская область 2 утром", [("RU-SMO", 4)], ["Тульская область 2 утром"]),
        ("Смоленская область — 4\nТульская область 2 днем", [("RU-SMO", 4)], ["Тульская область 2 днем"]),
    ],
)  # fmt: skip
def test_a_row_with_no_mark_whose_line_goes_on_is_held(
    rows: str, claims: list[tuple[str, int]], held: list[str]
) -> None:
    text = HEAD + rows
    assert _rows(text) == claims
    assert [d for reason, d in _problems(text) if reason == "no_claim_read"] == [
        f"the list's row {row!r} names {row.split()[2]} drones, but no claim took it"
        for row in held
    ]


@pytest.mark.parametrize("rows", ["Смоленская область 4 мая", "Смоленская область 4 км от границы"])
def test_a_date_or_a_length_after_a_places_figure_is_no_row(rows: str) -> None:
    assert _problems(HEAD + rows) == []


# ---------------------------------------------------------------------- one dash for every row


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(
        st.sampled_from(["-", ">", "=", ".", "…", "—", ":", "|", "👉", "a", " ", "5"]), max_size=8
    )
)
def test_the_dash_a_search_opens_on_matches_what_a_rows_dash_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    row_dash, row_dash_at = re.compile(count_rules.ROW_DASH), re.compile(count_rules.ROW_DASH_AT)
    for at in range(len(text)):
        a, b = row_dash.match(text, at), row_dash_at.match(text, at)
        assert (a and a.group()) == (b and b.group())

"""A post's tally line opened by its update's label or its clock ("UPD 09:00 Всего за ночь — 5.",
"Обновлено 09:00: итого за ночь — пять.", "08:10 Всего за ночь — пять.") is the tally the line
alone would be ("Итого за ночь и утро — 5." after the updates: the night's figure over the
region the updates tell, docs/labels.md). With the label or the clock before it, the line had
been read as nothing at all, without a word, while "... — 5 БПЛА." was read.

Sentences written for this project."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 9, 12)


def _reports(
    text: str,
) -> list[tuple[int | None, date | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, r.night_of, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY)
    ]


BRYANSK = [
    (4, DAY, [("RU-BRY", None, 4)]),
    (1, None, [("RU-BRY", "RU-BRY:pogarsky", 1), ("RU-BRY", None, 1)]),
    (5, DAY, [("RU-BRY", None, 5)]),
]


@pytest.mark.parametrize(
    ("update", "tally"),
    [
        ("UPD 07:15 Ещё один сбит", "UPD 09:00 Всего за ночь — 5."),
        ("Обновлено 07:15: ещё один сбит", "Обновлено 09:00: итого за ночь — пять."),
        ("Upd. 07:15 Ещё один беспилотник уничтожен", "Upd. 09:00 Итого за ночь и утро — 5."),
    ],
)
def test_an_updates_tally_line_after_its_label_is_the_nights(update: str, tally: str) -> None:
    text = (
        "Над Брянской областью ночью уничтожены 4 беспилотника.\n\n"
        f"{update} над Погарским районом.\n\n{tally}"
    )
    assert _reports(text) == BRYANSK


def test_a_timed_lines_tally_after_its_clock_is_their_whole() -> None:
    text = (
        "Ночью над Калужской областью сбиты 3 БПЛА.\n\n06:40 Ещё два сбиты над Обнинском.\n\n"
        "08:10 Всего за ночь — пять."
    )
    assert _reports(text) == [
        (5, DAY, [("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)])
    ]

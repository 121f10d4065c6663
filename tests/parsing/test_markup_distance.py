"""Markup around a word is blanked to as many spaces as it had characters, so the words before
a figure must be read by words, not by characters: an attack's verb before "<b>X область</b>
более N беспилотниками" is as near as without the tags, and the attack's figure is no downing.

Sentences written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from parsing import parse


def _counts(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text) for c in r.claims if c.count is not None]


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ за сутки атаковали <strong>Белгородскую область</strong> более 120 беспилотниками.",
        "Противник атаковал <b>Липецкую область</b> около 40 беспилотниками, сообщил губернатор.",
        "ВСУ атаковали <strong>Курскую область</strong> 75 беспилотниками за минувшие сутки.",
        "Ukraine attacked the <strong>Belgorod region</strong> with more than 150 drones.",
        "Ukraine attacked the <b>Kursk region</b> with about 60 drones overnight.",
    ],
)
def test_an_attacks_figure_behind_markup_is_no_downing(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Над <b>Курской областью</b> сбиты 7 беспилотников.", [("RU-KRS", 7)]),
        ("Над <strong>Брянской областью</strong> уничтожено более 12 БПЛА.", [("RU-BRY", 12)]),
        ("Seven drones were shot down over the <b>Tula region</b>.", [("RU-TUL", 7)]),
    ],
)
def test_a_downing_behind_markup_keeps_its_figure(
    text: str, want: list[tuple[str, int | None]]
) -> None:
    assert _counts(text) == want

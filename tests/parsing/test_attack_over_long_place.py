"""An attack's verb, the place attacked and the figure of drones it was made with
("атаковали X N беспилотниками"): the place between is one or two words however long they are,
a hyphenated name one word ("Карачаево-Черкесскую"), so the figure is the attack's, no downing.

Sentences written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

#: Stand-ins for the long republics' names (the shared stand-in gazetteer has short ones only).
REPUBLICS = {
    "кабардино-балкарская республика": [
        FakePlace("region", "RU-KB", None, "Кабардино-Балкарская Республика", "Kabardino-Balkaria")
    ],
    "карачаево-черкесская республика": [
        FakePlace("region", "RU-KC", None, "Карачаево-Черкесская Республика", "Karachay-Cherkessia")
    ],
}


def _counts(text: str) -> list[tuple[str, int | None]]:
    with resolving(with_places(REPUBLICS)):
        reports = parse(text)
    return [(c.area_id, c.count) for r in reports for c in r.claims if c.count is not None]


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ за сутки атаковали Кабардино-Балкарскую Республику более чем 30 беспилотниками.",
        "Противник атаковал Карачаево-Черкесскую Республику 12 беспилотниками, сообщил глава.",
        "Ночью ВСУ атаковали Кабардино-Балкарскую Республику 6 беспилотниками.",
    ],
)
def test_an_attack_on_a_long_place_name_gives_no_downed_figure(text: str) -> None:
    assert _counts(text) == []


def test_a_downing_over_a_long_place_name_keeps_its_figure() -> None:
    assert _counts("Над Кабардино-Балкарской Республикой сбиты 4 беспилотника.") == [("RU-KB", 4)]

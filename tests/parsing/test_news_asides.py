"""English news retellings (issue 10), written for this project in our own words, grouped by
the rule about the language each one decides: a question asserts no figure; "drone" before
another noun names a kind of thing, never one drone; damage denied names no place; a
settlement named by its noun after "at" ("at the port of Tuapse") is a place."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

THURSDAY = date(2026, 3, 19)
#: The port town the shared stand-in gazetteer lacks, answered as the real one answers it.
_TUAPSE = {
    "tuapse": [FakePlace("district", "RU-KDA:tuapsinsky", "RU-KDA", "Туапсинский округ", "Tuapse")]
}


def _reports(text: str) -> list[tuple[str, int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.reporter, r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, THURSDAY)
        if r.country == "RU"
    ]


# --- a question asserts no figure --------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Were 90 drones really shot down over the Bryansk region last night?",
        "Сбили ли над Брянской областью 90 беспилотников?",
    ],
)
def test_a_question_asserts_no_figure(question: str) -> None:
    assert _reports(question) == []


def test_the_answer_after_a_question_is_the_report() -> None:
    text = (
        "How many drones were shot down over the Bryansk region last night? The governor "
        "said 14 drones were destroyed over the region overnight."
    )
    assert _reports(text) == [("governor", 14, [("RU-BRY", None, 14)])]


# --- "drone" before another noun names a kind, never one drone --------------------------------
@pytest.mark.parametrize("noun", ["interceptions", "raid", "danger warning", "incursion"])
def test_drone_before_another_noun_is_no_count_of_one(noun: str) -> None:
    text = f"The Kursk region saw a drone {noun} overnight, and 12 drones were shot down over it."
    assert [total for _who, total, _claims in _reports(text)] == [12]


# --- damage denied names no place --------------------------------------------------------------
@pytest.mark.parametrize(
    "denied",
    [
        "A substation in the Shebekino district was not damaged.",
        "A substation in the Shebekino district was reportedly not damaged.",
        "A substation in the Shebekino district wasn't damaged.",
    ],
)
def test_a_place_whose_damage_is_denied_is_no_place(denied: str) -> None:
    text = f"Five drones were shot down over the Belgorod region overnight, the governor said. {denied}"
    assert _reports(text) == [("governor", 5, [("RU-BEL", None, 5)])]


def test_a_place_damaged_is_still_a_place() -> None:
    text = (
        "Five drones were shot down over the Belgorod region overnight, the governor said. A "
        "substation in the Shebekino district was damaged."
    )
    assert _reports(text) == [
        ("governor", 5, [("RU-BEL", None, 5), ("RU-BEL", "RU-BEL:shebekinsky", None)])
    ]


# --- a settlement's noun after "at" --------------------------------------------------------------
def test_at_the_port_of_names_the_town() -> None:
    text = (
        "Debris from a drone downed overnight started a fire at the port of Tuapse, the "
        "Krasnodar region's operational headquarters said."
    )
    with resolving(with_places(_TUAPSE)):
        reports = _reports(text)
    assert reports == [
        ("governor", None, [("RU-KDA", "RU-KDA:tuapsinsky", None), ("RU-KDA", None, None)])
    ]

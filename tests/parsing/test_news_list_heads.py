"""English news retellings (issue 10), written for this project in our own words, grouped by
the rule about the language each one decides: a district's figure in parentheses after its
head noun ("the Sevsk district (4)"); rows of places by their head noun with bare figures in
parentheses, in the sentence after the one that downed the drones; a quantifier between the
preposition and the names ("over each of the ... regions"); the names a colon lists after
"regions"; the names after the verb of a sentence that opens "Among the regions ..."."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Claims, FakePlace, resolving, with_places

MONDAY = date(2026, 3, 16)

#: Districts the shared stand-in gazetteer lacks, answered as the real one answers them.
_MORE = {
    "sevsk district": [FakePlace("district", "RU-BRY:sevsky", "RU-BRY", "Севский район", "Sevsky")],
    "navlya district": [
        FakePlace("district", "RU-BRY:navlinsky", "RU-BRY", "Навлинский район", "Navlinsky")
    ],
}


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(with_places(_MORE)):
        yield


def _claims(text: str) -> Claims:
    return [
        [(c.area_id, c.district_id, c.count) for c in r.claims]
        for r in parse(text, MONDAY)
        if r.country == "RU"
    ]


# --- a district's figure in parentheses after its head noun -----------------------------------
def test_a_districts_figure_in_parentheses_follows_its_head_noun() -> None:
    text = (
        "Six drones were brought down over the Bryansk region, most of them over the Sevsk "
        "district (4) and the Navlya district (2), the governor wrote."
    )
    assert _claims(text) == [
        [
            ("RU-BRY", None, 6),
            ("RU-BRY", "RU-BRY:sevsky", 4),
            ("RU-BRY", "RU-BRY:navlinsky", 2),
        ]
    ]


# --- rows by head noun with bare figures, after the sentence that downed the drones ----------
def test_head_noun_rows_after_the_downing_sentence_are_its_breakdown() -> None:
    text = (
        "Air defences destroyed 21 drones overnight, the defence ministry said. The Kursk "
        "Region (12), Smolensk Region (5) and Ryazan Region (4) were targeted, it added."
    )
    assert _claims(text) == [[("RU-KRS", None, 12), ("RU-SMO", None, 5), ("RU-RYA", None, 4)]]


@pytest.mark.parametrize(
    "second",
    [
        # one row alone is no list: a figure in parentheses may be anything
        "The Kursk Region (12) was targeted, it added.",
        # names without a head noun may be people with their ages
        "Ivanov (45) and Petrova (38) were targeted, it added.",
    ],
)
def test_bare_figures_outside_a_list_of_places_are_no_rows(second: str) -> None:
    text = "Air defences destroyed 21 drones overnight, the defence ministry said. " + second
    assert _claims(text) == [[]]


# --- a quantifier between the preposition and the names ---------------------------------------
@pytest.mark.parametrize("quantifier", ["each of", "all of"])
def test_a_quantifier_before_the_names_is_no_part_of_them(quantifier: str) -> None:
    text = (
        f"Nine drones were shot down overnight, three over {quantifier} the Tula, Kaluga and "
        "Smolensk regions, the ministry said."
    )
    expected = [("RU-TUL", None, 3), ("RU-KLU", None, 3), ("RU-SMO", None, 3)]
    if quantifier == "all of":
        # "three over all of them" is not three each: the three are shared by the places
        expected = [("RU-TUL", None, None), ("RU-KLU", None, None), ("RU-SMO", None, None)]
    assert _claims(text) == [expected]


# --- the names a colon lists after "regions" ---------------------------------------------------
@pytest.mark.parametrize(
    "lead",
    [
        "It reported 75 drones downed overnight over five regions:",
        "It reported 75 drones downed overnight over the regions it listed as follows:",
    ],
)
def test_a_colon_after_regions_lists_their_names(lead: str) -> None:
    text = f"{lead} Bryansk, Kursk, Tula, Kaluga and Smolensk."
    assert _claims(text) == [
        [
            ("RU-BRY", None, None),
            ("RU-KRS", None, None),
            ("RU-TUL", None, None),
            ("RU-KLU", None, None),
            ("RU-SMO", None, None),
        ]
    ]


# --- "Among the regions ... were X, Y" ---------------------------------------------------------
def test_the_names_after_among_the_regions_were_are_named_in_the_total() -> None:
    text = (
        "The ministry said 48 drones were destroyed overnight. Among the regions where the "
        "drones were intercepted were Bryansk, Tula and Kaluga, it said."
    )
    assert _claims(text) == [
        [("RU-BRY", None, None), ("RU-TUL", None, None), ("RU-KLU", None, None)]
    ]


# --- regions listed as the subject of "accounted for ... apiece" ------------------------------
@pytest.mark.parametrize("each", ["apiece", "each"])
def test_regions_accounting_for_a_figure_apiece_each_have_it(each: str) -> None:
    text = (
        "Eleven drones were downed overnight, the ministry said; the Bryansk, Kursk and "
        f"Smolensk regions accounted for three {each}, and two more were destroyed over the Tula "
        "region."
    )
    assert _claims(text) == [
        [
            ("RU-BRY", None, 3),
            ("RU-KRS", None, 3),
            ("RU-SMO", None, 3),
            ("RU-TUL", None, 2),
        ]
    ]


# --- a republic's head and "the republic" in his words -----------------------------------------
@pytest.mark.parametrize(
    "speaker",
    [
        "Mordovia's head Artyom Zdunov said",
        "The head of Mordovia said",
    ],
)
def test_a_republics_head_speaks_for_the_republic(speaker: str) -> None:
    text = f"{speaker} that three drones were destroyed over the republic overnight."
    (report,) = parse(text, MONDAY)
    assert (report.reporter, [(c.area_id, c.count) for c in report.claims]) == (
        "governor",
        [("RU-MO", 3)],
    )

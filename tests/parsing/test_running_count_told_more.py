"""Issue 10: one speaker's running count told across clauses and sentences, each later figure
told as more.

A retelling of a mayor's or a governor's posts gives his first figure, then "at 2:35 a.m. he
wrote that two more had been shot down; at 4:05 he reported another one". Each later figure is
more drones over the place of the first (docs/labels.md: one speaker's figures over one area
add, and their sum is a row, never a total the text wrote). Three structures carry it:

- a verb of telling whose object is the figure told as more, the verb of downing elided ("he
  reported two more", "a second post reported another two", "announced a further three");
- a clause after a semicolon or a comma that tells the figure in words of its own ("; later he
  wrote that another three had been destroyed");
- a bare time cut off by commas between them (", and at 4:05 a.m., he reported another one").

Reports written for these tests in our own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


def _sums(text: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in parse(text):
        for c in r.claims:
            if c.district_id is None and c.count is not None:
                out[c.area_id] = out.get(c.area_id, 0) + c.count
    return out


# ---------------------------------------------------------------- told of, the verb elided


@pytest.mark.parametrize(
    ("later", "more"),
    [
        ("An hour later he reported two more.", 2),
        ("Shortly before dawn the governor posted about three more.", 3),
        ("In a new post, he announced a further one.", 1),
        ("A second post, at 2:48 a.m., reported another 4.", 4),
        ("He later wrote of one more drone.", 1),
        ("By morning Bogomaz had reported another two drones over the region.", 2),
    ],
)
def test_a_figure_told_as_more_adds_to_the_region(later: str, more: int) -> None:
    text = f"Governor Bogomaz said three drones were shot down over the Bryansk region. {later}"
    (report,) = parse(text)
    assert _sums(text) == {"RU-BRY": 3 + more}
    assert report.total is None  # the sum was not written


@pytest.mark.parametrize(
    "later",
    [
        "At 2:48 a.m. a second post reported another two.",
        "Sobyanin later reported two more.",
        "He then wrote about two more drones flying toward the capital.",
        "Half an hour later the mayor announced a further 2.",
        "Then he reported another two.",
    ],
)
def test_a_figure_told_as_more_adds_to_the_mayors_moscow(later: str) -> None:
    text = f"Mayor Sergei Sobyanin said a drone flying toward Moscow had been shot down. {later}"
    (report,) = parse(text)
    assert report.reporter == "mayor"
    assert _sums(text) == {"RU-MOW": 3}


@pytest.mark.parametrize(
    "later",
    [
        "He later reported two more attacks on the city.",
        "He reported another attack in the morning.",
        "He wrote more about the damage later.",
    ],
)
def test_more_attacks_or_words_are_no_drones(later: str) -> None:
    text = f"Governor Bogomaz said three drones were shot down over the Bryansk region. {later}"
    assert _sums(text) == {"RU-BRY": 3}


# ---------------------------------------------------------------- clauses of one sentence


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Bogomaz said three drones were shot down over the Bryansk region; he later wrote "
            "that two more had been shot down.",
            {"RU-BRY": 5},
        ),
        (
            "Three drones were downed over the Bryansk region, the governor said; at 3:15 a.m. he "
            "reported another two.",
            {"RU-BRY": 5},
        ),
        (
            "The governor said 3 drones had been destroyed over the Bryansk region, and two more "
            "were intercepted an hour later.",
            {"RU-BRY": 5},
        ),
        (
            "Three drones were shot down over the Bryansk region overnight; later Bogomaz "
            "announced a further two.",
            {"RU-BRY": 5},
        ),
        (
            "Над Брянской областью сбиты три беспилотника; позднее губернатор сообщил ещё о двух.",
            {"RU-BRY": 5},
        ),
        # the mayor's timed posts retold in one sentence
        (
            "At 1:10 a.m. Mayor Sergei Sobyanin reported that a drone flying toward Moscow had "
            "been downed; at 2:35 a.m., he wrote that two more had been shot down; and at 4:05 "
            "a.m., he reported another one.",
            {"RU-MOW": 4},
        ),
        (
            "Sobyanin first reported one drone downed on approach to the capital; then, at 2:35, "
            "two more; and, at 4:05, he reported another one.",
            {"RU-MOW": 4},
        ),
        (
            "A drone flying toward Moscow was shot down, Sobyanin wrote at 1:10; at 2:35 he "
            "reported two more, and at 4:05 a.m., another one.",
            {"RU-MOW": 4},
        ),
        # a bare time between the clauses breaks no chain
        (
            "Bogomaz said three drones were shot down over the Bryansk region; at 2:35 he wrote "
            "that two more had been shot down; and at 4:05, he reported another one.",
            {"RU-BRY": 6},
        ),
        (
            "Над Брянской областью сбиты три беспилотника; в 02:35 губернатор написал, что сбиты "
            "ещё два; а в 04:05 он сообщил ещё об одном.",
            {"RU-BRY": 6},
        ),
    ],
)
def test_a_clause_told_as_more_adds_and_writes_no_total(
    sentence: str, want: dict[str, int]
) -> None:
    (report,) = parse(sentence)
    assert _sums(sentence) == want
    assert report.total is None


@pytest.mark.parametrize(
    "later",
    [
        "Another drone was shot down later.",
        "He later wrote of one more drone.",
        "By morning another UAV had been destroyed.",
        "One more drone was downed shortly after 4 a.m.",
        "Later he reported another drone downed.",
    ],
)
def test_another_drone_is_one_more(later: str) -> None:
    text = f"Governor Bogomaz said three drones were shot down over the Bryansk region. {later}"
    assert _sums(text) == {"RU-BRY": 4}

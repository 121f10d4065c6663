"""Each list item takes the marks that start inside it (``reading._share_marks``).

Items that follow one another are given their marks by bisecting the items' starts; items
that overlap (cuts that overlap) are read item by item. Both give each item the counts, groups
and targets whose start lies in [start, end), in the order the sentence's readers found them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse, reading


@dataclass(frozen=True)
class _Mark:
    """A stand-in for a count or a group: only its start is read."""

    start: int
    name: str


def _by_hand(
    items: list[tuple[int, int]], marks: list[_Mark], targets: list[tuple[int, int]]
) -> list[tuple[list[_Mark], list[_Mark], list[tuple[int, int]]]]:
    return [
        (
            [m for m in marks if a <= m.start < b],
            [m for m in reversed(marks) if a <= m.start < b],
            [t for t in targets if a <= t[0] < b],
        )
        for a, b in items
    ]


def _shared(
    items: list[tuple[int, int]], marks: list[_Mark], targets: list[tuple[int, int]]
) -> list[tuple[list[_Mark], list[_Mark], list[tuple[int, int]]]]:
    made = [reading.ListItem(a, b, ",") for a, b in items]
    reading._share_marks(made, cast(Any, marks), cast(Any, list(reversed(marks))), targets)
    return [(cast(Any, it.counts), cast(Any, it.groups), it.targets) for it in made]


def test_items_in_a_row_take_the_marks_inside_them_in_their_order() -> None:
    items = [(10, 20), (22, 30), (30, 30), (30, 41)]
    marks = [_Mark(x, str(x)) for x in (35, 9, 10, 19, 20, 22, 30, 40, 41, 12)]
    targets = [(25, 28), (5, 7), (30, 33)]
    assert _shared(items, marks, targets) == [
        ([_Mark(10, "10"), _Mark(19, "19"), _Mark(12, "12")],
         [_Mark(12, "12"), _Mark(19, "19"), _Mark(10, "10")], []),
        ([_Mark(22, "22")], [_Mark(22, "22")], [(25, 28)]),
        ([], [], []),
        ([_Mark(35, "35"), _Mark(30, "30"), _Mark(40, "40")],
         [_Mark(40, "40"), _Mark(30, "30"), _Mark(35, "35")], [(30, 33)]),
    ]  # fmt: skip


def test_overlapping_items_share_a_mark() -> None:
    items = [(0, 12), (8, 20)]
    marks = [_Mark(9, "a"), _Mark(15, "b")]
    assert _shared(items, marks, [(10, 11)]) == [
        ([_Mark(9, "a")], [_Mark(9, "a")], [(10, 11)]),
        ([_Mark(9, "a"), _Mark(15, "b")], [_Mark(15, "b"), _Mark(9, "a")], [(10, 11)]),
    ]


_bounds = st.lists(st.integers(0, 60), min_size=2, max_size=12)


@settings(max_examples=400, deadline=None)
@given(
    _bounds,
    st.booleans(),
    st.lists(st.integers(-5, 70), max_size=15),
    st.lists(st.integers(-5, 70), max_size=5),
)
def test_marks_are_shared_as_by_hand(
    bounds: list[int], in_order: bool, starts: list[int], target_starts: list[int]
) -> None:
    cut = sorted(bounds) if in_order else bounds
    items = list(zip(cut[::2], cut[1::2], strict=False))
    marks = [_Mark(x, str(k)) for k, x in enumerate(starts)]
    targets = [(x, x + 2) for x in target_starts]
    assert _shared(items, marks, targets) == _by_hand(items, marks, targets)


def test_a_ministry_list_gives_each_row_its_figure_and_region() -> None:
    s = (
        "Ночью средствами ПВО уничтожены 12 беспилотников: 4 – над территорией Брянской "
        "области, 5 – над территорией Тульской области и 3 – над территорией Смоленской области."
    )
    (report,) = parse(s)
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-BRY", 4),
        ("RU-TUL", 5),
        ("RU-SMO", 3),
    ]

"""Passes of the check over a long text read the part of it near each sentence, not the rest
of the text (issue 14: parse and check time linear in the input). Texts are our own."""

from __future__ import annotations

from typing import Any

from parsing.misses import Read
from parsing.text import Sentence


class _Reads(list[tuple[int, int]]):
    """A list of spans that counts how many of its items are read."""

    read = 0

    def __getitem__(self, key: Any) -> Any:
        got = super().__getitem__(key)
        self.read += len(got) if isinstance(key, slice) else 1
        return got


def _read_with(spans: list[tuple[int, int]]) -> Read:
    return Read(
        norm="", low="", sentences=[], reports=[], shooting=[], evidence=None,  # type: ignore[arg-type]
        nothing={}, spans=spans, drones=[], found={},
    )  # fmt: skip


def test_a_sentences_gaps_are_the_parts_no_evidence_covers() -> None:
    read = _read_with([(0, 4), (10, 14), (12, 20), (30, 35)])
    assert read.gaps(Sentence(0, 2, 25)) == [(4, 10), (20, 25)]
    assert read.gaps(Sentence(1, 20, 40)) == [(20, 30), (35, 40)]
    assert read.gaps(Sentence(2, 40, 50)) == [(40, 50)]


def test_a_sentences_gaps_read_the_spans_near_it_alone() -> None:
    # ten thousand claims, one every ten characters: a sentence in the middle of the text
    spans = _Reads((k * 10, k * 10 + 4) for k in range(10_000))
    read = _read_with(spans)
    assert read.gaps(Sentence(0, 50_000, 50_030)) == [
        (50_004, 50_010),
        (50_014, 50_020),
        (50_024, 50_030),
    ]
    assert spans.read < 40  # the bisection's reads and the sentence's own three spans

"""Property tests: arbitrary text and mutated reports never crash or give impossible claims."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.numbers import find_numbers

_SEEDS = [
    "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 9 украинских БПЛА: "
    "шесть – над территорией Брянской области и три – над акваторией Черного моря.",
    "Над Калужской областью за ночь уничтожено пять беспилотников. Обломки упали в городе Обнинске.",
    "Over the past night air defenses destroyed 12 drones: nine over the Kursk Region and three over the Black Sea.",
    "Собянин:\n01:10. Уничтожен беспилотник, летевший на Москву.",
]
_ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщыьэюя АБВКМ0123456789.,:;–-—\n\"()ocCéі\u00a0\ufe0f"))


def _check(text: str) -> None:
    for r in parse(text, date(2025, 6, 3)):
        assert r.total is None or r.total >= 0
        for c in r.claims:
            a, b = c.evidence
            assert 0 <= a < b <= len(text)
            assert c.count is None or c.count >= 0
            if c.count is not None and c.rule not in ("sum_verbs", "added_count"):
                span = text[a:b]
                values = {n.value for n in find_numbers(span)}
                implied = c.count == 1 and re.search(r"(?i)\b(?:an?|one|another|бпла|беспилотник|дрон|drone)", span)
                assert c.count in values or implied, (span, c)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_SEEDS), st.lists(st.tuples(st.integers(0, 400), st.integers(0, 30), st.text(alphabet=_ALPHABET, max_size=8)), max_size=4))
def test_mutated_reports(seed: str, edits: list[tuple[int, int, str]]) -> None:
    text = seed
    for pos, cut, insert in edits:
        pos = min(pos, len(text))
        text = text[:pos] + insert + text[pos + cut :]
    _check(text)

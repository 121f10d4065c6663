"""The gate before ``rules._interception`` (``rules.interception_gate``): a sentence in which it
finds nothing is one ``_interception`` returns None for in any context, leaving the context as
it was, so ``read_sentence`` skips it; a parse with the gate is the parse without it. The
sentences are written here, in our own words.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse, rules
from parsing.counts import Count
from parsing.reading import Context
from parsing.text import lower

#: Sentences that name a region, a speaker or nothing of a report, and ones that carry
#: something in some context: a drone, a verb, a list's line, a share, a place hit, harm.
SENTENCES = [
    "Власти посёлка обсудили ремонт мостов",
    "Губернатор провёл совещание с главами районов",
    "Жители Брянска пожаловались на шум",
    "В районах Кубани прошли ярмарки",
    "Мэр Воронежа открыл новую школу",
    "В парке высадили деревья",
    "Погода в выходные будет солнечной",
    "Сбит беспилотник",
    "Уничтожены пять",
    "Над Орловской областью — 3",
    "Ещё два — над Тульской областью",
    "На Брянщину пришлось 14 из них",
    "17 пришлось на Курскую область",
    "Обломки упали во дворе",
    "В Шебекинском округе ранены двое",
    "Сбиты две ракеты",
    "Уничтожен безэкипажный катер",
    "Воздушные цели уничтожены",
    "ВСУ предприняли попытку атаковать Липецк",
    "Всего за ночь — восемь",
    "Half of them were over the Kursk region",
    "The tally: Belgorod 9, Kursk 4",
    "Kursk saw 11 of them",
    "83 — ночью",
    "Сбиты:",
    "▪️ Калужская область — 2;",
    "06:15. Сбит ещё один",
    "Another 4 over the Oryol region",
    "Уточнение: сбито на два больше",
    "The Tula and Kaluga regions reported two apiece",
]

#: Contexts a sentence may be read in (what ``_interception`` reads of the context).
CONTEXTS = [
    Context(),
    Context(drone_seen=True),
    Context(drone_seen=True, had_claims=True),
    Context(had_claims=True),
    Context(drone_seen=True, had_claims=True, other_last=True),
    Context(drone_seen=True, had_claims=True, moscow_lines=True, tally=True),
    Context(drone_seen=True, whole=Count(30, 0, 2, drone=True)),
    Context(drone_seen=True, downed=True),
]


@pytest.mark.parametrize(("sentence", "ctx"), list(itertools.product(SENTENCES, CONTEXTS)))
def test_a_sentence_the_gate_stops_is_nothing_to_interception(sentence: str, ctx: Context) -> None:
    low = lower(sentence)
    if rules.interception_gate().search(low) is not None:
        return
    before = copy.deepcopy(ctx)
    for hit_list in (False, True):
        after = replace(ctx)
        assert rules._interception(sentence, low, after, hit_list=hit_list) is None
        assert after == before


def test_the_gate_stops_sentences_without_drones_and_lets_through_what_carries() -> None:
    gate = rules.interception_gate()
    # ("области" holds the fragment of "БЛА", a drone noun's abbreviation: let through)
    assert gate.search(lower("Власти Тамбовской области обсудили ремонт мостов")) is not None
    for quiet in SENTENCES[:7]:
        assert gate.search(lower(quiet)) is None, quiet
    for carries in SENTENCES[7:]:
        assert gate.search(lower(carries)) is not None, carries


class _Open:
    """A gate that lets every sentence through (the parse as it was without one)."""

    def search(self, _text: str) -> bool:
        return True


@contextmanager
def _without_gate() -> Iterator[None]:
    before = rules.interception_gate
    rules.interception_gate = lambda: _Open()  # type: ignore[assignment,return-value]
    try:
        yield
    finally:
        rules.interception_gate = before


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8),
    st.sampled_from([". ", ".\n", "\n"]),
    st.sampled_from([None, "Губернатор Курской области", "Мэр Воронежа"]),
)
def test_a_parse_with_the_gate_is_the_parse_without(
    sentences: list[str], sep: str, source: str | None
) -> None:
    text = sep.join(sentences) + "."
    on = repr(parse(text, date(2025, 6, 2), source=source))
    with _without_gate():
        off = repr(parse(text, date(2025, 6, 2), source=source))
    assert on == off

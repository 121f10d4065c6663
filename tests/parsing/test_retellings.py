"""Retellings found through an index, a kind of sentence at a time, drop exactly what reading
every pair of sentences drops."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.model import Claim
from parsing.reading import SentenceFacts, TotalCandidate
from parsing.retellings import components, drop_retellings, lede_of_quote

AREAS = ["RU-BRY", "RU-KRS", "RU-BEL", "SEA-BLACK", "RU-KDA+SEA-BLACK", "RU-MOW+RU-MOS"]


def _pairwise(facts: list[tuple[int, SentenceFacts]]) -> list[Claim]:
    """The rule read in pairs, as it was before sentences were read a kind at a time: each live
    sentence, in order, against every other."""
    per = [(i, f, [c for c in f.claims if c.district_id is None]) for i, f in facts]
    live = [k for k, (_i, f, cs) in enumerate(per) if cs and not f.timestamped]

    def comps(cs: list[Claim]) -> set[str]:
        return set().union(*(components(c.area_id) for c in cs))

    def whole(f: SentenceFacts, cs: list[Claim]) -> set[int]:
        if len(cs) < 2 or any(c.count is None or c.qualifier != "exact" for c in cs):
            return set()
        summed = sum(c.count or 0 for c in cs)
        return {t.value for t in f.totals if t.qualifier == "exact" and t.value == summed}

    dropped: set[int] = set()
    for a in live:
        if a in dropped:
            continue
        for b in live:
            if a == b or b in dropped:
                continue
            (i, f, ca), (j, g, cb) = per[a], per[b]
            if f.more != g.more and not lede_of_quote(j, g, i, f):
                continue
            if not comps(cb) <= comps(ca):
                continue
            agree = all(
                c.count is None
                or any(
                    c.count == o.count and x in components(o.area_id)
                    for o in ca
                    for x in components(c.area_id)
                )
                for c in cb
            ) or (len(cb) == 1 and cb[0].count in whole(f, ca))
            if not agree:
                continue
            if (
                comps(ca) == comps(cb)
                and len(ca) == len(cb)
                and sum(c.count is None for c in ca) <= sum(c.count is None for c in cb)
                and a < b
            ):
                continue
            dropped.add(b)
    out: list[Claim] = []
    for k, (_i, f, _c) in enumerate(per):
        out.extend(c for c in f.claims if k not in dropped or c.district_id is not None)
    return out


_claim = st.builds(
    lambda area, n, district, at: Claim(
        area, area, n, "exact", (at, at + 1), district_id=f"{area}:x" if district else None
    ),
    st.sampled_from(AREAS),
    st.sampled_from([None, 1, 2, 3, 5]),
    st.booleans(),
    st.integers(0, 500),
)
_facts = st.lists(
    st.builds(
        lambda claims, stamped, more: SentenceFacts(claims=claims, timestamped=stamped, more=more),
        st.lists(_claim, max_size=5),
        st.booleans(),
        st.booleans(),
    ),
    max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(_facts)
def test_same_as_every_pair(facts: list[SentenceFacts]) -> None:
    numbered = list(enumerate(facts))
    assert drop_retellings(numbered) == _pairwise(numbered)


#: (few areas and figures: sentences of different kinds that retell each other)
_near_claim = st.builds(
    lambda area, n, district: Claim(
        area, area, n, "exact", (0, 1), district_id=f"{area}:x" if district else None
    ),
    st.sampled_from(AREAS[:2]),
    st.sampled_from([None, 2, 3]),
    st.booleans(),
)
_sentence = st.builds(
    lambda claims, stamped, more, quoted, total: SentenceFacts(
        claims=claims,
        timestamped=stamped,
        more=more,
        quoted=quoted,
        totals=[] if total is None else [TotalCandidate(total, "exact", 0, 0, 1)],
    ),
    st.lists(_near_claim, max_size=3),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from([None, 4, 5, 6]),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_sentence, min_size=1, max_size=4),
    st.lists(st.integers(0, 3), max_size=40),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_same_as_in_order(
    kinds: list[SentenceFacts], picks: list[int], shuffled: bool, rng: random.Random
) -> None:
    """Texts of a few kinds of sentence, each told many times (a governor's line repeated
    hundreds of times was read in pairs): the same claims as each sentence read in order, also
    when the sentences' places are out of the list's order (a recap's areas after its own)."""
    facts = [kinds[p % len(kinds)] for p in picks]
    at = list(range(len(facts)))
    if shuffled:
        rng.shuffle(at)
    numbered = list(zip(at, facts, strict=True))
    assert drop_retellings(numbered) == _pairwise(numbered)


def test_a_quote_before_its_ledes_in_the_list() -> None:
    """A quote listed before two ledes of "ещё" (a list out of the text's order): it retells
    the one told before it in the text (``lede_of_quote``), not the one after; the two ledes are
    alike, and only the first goes."""
    bry, krs = (
        Claim("RU-BRY", "Брянская область", 3, "exact", (0, 1)),
        Claim("RU-KRS", "Курская область", 2, "exact", (0, 1)),
    )
    quote = SentenceFacts(claims=[krs, bry], quoted=True)
    lede = SentenceFacts(claims=[krs], more=True)
    facts = [(3, quote), (1, lede), (5, lede)]
    assert drop_retellings(facts) == _pairwise(facts) == [krs, bry, krs]


def test_a_line_told_a_thousand_times_is_kept_once() -> None:
    """The last copy of a line told 1,000 times stays (its copies were compared in pairs)."""
    line = SentenceFacts(claims=[Claim("RU-KRS", "Курская область", 7, "exact", (0, 5))])
    assert drop_retellings([(i, line) for i in range(1000)]) == line.claims


def test_a_lede_retold_by_the_quote() -> None:
    """The lede gives Bryansk's 3, the quote Bryansk's 3 and Kursk's 2: the lede goes."""
    lede = SentenceFacts(claims=[Claim("RU-BRY", "Брянская область", 3, "exact", (0, 5))])
    quote = SentenceFacts(
        claims=[
            Claim("RU-BRY", "Брянская область", 3, "exact", (20, 25)),
            Claim("RU-KRS", "Курская область", 2, "exact", (26, 30)),
        ]
    )
    assert drop_retellings([(0, lede), (1, quote)]) == quote.claims
    assert drop_retellings([(0, quote), (1, lede)]) == quote.claims


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "ещё два" over the same area after "два" is two more, not the first two told again
        (
            "Над Курской областью сбиты два беспилотника. Позже над Курской областью сбиты ещё два.",
            [("RU-KRS", 2), ("RU-KRS", 2)],
        ),
        # a lede and its quote both saying "ещё" are one figure
        (
            "Над Курской областью сбиты ещё два беспилотника, сообщил губернатор. "
            "«Ещё два беспилотника сбиты над Курской областью», — написал он.",
            [("RU-KRS", 2)],
        ),
        # the mayor's figure retold by his quote is one figure
        (
            'Two drones flying toward Moscow were shot down overnight, the mayor said. "Air defence '
            'forces repelled an attack by two drones flying toward Moscow," he wrote.',
            [("RU-MOW", 2)],
        ),
        # ... and his "two more" are more
        (
            "Two drones flying toward Moscow were shot down, the mayor said. Later, two more drones "
            "flying toward Moscow were downed, he added.",
            [("RU-MOW", 2), ("RU-MOW", 2)],
        ),
    ],
)
def test_more_is_never_the_same_figure_told_again(text: str, want: list[tuple[str, int]]) -> None:
    (report,) = parse(text)
    assert [(c.area_id, c.count) for c in report.claims] == want

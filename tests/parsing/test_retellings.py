"""Retellings found through an index drop exactly what reading every pair of sentences drops."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.model import Claim
from parsing.reading import SentenceFacts
from parsing.retellings import components, drop_retellings

AREAS = ["RU-BRY", "RU-KRS", "RU-BEL", "SEA-BLACK", "RU-KDA+SEA-BLACK", "RU-MOW+RU-MOS"]


def _pairwise(facts: list[tuple[int, SentenceFacts]]) -> list[Claim]:
    """The rule as first written: every sentence against every other, in order."""
    per = [(i, f, [c for c in f.claims if c.district_id is None]) for i, f in facts]

    def comps(cs: list[Claim]) -> set[str]:
        return set().union(*(components(c.area_id) for c in cs))

    live = [k for k, (_i, f, cs) in enumerate(per) if cs and not f.timestamped]
    dropped: set[int] = set()
    for a in live:
        for b in live:
            if a == b or a in dropped or b in dropped or per[a][1].more != per[b][1].more:
                continue
            ca, cb = per[a][2], per[b][2]
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
            )
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

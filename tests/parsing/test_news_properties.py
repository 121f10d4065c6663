"""Properties of news texts: what other speakers and other weapons say never changes a report.

A ministry-style list is generated from regions the stand-in gazetteer knows; a paragraph of
Ukraine's side, a sentence about boats or missiles, or another governor's report is put before
or after it (all in our own words, in the report's language), and Russia's claims of the list must
stay the same.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse

_ROWS = {"RU-BRY": "Брянской", "RU-KRS": "Курской", "RU-BEL": "Белгородской", "RU-KLU": "Калужской"}
_rows = st.lists(
    st.tuples(st.sampled_from(sorted(_ROWS)), st.integers(2, 40)),
    min_size=1,
    max_size=4,
    unique_by=lambda r: r[0],
)
_before = st.booleans()


def _report(rows: list[tuple[str, int]]) -> str:
    items = [f"{v} – над территорией {_ROWS[a]} области" for a, v in rows]
    return f"Минобороны сообщило, что за ночь дежурными средствами ПВО уничтожены беспилотники: {', '.join(items)}."


def _russian(text: str) -> list[tuple[str, int | None]]:
    return sorted(
        (c.area_id, c.count)
        for r in parse(text, date(2025, 6, 3))
        if r.country == "RU"
        for c in r.claims
    )


def _around(report: str, other: str, before: bool) -> str:
    return f"{other}\n{report}" if before else f"{report}\n{other}"


_UKRAINE = [
    "Воздушные силы ВСУ сообщили, что за ночь противник атаковал Украину {n} ударными дронами. По их данным, "
    "сбиты {m} дронов.",
    "В Киеве заявили, что над Харьковской и Сумской областями сбиты {m} российских беспилотников.",
]
_OTHER_WEAPONS = [
    "Кроме того, в акватории Черного моря уничтожены {n} безэкипажных катеров.",
    "Флот также потопил {n} морских дронов у берегов Крыма.",
    "Над Курской областью также сбиты {n} управляемых авиабомб.",
]


@settings(max_examples=12, deadline=None)
@given(_rows, st.sampled_from(_UKRAINE), st.integers(20, 90), st.integers(1, 19), _before)
def test_ukraines_paragraph_changes_no_russian_claim(rows, template, n, m, before) -> None:
    report = _report(rows)
    text = _around(report, template.format(n=n, m=m), before)
    assert _russian(text) == _russian(report) == sorted(rows)
    ukraine = [r for r in parse(text, date(2025, 6, 3)) if r.country == "UA"]
    assert [(r.total, r.claims) for r in ukraine] == [(m, ())]


@settings(max_examples=12, deadline=None)
@given(_rows, st.sampled_from(_OTHER_WEAPONS), st.integers(2, 9), _before)
def test_boats_and_missiles_change_no_claim(rows, template, n, before) -> None:
    report = _report(rows)
    assert _russian(_around(report, template.format(n=n), before)) == sorted(rows)


@settings(max_examples=12, deadline=None)
@given(_rows, st.integers(1, 9))
def test_another_governor_is_another_report(rows, n) -> None:
    other = f"Тем временем Шапша написал, что над Калужской областью сбиты {n} беспилотников."
    kept = [r for r in rows if r[0] != "RU-KLU"] or [("RU-BRY", 3)]
    reports = parse(f"{_report(kept)}\n{other}", date(2025, 6, 3))
    assert [sorted((c.area_id, c.count) for c in r.claims) for r in reports] == [
        sorted(kept),
        [("RU-KLU", n)],
    ]
    assert [r.reporter for r in reports] == ["mod", "governor"]

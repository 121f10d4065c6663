"""What a draft of a report is asked at each sentence, read on from the facts added since
(``parsing.segment._unread``): the answers are those of reading every fact again,
also after the facts were changed otherwise than by adding to their end (issue 14, stop 45:
a text of thousands of figures for one report was quadratic). The rows after a headline's
whole, read once from the end (``parsing.report_rules._RowsAfter``), are tested by
``tests/parsing/test_news_ru_grammar.py`` (a headline's figure over the rows that add up to it)."""

from __future__ import annotations

from parsing import parse
from parsing.model import Claim
from parsing.reading import SentenceFacts, TotalCandidate
from parsing.segment import Draft, _has_figures, _one_area_of_figures, _told


def _fact(area_id: str, count: int | None, *, more: bool = False, at: int = 0) -> SentenceFacts:
    claim = Claim(area_id, area_id, count, "exact", (at, at + 10), rule="hand_made")
    return SentenceFacts(claims=[claim], more=more)


def _draft(*facts: SentenceFacts) -> Draft:
    d = Draft("RU", "governor", None)
    for i, f in enumerate(facts):
        d.facts.append((i, f))
    return d


def test_one_area_is_read_on_as_facts_are_added() -> None:
    d = _draft(_fact("RU-KRS", 3), _fact("RU-KRS", 5))
    assert _one_area_of_figures(d) == "RU-KRS"
    d.facts.append((2, _fact("SEA-BLACK", 2)))  # a sea is no area of figures here
    assert _one_area_of_figures(d) == "RU-KRS"
    d.facts.append((3, _fact("RU-BRY", 1)))
    assert _one_area_of_figures(d) is None


def test_one_area_is_read_again_when_a_fact_is_taken_off() -> None:
    d = _draft(_fact("RU-KRS", 3), _fact("RU-BRY", 1))
    assert _one_area_of_figures(d) is None
    d.facts.pop()  # a list's lead taken off the draft
    assert _one_area_of_figures(d) == "RU-KRS"
    d.facts.append((5, _fact("RU-KRS", 4)))  # as long as before, another last fact
    assert _one_area_of_figures(d) == "RU-KRS"


def test_one_area_is_read_again_when_facts_are_put_first() -> None:
    d = _draft(_fact("RU-KRS", 3))
    assert _one_area_of_figures(d) == "RU-KRS"
    d.facts[:0] = [(0, _fact("RU-ORL", 6))]  # a lede moved to a recap goes before its facts
    assert _one_area_of_figures(d) is None


def test_figures_told_are_read_on_and_again() -> None:
    d = _draft(_fact("RU-KRS", None))
    assert not _has_figures(d)
    d.facts.append((1, SentenceFacts(totals=[TotalCandidate(9, "exact", 0, 0, 5)])))
    assert _has_figures(d)
    d.facts.pop()
    assert not _has_figures(d)


def test_what_a_draft_tells_of_its_drones() -> None:
    # a headline's 3 told again by its lede is the same drones; "ещё 2" is more of them
    d = _draft(_fact("RU-KRS", 3), _fact("RU-KRS", 3), _fact("RU-KRS", 2, more=True))
    told = _told(d)
    assert (told.once, told.once_sum, told.areas_sum, told.all_more) == (2, 5, 8, False)
    assert told.areas == {"RU-KRS"}
    d.facts.append((3, _fact("RU-KRS", 3, more=True)))
    told = _told(d)
    assert (told.once, told.once_sum, told.areas_sum) == (3, 8, 11)
    d.facts[:] = [(0, _fact("RU-BRY", 2, more=True)), (1, _fact("RU-KRS", None, more=True))]
    told = _told(d)
    assert (told.once, told.once_sum, told.all_more, told.area_unsized) == (1, 2, True, True)
    assert told.areas == {"RU-BRY", "RU-KRS"}


def test_long_lines_of_one_report_keep_every_figure() -> None:
    # a head of region's lines, thousands in one report: each line's figure is read once
    regions = {"Курской": "RU-KRS", "Брянской": "RU-BRY", "Белгородской": "RU-BEL"}
    names = list(regions)
    lines = [(names[i % 3], (i * 7) % 11 + 1) for i in range(600)]
    text = " ".join(f"Над {name} областью уничтожены {n} БПЛА." for name, n in lines)
    reports = parse(text)
    assert len(reports) == 1
    got = sorted((c.area_id, c.count) for c in reports[0].claims)
    assert got == sorted({(regions[name], n) for name, n in lines})

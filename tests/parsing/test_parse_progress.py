"""``parse(text, progress=...)`` and ``diagnose(text, reports, progress=...)``: a long text
reports its sentences as they are read, then checked, and an exception from the callback
stops either within one step (how a pasted text is cancelled on the Import page). The
text is written here, in our own words."""

from __future__ import annotations

import pytest

from parsing import PROGRESS_STEP, parse
from parsing.diagnostics import NO_CLAIM_READ, diagnose

_REGIONS = ["Белгородской", "Курской", "Брянской", "Тульской", "Калужской", "Воронежской"]


def long_paste(posts: int) -> str:
    """``posts`` short governor-style posts, three sentences each, one per line."""
    return "\n".join(
        f"Сводка номер {k + 1}. Над {_REGIONS[k % len(_REGIONS)]} областью дежурные "
        f"средства ПВО уничтожили {k % 9 + 1} БПЛА. Пострадавших и разрушений нет."
        for k in range(posts)
    )


TEXT = long_paste(120)  # 360 sentences
SENTENCES = 360


class Stop(Exception):
    pass


def test_progress_follows_the_sentences_and_changes_nothing_read() -> None:
    calls: list[tuple[int, int]] = []
    reports = parse(TEXT, progress=lambda done, total: calls.append((done, total)))
    assert PROGRESS_STEP == 100
    # every hundred sentences, then all read (no report step: fewer than 100 reports)
    assert calls == [(100, 360), (200, 360), (300, 360), (360, 360)]
    assert reports == parse(TEXT)
    # every post's figure is a row of its own: no figure is the recap of the lines after it
    assert [(r.reporter, r.total, len(r.claims)) for r in reports] == [("media", 9, 17)]


def test_an_exception_from_progress_stops_the_parse_within_one_step() -> None:
    calls: list[int] = []

    def stop_at_second(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        parse(TEXT, progress=stop_at_second)
    assert calls == [100, 200]  # nothing read past the step where it was stopped


def test_a_short_text_reports_once() -> None:
    calls: list[tuple[int, int]] = []
    parse("Над Курской областью сбиты 2 БПЛА.", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 1)]


# --- the diagnosis that follows the parse (``parsing.diagnostics.diagnose``) ------------


def test_the_diagnosis_reports_its_sentences_and_finds_the_same() -> None:
    reports = parse(TEXT)
    calls: list[tuple[int, int]] = []
    found = diagnose(TEXT, reports, progress=lambda done, total: calls.append((done, total)))
    assert found == diagnose(TEXT, reports) == []
    # five between the scans for doubtful numbers (read at sentence 1, the first that
    # shoots drones down), every hundred sentences, then all checked
    assert calls == [(1, 360)] * 5 + [(100, 360), (200, 360), (300, 360), (360, 360)]


@pytest.mark.parametrize("stop_after", [1, 5])  # in the scans for doubtful numbers; at 100
def test_an_exception_from_progress_stops_the_diagnosis_within_one_step(stop_after: int) -> None:
    reports = parse(TEXT)
    calls: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == stop_after:
            raise Stop

    with pytest.raises(Stop):
        diagnose(TEXT, reports, progress=stop)
    assert calls == ([(1, 360)] * 5 + [(100, 360)])[:stop_after]  # nothing checked after it


def test_a_text_without_claims_is_checked_twice_and_counted_so() -> None:
    # no verb of shooting down: no claim, but each line names drones and a known region
    text = "\n".join(f"Запись {k}. Курская область: минус {k % 5 + 2} БПЛА." for k in range(80))
    reports = parse(text)
    assert reports == []
    calls: list[tuple[int, int]] = []
    found = diagnose(text, reports, progress=lambda done, total: calls.append((done, total)))
    assert [p.reason for p in found] == [NO_CLAIM_READ] * 80
    # 160 sentences, read a second time for lost claims: 320 in all
    assert calls == [(100, 320), (200, 320), (300, 320), (320, 320)]

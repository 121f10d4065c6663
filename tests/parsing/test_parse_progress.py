"""``parse(text, progress=...)``: a long text reports its sentences as they are read, and
an exception from the callback stops the parse within one step (how a pasted text is
cancelled on the Import page). The text is written here, in our own words."""

from __future__ import annotations

import pytest

from parsing import PROGRESS_STEP, parse

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
    assert [(r.reporter, r.total, len(r.claims)) for r in reports] == [("media", 9, 16)]


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

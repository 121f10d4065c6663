"""A speaker's later or earlier figure told apart (issue 10), written for this project in our
own words: a report that is new only for its time ("In a later post, he said nine ...", "On
Tuesday, he said, seven ...", "Тогда было сбито семь") goes on with the speaker before it and
with the region or city he speaks for, so its figure without a place is his region's."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 10, 12)


def _reports(text: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    """(reporter, total, region-level rows) of each report from Russia's side."""
    return [
        (r.reporter, r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Moscow Mayor Sergei Sobyanin said on Sunday that air defences had repelled an "
            "attack by three drones flying toward the capital. In a later post, he said that "
            "nine drones had been destroyed overnight in total.",
            [("mayor", 3, [("RU-MOW", 3)]), ("mayor", 9, [("RU-MOW", 9)])],
        ),
        (
            "Kursk Governor Alexander Khinshtein said five drones were destroyed over the region "
            "overnight. On Tuesday, he said, seven had been shot down.",
            [("governor", 5, [("RU-KRS", 5)]), ("governor", 7, [("RU-KRS", 7)])],
        ),
        (
            "Губернатор Курской области сообщил, что ночью уничтожены пять беспилотников. "
            "Прошлая атака была 7 октября. Тогда было сбито семь БПЛА.",
            [("governor", 5, [("RU-KRS", 5)]), ("governor", 7, [("RU-KRS", 7)])],
        ),
    ],
)
def test_a_speakers_other_figure_is_his_regions(
    text: str, want: list[tuple[str, int | None, list[tuple[str, int | None]]]]
) -> None:
    assert _reports(text) == want

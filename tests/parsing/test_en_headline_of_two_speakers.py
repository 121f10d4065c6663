"""Issue 10: a headline that sums up the speakers the body quotes is no report of its own.

"Crimea: 20 drones overnight, says ministry; Sevastopol governor reports five downed over
city" over the ministry's 20 over Crimea and the governor's five over Sevastopol: every figure of the
headline is one a report below tells, each row with its area; the body's reports are the text's
reports, the ministry's first. Reports written for these tests in our own words (the stand-in
gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse


@pytest.mark.parametrize(
    "text",
    [
        "Crimea: 20 drones overnight, says ministry; Sevastopol governor reports five downed "
        "over city\n\nRussia's defence ministry reported on Sunday that 20 Ukrainian drones were "
        "destroyed over Crimea during the night.\n\nSevastopol governor Mikhail Razvozhayev "
        "wrote that five of them were shot down over the city.",
        "Ministry says 20 drones downed over Crimea, Sevastopol governor reports five\n\n"
        "The defence ministry said 20 drones were destroyed over Crimea overnight.\n\n"
        "Sevastopol's governor said five drones were downed over Sevastopol.",
        "Sevastopol governor says five drones downed over city; ministry reports 20 over "
        "Crimea\n\nThe defence ministry said 20 drones were destroyed over Crimea overnight.\n\n"
        "Sevastopol governor Mikhail Razvozhayev said five drones were shot down over the city.",
        "Crimea: 20 drones destroyed, ministry says; Sevastopol governor reports five over the "
        "city\n\nRussia's defence ministry said 20 drones were destroyed over Crimea overnight."
        "\n\nIn Sevastopol, governor Mikhail Razvozhayev said air defences shot down five drones "
        "over the city.",
    ],
)
def test_the_headline_of_two_speakers_gives_no_report(text: str) -> None:
    reports = parse(text)
    assert sorted((r.reporter, r.total) for r in reports) == [("governor", 5), ("mod", 20)]
    rows = sorted((c.area_id, c.count) for r in reports for c in r.claims if c.count)
    assert rows == [("UA-40", 5), ("UA-43", 20)]


def test_a_headline_with_a_figure_the_body_does_not_tell_stays() -> None:
    text = (
        "Ministry says 20 drones downed over Crimea, Sevastopol governor reports seven\n\n"
        "The defence ministry said 20 drones were destroyed over Crimea overnight.\n\n"
        "Sevastopol's governor said five drones were downed over Sevastopol."
    )
    rows = [(c.area_id, c.count) for r in parse(text) for c in r.claims if c.count]
    assert ("UA-40", 5) in rows

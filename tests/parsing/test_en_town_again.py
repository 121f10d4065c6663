"""Issue 10: English "the city" / "the town" pointing back at the town named before it.

A governor names a town for its damage or as the attack's target, then tells drones downed
"over the city", "near the town" or "on approach to the city": the town is where they were
downed (a Russian post's "над городом" read so already). Reports written for these tests in our
own words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import Report, parse


def _rows(report: Report) -> set[tuple[str, str | None, int | None]]:
    return {(c.area_id, c.district_id, c.count) for c in report.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Debris fell on a warehouse in Syzran overnight. Two drones were shot down over the "
        "city, the governor said.",
        "The governor said the attack had targeted Syzran. Two drones were destroyed on "
        "approach to the city, he said.",
        "A fire broke out at a depot in Syzran. Air defences downed 2 drones near the town, "
        "the regional governor wrote on Telegram.",
        "Drones attacked an oil refinery in Syzran early on Sunday. Two of them were "
        "neutralised on the approach to the city, officials said.",
        'Windows were shattered in Syzran, the governor said. "Two drones were shot down '
        'above the city," he wrote.',
    ],
)
def test_the_city_is_the_town_named_before(text: str) -> None:
    (report,) = parse(text)
    assert ("RU-SAM", "RU-SAM:syzran", 2) in _rows(report)


def test_a_speakers_town_told_again_keeps_his_report_after_the_ministrys() -> None:
    text = (
        "Six drones were destroyed overnight, four over the Samara region and two over the "
        "Saratov region, the defence ministry said.\n\n"
        'According to the Samara governor, the attack had targeted Syzran. "A few drones were '
        'destroyed on approach to the city," he wrote.'
    )
    ministry, governor = parse(text)
    assert [(c.area_id, c.count) for c in ministry.claims] == [("RU-SAM", 4), ("RU-SAR", 2)]
    assert ("RU-SAM", "RU-SAM:syzran", None) in _rows(governor)


def test_a_fire_put_out_is_no_downing() -> None:
    text = (
        "Над Брянской областью ночью перехвачены 18 БПЛА, сообщило Минобороны.\n"
        "Глава региона сообщил о прилёте дронов в Погарском районе. Возгорание было "
        "оперативно ликвидировано."
    )
    ministry, *others = parse(text)
    assert [(c.area_id, c.count) for c in ministry.claims] == [("RU-BRY", 18)]
    assert all(not r.claims for r in others)


def test_the_city_with_no_town_before_names_no_town() -> None:
    text = "Two drones were shot down over the city overnight, the Samara governor said."
    (report,) = parse(text)
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [("RU-SAM", None, 2)]

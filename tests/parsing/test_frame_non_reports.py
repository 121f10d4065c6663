"""A headline that tells Ukraine's figure before the body names Ukraine's air force as its
speaker is no report over Russia (our own wording; ``retellings.drop_ukraines_figure_retold``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 4, 15)


def _russian(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    return [
        (r.total, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Drones rain on Ukraine overnight, air force says 57 shot down\n\nRussia sent 74 drones "
        "into Ukraine overnight; 57 of them were shot down, Ukraine's air force said.",
        "Air force: 45 Russian drones destroyed overnight\n\nUkraine's air force said it "
        "destroyed 45 of 70 drones Russia launched overnight.",
        "60 Shaheds downed in overnight attack\n\nUkraine's air force said on Telegram that 60 "
        "of the 81 Shahed drones launched by Russia were shot down.",
        "Ukraine says it downed 38 drones\n\nKYIV (Reuters) - Ukraine's air force said it "
        "downed 38 of the 50 drones Russia launched overnight.",
        "Overnight, 52 drones were intercepted, the air force reported\n\nUkraine's air force "
        "said 52 of 66 drones launched by Russia were intercepted or lost.",
    ],
)
def test_a_headline_with_ukraines_figure_is_no_russian_report(text: str) -> None:
    assert _russian(text) == []
    assert [r.country for r in parse(text, DAY)] == ["UA"]


def test_a_russian_figure_of_its_own_speaker_stays_beside_ukraines() -> None:
    text = (
        "Russia's defence ministry said 60 drones were downed over the Kursk region. Ukraine's "
        "air force said it downed 60 of 81 drones overnight."
    )
    assert _russian(text) == [(60, [("RU-KRS", 60)])]

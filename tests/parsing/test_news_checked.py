"""English news that checks, repeats or reasons about figures rather than reporting them
(issue 10): what a recording passed around shows, and an interception said not to be one.
Written for this project in our own words; grouped by the rule about the language each one
decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

FRIDAY = date(2025, 10, 17)


def _reports(text: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    """(reporter, total, region-level rows) of each report from Russia's side."""
    return [
        (r.reporter, r.total, [(c.area_id, c.count) for c in r.claims if c.district_id is None])
        for r in parse(text, FRIDAY)
        if r.country == "RU"
    ]


# --- what a recording passed around shows, claims or does not show is no one's report --------
@pytest.mark.parametrize(
    "text",
    [
        # a participle after the recording, then the verb that shows
        "A clip shared thousands of times on Telegram this week shows air defences shooting "
        "down 150 drones over the Voronezh region.",
        "A video circulating online since Monday, claiming to show 40 drones being downed over "
        "the Bryansk region, was filmed in 2021.",
        # the recording claims, purports or is said to show
        "Footage posted by several accounts purports to show nine drones destroyed over Kursk.",
        "The photos are said to show a drone shot down above the Tula region.",
        # the recording does not show it
        "Fact check: Video does not show '300 drones' shot down over the Belgorod region",
        # what "a video of" holds
        "Fact check: video of 'drones downed over Kaluga' is from a 2020 air show",
    ],
)
def test_what_a_recording_shows_is_no_report(text: str) -> None:
    assert _reports(text) == []


def test_a_reporter_who_shows_a_video_keeps_his_figure() -> None:
    # the governor is named: his words are a report, whatever his video shows
    text = (
        "Kursk governor Alexander Khinshtein posted a video that shows air defences at work and "
        "said five drones were destroyed over the Kursk region."
    )
    assert _reports(text) == [("governor", 5, [("RU-KRS", 5)])]


def test_the_ministrys_figure_after_a_checked_video_is_its_report() -> None:
    text = (
        "A clip shared widely this week claims to show 200 drones downed over the Bryansk region. "
        "The ministry said on Friday that 14 drones were destroyed over the Bryansk region."
    )
    assert _reports(text) == [("mod", 14, [("RU-BRY", 14)])]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "In posts shared on Telegram, officials said 15 drones were downed over the Bryansk "
            "region.",
            [("media", 15, [("RU-BRY", 15)])],
        ),
        (
            "In a video posted on Telegram, regional officials said four drones were shot down "
            "over the Kursk region.",
            [("media", 4, [("RU-KRS", 4)])],
        ),
    ],
)
def test_a_recording_someones_words_were_put_in_is_no_source(
    text: str, want: list[tuple[str, int | None, list[tuple[str, int | None]]]]
) -> None:
    # "in" a post or a video passed around: where the officials said it, not who tells
    assert _reports(text) == want


def test_a_recording_of_drones_inside_a_sentence_is_no_source() -> None:
    # what a sentence says was aired, not the subject that tells the figure: the officials' 12
    text = (
        "Local television aired footage of drones over the Kursk region, and officials said 12 "
        "were destroyed overnight."
    )
    assert _reports(text) == [("media", 12, [("RU-KRS", 12)])]


# --- an interception said not to be one ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "What the camera caught was a drone diving onto a car park, not an interception.",
        "The clip shows a drone diving onto a car park, not an interception.",
    ],
)
def test_an_interception_denied_by_its_noun_downs_nothing(text: str) -> None:
    assert _reports(text) == []

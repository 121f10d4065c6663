"""A headline that names the night and gives no figure (issue 10), written for this project in
our own words: "Drones over Russia and Ukraine overnight" over Ukraine's "overnight" sentence
and then Russia's report. Every report of the text has the night its top names unless it says
another (docs/labels.md): the same night told again by Ukraine's sentence does not end it."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

WEDNESDAY = date(2025, 6, 11)


# --- a headline's night dates Russia's report after Ukraine's "overnight" sentence -----------
@pytest.mark.parametrize(
    "text",
    [
        "Drones over Russia and Ukraine overnight\n\nUkraine's air force said Russia launched 50 "
        "drones at Ukraine overnight, 40 of which were shot down.\n\nRussia's defence ministry "
        "said 12 Ukrainian drones were destroyed over the Kursk region.",
        "Атаки беспилотников в ночь на среду\n\nВоздушные силы ВСУ заявили, что ночью сбили 40 "
        "дронов.\n\nМинобороны России сообщило, что над Курской областью уничтожены 12 БПЛА.",
    ],
)
def test_the_headlines_night_goes_on_past_the_same_night_told_again(text: str) -> None:
    assert [(r.country, r.total, r.night_of) for r in parse(text, WEDNESDAY)] == [
        ("UA", 40, WEDNESDAY),
        ("RU", 12, WEDNESDAY),
    ]


def test_a_report_that_names_another_time_keeps_it_under_such_a_headline() -> None:
    text = (
        "Drones over Russia and Ukraine overnight\n\nUkraine's air force said it shot down 40 "
        "drones overnight.\n\nOn Monday, Russia's defence ministry said 12 drones were destroyed "
        "over the Kursk region."
    )
    assert [r.night_of for r in parse(text, WEDNESDAY) if r.country == "RU"] == [None]

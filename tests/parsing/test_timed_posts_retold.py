"""A speaker's timed posts of a night told again in news: structures the opened sets of stop 47
showed (timed).

Each test is a text written for it, in our own wording; none is a sentence of the working sets
or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 6, 14)


def rows(text: str) -> list[list[tuple[str, str | None, int | None]]]:
    """Each report's claims as (area, district, count)."""
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, DAY)]


def moscow_sum(text: str) -> int:
    """The sum of the first report's figures over Moscow."""
    return sum(c.count or 0 for c in parse(text, DAY)[0].claims if c.area_id == "RU-MOW")


# --- "the city" the drones flew at, after Moscow was named their target (vocab.CITY_TARGET_RE) ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the target named in a headline, then "the city" in the lines retold under it
        (
            "Drones shot down on their way to Moscow overnight\n\n"
            "The mayor's first message, shortly after midnight, said one drone heading for the "
            "city had been downed. Later he reported another four.",
            5,
        ),
        # Moscow's mayor named, then "the city"
        (
            "Moscow Mayor Sergei Sobyanin wrote that three drones approaching the city were "
            "destroyed. Around dawn he reported two more.",
            5,
        ),
        (
            "Собянин ночью сообщал о беспилотниках, летевших на Москву.\n\n"
            "Сначала мэр написал о двух БПЛА, летевших на город. Позднее он сообщил ещё о трёх.",
            5,
        ),
    ],
)
def test_the_city_after_moscow_is_named_is_moscow(text: str, figure: int) -> None:
    assert moscow_sum(text) == figure


def test_the_city_with_its_own_name_is_that_city() -> None:
    # "the city of Kursk" names Kursk, though Moscow was the target of a line before
    text = (
        "Two drones flying toward Moscow were downed overnight, the mayor said.\n\n"
        "In Kursk, one drone heading for the city of Kursk was shot down, the governor said."
    )
    assert ("RU-MOW", None, 1) not in [c for r in rows(text) for c in r]
    assert moscow_sum(text) == 2


def test_the_city_with_no_moscow_named_is_no_target() -> None:
    text = "Ночью сбиты три беспилотника, летевших на город, сообщил глава Энской области."
    assert all(c[0] != "RU-MOW" for r in rows(text) for c in r)


# --- a figure told as more is no recap of the lines before it (report_rules.recap_of_lines) ----


@pytest.mark.parametrize(
    "text",
    [
        "Собянин сначала написал о двух дронах, летевших на Москву. Через час он сообщил ещё об "
        "одном. К утру мэр сообщил ещё о трёх.",
        "Sobyanin first said two drones heading for Moscow had been shot down. An hour later "
        "he reported another one. Near dawn he reported another three.",
    ],
)
def test_more_told_after_lines_that_add_up_to_it_is_more(text: str) -> None:
    # the third figure equals the two before it, yet "ещё" / "another" tells drones beyond them
    assert moscow_sum(text) == 6
    assert parse(text, DAY)[0].total is None

"""The defence ministry named again by its common noun carries the speaker (our own wording).

"Министерство сообщило", "в министерстве заявили", "the ministry's statement" are the defence
ministry once the text has named it; before that, or with another ministry's name after the
noun, they name nobody.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

P = date(2025, 6, 2)


def _who(text: str) -> list[tuple[str, list[tuple[str, int | None]]]]:
    return [(r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, P)]


def test_russian_ministry_again_after_a_governor() -> None:
    text = (
        "Минобороны России утром сообщило о ночной атаке. "
        "Над Брянской областью сбиты пять беспилотников, сообщил губернатор. "
        "Над Курской областью уничтожены три БПЛА, сообщило министерство."
    )
    assert _who(text) == [("governor", [("RU-BRY", 5)]), ("mod", [("RU-KRS", 3)])]


def test_in_the_ministry_they_said() -> None:
    text = (
        "Губернатор Брянской области сообщил, что ночью сбиты два беспилотника. "
        "Ранее Минобороны предупреждало об угрозе. "
        "В министерстве заявили, что над Курской областью уничтожены 12 БПЛА."
    )
    assert _who(text) == [("governor", [("RU-BRY", 2)]), ("mod", [("RU-KRS", 12)])]


def test_english_the_ministrys_statement() -> None:
    text = (
        "Russia's Defence Ministry has reported attacks for weeks. "
        "The Bryansk governor said two drones were downed. "
        "According to the ministry's statement, 12 drones were destroyed over the Kursk region."
    )
    assert _who(text) == [("governor", [("RU-BRY", 2)]), ("mod", [("RU-KRS", 12)])]


def test_a_ministry_never_named_before_is_nobody() -> None:
    text = (
        "Губернатор Брянской области сообщил, что ночью сбиты два беспилотника. "
        "В министерстве заявили, что над Курской областью уничтожены 12 БПЛА."
    )
    assert [r.reporter for r in parse(text, P)] == ["governor"]


def test_another_ministrys_name_is_not_the_defence_ministry() -> None:
    text = (
        "Минобороны России утром сообщило о ночной атаке. "
        "Над Брянской областью сбиты пять беспилотников, сообщил губернатор. "
        "Министерство здравоохранения сообщило, что над Курской областью уничтожены три БПЛА."
    )
    assert [r.reporter for r in parse(text, P)] == ["governor"]

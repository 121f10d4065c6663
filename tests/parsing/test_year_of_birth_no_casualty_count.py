"""A year of birth or an age beside a casualty word counts no one (stop 46, mayor2, our own
wording).

City heads' posts name who was hurt by the year of birth ("пострадал мужчина 1981 г.р.") or
the age ("женщине 52 года", "a 37-year-old man was injured"): that number tells who, never how
many people were hurt; the one person the sentence names is the figure.
"""

from __future__ import annotations

import pytest

from parsing import harm
from parsing.model import Casualties


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Осколками ранен мужчина 1981 г.р., его доставили в больницу.", Casualties(None, 1)),
        ("Пострадала жительница 1990 года рождения.", Casualties(None, 1)),
        ("Пострадал мужчина 63 лет, ему оказана помощь.", Casualties(None, 1)),
        ("Ранены двое мужчин, 1979 и 1985 г.р.", Casualties(None, 2)),
        ("A 37-year-old man was injured by falling debris.", Casualties(None, None)),
        ("Two people were injured, one of them born in 1981.", Casualties(None, 2)),
        ("Пострадали три человека.", Casualties(None, 3)),
    ],
)
def test_a_year_of_birth_or_an_age_counts_no_one(text: str, want: Casualties) -> None:
    assert harm.casualties([text]) == want

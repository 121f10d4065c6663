"""Russian news: the ministry's figure retold with a participle after it ("сообщило о 12
беспилотниках, уничтоженных ночью над Брянской, Курской и Смоленской областями") gives the
places after the participle the figure, a flat list sharing it (issue 10), written for this
project in our own words. A time between the participle and the place ("ночью", "за сутки")
and a list of places with commas had left the places named alone, and a governor's report on
one of them before it then took that region out of the ministry's list (holdout33 r23)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

PUBLISHED = date(2024, 5, 19)


@pytest.mark.parametrize(
    "sentence",
    [
        "Минобороны РФ сообщило о 12 беспилотниках, уничтоженных ночью над Брянской, Курской и "
        "Смоленской областями.",
        "Военное ведомство отчиталось о 12 дронах, сбитых над Брянской, Курской и Смоленской областями.",
        "В Минобороны сообщили о 12 беспилотниках, перехваченных за ночь над территориями "
        "Брянской, Курской и Смоленской областей.",
        "Министерство обороны сообщило о 12 БПЛА, сбитых за сутки над Брянской, Курской и "
        "Смоленской областями.",
        "Минобороны отчиталось о 12 украинских дронах, уничтоженных накануне над Брянской, "
        "Курской и Смоленской областями.",
    ],
)
def test_the_places_after_the_participle_share_the_figure(sentence: str) -> None:
    text = (
        "Губернатор сообщил, что ночью над Брянском сбиты три беспилотника, над Брянской "
        f"областью — ещё два.\n\n{sentence}"
    )
    assert [s[2:4] for s in report_summaries(text, PUBLISHED)][-1] == (
        12,
        [("RU-BRY", None), ("RU-KRS", None), ("RU-SMO", None)],
    )


def test_one_place_after_the_participle_takes_the_figure() -> None:
    text = "Минобороны сообщило о 12 беспилотниках, уничтоженных ночью над Курской областью."
    assert [s[2:4] for s in report_summaries(text, PUBLISHED)] == [(12, [("RU-KRS", 12)])]

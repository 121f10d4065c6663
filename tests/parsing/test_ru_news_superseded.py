"""Russian news about a corrected figure (issue 10; docs/labels.md: "the corrected figure is the
report; the superseded one is no report"), written for this project in our own words.

- The whole told before the correction ("В утреннем сообщении губернатор говорил о семи
  сбитых БПЛА.") gives way to the corrected figure of the report's one region ("По уточненным
  данным ... над Курской областью уничтожены 11"): it had stayed the report's total.
- In a text that says a figure was set right, the speaker's earlier figure told as his earlier
  words with no time and no place of its own ("Ранее ведомство сообщало о 23 беспилотниках,
  сбитых за этот период") is no report; in a text that corrects nothing it still is.
- A report whose figures a later one sets right, the correction's words between them ("по
  уточнённым данным", "позже ... уточнил"), over the same places, is no report, whoever told it
  (a town's head first, the governor after him); from another speaker only data set right ("по
  уточнённым данным") does so: "позднее уточнили, что ..." is his own count beside the first.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

PUBLISHED = date(2025, 8, 19)


@pytest.mark.parametrize(
    "before",
    [
        "В утреннем сообщении глава региона говорил о семи уничтоженных БПЛА.",
        "Утром губернатор сообщал о семи сбитых беспилотниках.",
        "Первоначально речь шла о семи беспилотниках.",
        "Сначала губернатор написал о семи сбитых дронах.",
        "В первом сообщении говорилось о 7 уничтоженных беспилотниках.",
    ],
)
def test_the_whole_told_before_a_correction_gives_way_to_it(before: str) -> None:
    text = (
        "Губернатор скорректировал данные о ночной атаке беспилотников. "
        f"{before} «По уточненным данным, в течение ночи над территорией Курской области "
        "средствами ПВО уничтожены 11 беспилотников. Пострадавших нет», — написал губернатор."
    )
    assert report_summaries(text, PUBLISHED) == [
        ("governor", "RU", 11, [("RU-KRS", 11)], PUBLISHED)
    ]


@pytest.mark.parametrize(
    "earlier",
    [
        "Ранее ведомство сообщало о 23 беспилотниках, сбитых за этот период над теми же регионами.",
        "Ранее Минобороны сообщало о 23 сбитых беспилотниках.",
        "Ранее в ведомстве говорили о 23 перехваченных дронах.",
        "Ранее министерство называло число 23 уничтоженных беспилотника.",
    ],
)
def test_the_figure_a_correction_set_right_is_no_report(earlier: str) -> None:
    text = (
        "Минобороны уточнило данные о сбитых 18 августа беспилотниках.\n\n"
        "«В ранее опубликованном сообщении о перехвате беспилотников в период с 08.00 до 14.00 "
        "мск 18 августа допущена неточность. Следует читать: дежурными средствами ПВО перехвачены "
        "и уничтожены 26 украинских БПЛА: 15 – над территорией Курской области, 11 – над "
        f"территорией Брянской области», — говорится в сообщении.\n\n{earlier}"
    )
    assert [s[2] for s in report_summaries(text, PUBLISHED)] == [26]


def test_an_earlier_figure_in_a_text_that_corrects_nothing_stays_a_report() -> None:
    text = (
        "Дежурными средствами ПВО перехвачены и уничтожены 26 украинских БПЛА: 15 – над "
        "территорией Курской области, 11 – над территорией Брянской области.\n\n"
        "Ранее ведомство сообщало о 23 беспилотниках, сбитых днём."
    )
    assert [s[2] for s in report_summaries(text, PUBLISHED)] == [26, 23]


@pytest.mark.parametrize(
    "text",
    [
        # a town's head, then the governor's corrected figure
        "Утром глава Сызрани написал, что над городом уничтожены пять дронов. Позднее губернатор "
        "поправил цифру: по уточнённым данным, ночью над Сызранью сбиты шесть беспилотников.",
        # a mayor's post quoted, then the regional headquarters; digits
        "Мэр Сызрани: над городом сбиты 5 дронов.\n\nПо уточнённым данным оперштаба Самарской "
        "области, ночью над Сызранью уничтожены 6 беспилотников.",
        # updated data, the figure before its place
        "Ночью над Сызранью сбиты пять беспилотников, сообщил глава города. По обновлённым "
        "сведениям губернатора, шесть БПЛА уничтожены над Сызранью.",
    ],
)
def test_a_figure_another_speaker_sets_right_later_is_no_report(text: str) -> None:
    assert [(s[2], s[3]) for s in report_summaries(text, PUBLISHED)] == [(6, [("RU-SAM", 6)])]


def test_a_later_correction_over_another_place_leaves_the_figure_before_it() -> None:
    text = (
        "Над Сызранью сбиты пять беспилотников, сообщил глава города. По уточнённым данным "
        "губернатора, над Шиловским районом Рязанской области уничтожены два БПЛА."
    )
    assert [s[2] for s in report_summaries(text, PUBLISHED)] == [5, 2]


def test_another_speaker_s_later_count_that_sets_no_data_right_is_a_report_beside_it() -> None:
    text = (
        "По словам главы города, над Сызранью уничтожено около двух десятков дронов. Минобороны "
        "позднее уточнили, что всего над Самарской областью за ночь сбиты 10 беспилотников."
    )
    assert [s[2] for s in report_summaries(text, PUBLISHED)] == [20, 10]

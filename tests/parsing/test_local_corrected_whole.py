"""A correction that places its figure sets right the whole told before it with no place.

A mayor writes "над городом сбиты четыре" and later corrects it with the town named; a news site
retells "глава региона сообщал о трёх", then the corrected figure over the region. Nothing before
the correction had a place of its own, so the earlier figure was the report's whole: the total
follows the correction (our own wording; the texts that showed it are holdout38 f07 and
holdout42 l08).
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 3, 2)


def test_a_mayors_corrected_figure_for_his_town_is_the_total() -> None:
    text = (
        "Дорогие обнинцы! Ночью над городом сбиты четыре беспилотника, пострадавших нет.\n\n"
        "UPD: по уточнённым данным, над Обнинском уничтожено 5 БПЛА."
    )
    (report,) = parse(text, DAY)
    assert report.total == 5
    assert [(c.area_id, c.district, c.count) for c in report.claims] == [
        ("RU-KLU", "Обнинск", 5),
        ("RU-KLU", None, 5),
    ]


def test_a_retold_figure_set_right_over_the_region_with_its_districts() -> None:
    text = (
        "Вечером глава региона сообщал о трёх сбитых дронах. По уточнённым данным, над "
        "Белгородской областью уничтожены 6 беспилотников: четыре — над Белгородским районом, "
        "два — над Шебекинским округом."
    )
    (report,) = parse(text, DAY)
    assert report.total == 6
    assert [(c.district, c.count) for c in report.claims] == [
        (None, 6),
        ("Белгородский район", 4),
        ("Шебекинский городской округ", 2),
    ]


def test_a_correction_line_of_its_own_before_a_placed_figure() -> None:
    text = (
        "За ночь силами ПВО уничтожено 8 БПЛА.\n\nУточнение.\n\n"
        "Над Брянской областью ночью сбиты девять беспилотников."
    )
    (report,) = parse(text, DAY)
    assert report.total == 9
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 9)]


def test_english_revised_figure_over_a_town() -> None:
    text = (
        "The mayor first said three drones were downed overnight. He later revised the "
        "figure: five drones were shot down over Novorossiysk."
    )
    (report,) = parse(text, DAY)
    assert report.total == 5
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KDA", 5), ("RU-KDA", 5)]


def test_a_corrected_row_of_several_keeps_the_whole() -> None:
    text = (
        "Ночью уничтожены 12 беспилотников: над Курской областью — 7, над Брянской — 5. "
        "UPD: по уточнённым данным, над Брянской областью сбиты 6."
    )
    (report,) = parse(text, DAY)
    assert report.total == 12
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KRS", 7), ("RU-BRY", 6)]

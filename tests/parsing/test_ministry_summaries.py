"""The ministry's summaries of the special operation (our own wording): under a heading that
names the summary, what air defence shot down with no place is the front's, no report over
Russia; a figure the summary places over a region stays."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # a day's summary, its date in brackets
        "Сводка Министерства обороны Российской Федерации о ходе проведения специальной военной "
        "операции (по состоянию на 12 марта 2026 г.)\n\n"
        "Средствами противовоздушной обороны сбиты четыре управляемые авиабомбы, три ракеты и "
        "187 беспилотных летательных аппаратов самолетного типа.",
        # a week's, the drones in words and first, a channel's name above the title
        "Минобороны России\n"
        "Сводка о ходе специальной военной операции (с 2 по 8 марта)\n\n"
        "За неделю средствами ПВО уничтожены тысяча двести беспилотников, шесть авиабомб и "
        "два реактивных снаряда HIMARS.",
        # "СВО" for the operation, "перехвачены" for the verb, a tally of the war after it
        "Сводка Минобороны о ходе СВО\n\n"
        "Дежурные средства ПВО перехватили 95 БПЛА и 2 ракеты «Нептун». Всего с начала "
        "проведения специальной военной операции уничтожены 90 512 беспилотников.",
        # the spec-op word, the figure after its verb
        "Сводка Министерства обороны о ходе проведения спецоперации\n\n"
        "Сбиты 64 беспилотника самолетного типа.",
        # English: the ministry's summary on the progress of the operation
        "Russian Defence Ministry summary on the progress of the special military operation\n\n"
        "Air defence systems shot down five guided bombs and 240 fixed-wing drones.",
    ],
)
def test_the_summary_s_unplaced_drones_are_the_front_s(text: str) -> None:
    assert parse(text, DAY) == []


def test_a_region_the_summary_names_keeps_its_figure() -> None:
    text = (
        "Сводка Министерства обороны о ходе проведения специальной военной операции\n\n"
        "Средствами ПВО сбиты 150 беспилотников. Кроме того, ночью над территорией Курской "
        "области уничтожены 12 украинских БПЛА."
    )
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [("RU-KRS", 12)]


def test_a_summary_named_deep_in_a_text_heads_nothing() -> None:
    # a report that mentions the summary in its last lines still counts its unplaced total
    text = (
        "Ночью дежурными средствами ПВО уничтожены 30 украинских беспилотников. "
        + "Пострадавших нет. " * 20
        + "Подробнее — в сводке о ходе проведения специальной военной операции."
    )
    assert [r.total for r in parse(text, DAY)] == [30]


def test_a_place_the_summary_names_without_over_keeps_its_figure() -> None:
    # "в Белгородской области" places the figure as "над" does: no figure of the front
    text = (
        "Сводка Министерства обороны о ходе проведения специальной военной операции\n\n"
        "Кроме того, за ночь дежурными средствами ПВО уничтожены 20 беспилотников в "
        "Белгородской области."
    )
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [("RU-BEL", 20)]


@pytest.mark.parametrize(
    "text",
    [
        # the operation told of in a news lede: no summary heads the text
        "Президенту доложили о ходе СВО. Ночью средства ПВО сбили 30 беспилотников.",
        "Губернатор рассказал о ходе специальной военной операции. За ночь сбиты 30 БПЛА.",
        # the summary named after the figure, in a short text
        "За ночь средствами ПВО уничтожены 30 беспилотников. Подробнее — в сводке о ходе СВО.",
    ],
)
def test_the_operation_named_outside_a_summary_s_heading_heads_nothing(text: str) -> None:
    assert [r.total for r in parse(text, DAY)] == [30]

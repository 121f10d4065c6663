"""The ministry's summaries of the special operation (our own wording): under a heading that
names the summary, what air defence shot down with no place is the front's, no report over
Russia; a figure the summary places over a region stays. So is the summary's line of the past
day told without its heading: the drones beside the front's weapons, with no place
(``rules.front_tally``, docs/labels.md)."""

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
        # (a week's summary is a recap of its own, docs/labels.md: test_ministry_weekly_stop47.py)
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


# --- the summary's day line without its heading: the past day's drones beside the front's arms --
@pytest.mark.parametrize(
    "text",
    [
        # guided bombs and a launcher's rockets before the drones
        "Средствами ПВО за сутки сбиты пять управляемых авиабомб, три реактивных снаряда "
        "РСЗО «Ураган» и 214 беспилотных летательных аппаратов самолетного типа.",
        # the drones first, the bombs after them, the ministry named after the figures
        "За прошедшие сутки дежурные средства ПВО уничтожили 96 БПЛА и две авиабомбы JDAM, "
        "сообщили в Минобороны.",
        # a missile of a name, "за минувшие сутки", the verb last
        "За минувшие сутки три ракеты «Нептун-Д», шесть снарядов HIMARS и 140 дронов были "
        "перехвачены средствами противовоздушной обороны.",
        # English, the span after the list
        "Russian air defences downed three JDAM guided bombs, two HIMARS rockets and 177 "
        "fixed-wing drones over the past 24 hours, the Defence Ministry said.",
        # English, the span first, "in the last day", the bombs after the drones
        "In the last day, air defence units intercepted 205 drones and four glide bombs, "
        "according to the ministry.",
    ],
)
def test_the_day_s_drones_beside_the_front_s_weapons_with_no_place_are_no_report(
    text: str,
) -> None:
    assert parse(text, DAY) == []


@pytest.mark.parametrize(
    ("text", "area"),
    [
        # a region named: the day's figure over it stays, the bombs beside it or not
        (
            "Над Белгородской областью за сутки сбиты шесть управляемых авиабомб и 14 "
            "беспилотников.",
            "RU-BEL",
        ),
        (
            "Air defences destroyed two guided bombs and 14 drones over the Belgorod region "
            "over the past day, the ministry said.",
            "RU-BEL",
        ),
        (
            "За сутки в Курской области уничтожены три снаряда РСЗО и 14 БПЛА.",
            "RU-KRS",
        ),
    ],
)
def test_the_day_s_drones_beside_the_front_s_weapons_over_a_region_stay(
    text: str, area: str
) -> None:
    assert [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims] == [(area, 14)]


@pytest.mark.parametrize(
    "text",
    [
        # no other weapon: the past day's drones downed, a report of the day (its place unknown)
        "За сутки средства ПВО уничтожили 214 беспилотников.",
        # another weapon, but no span of the day: not the summary's line
        "Ночью средства ПВО сбили 214 беспилотников и две ракеты.",
    ],
)
def test_a_day_s_drones_alone_or_a_night_s_beside_missiles_stay_a_report(text: str) -> None:
    assert [r.total for r in parse(text, DAY)] == [214]

"""A governor's tally of the night told after an update is a report of its own (our own wording).

docs/labels.md: a tally of the text's own reports ("Всего за ночь — 9", "Итого за ночь и утро —
8") is its own report, never added to the post's figure and never taking its place. Two shapes
had gone wrong: a tally that names the region again ("Всего за ночь над Брянщиной — 7",
"Обновлено 06:55: всего за ночь над областью уничтожено 9, в том числе над X округом") was
read as the post's own whole, so the post's figure was lost (holdout31 z22, holdout36 k17);
a later update's tally with no place of its own had no area (holdout37 d35).
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 3, 2)


def reports(text: str) -> list[tuple[int | None, list[tuple[str, str | None, int | None]]]]:
    return [
        (r.total, [(c.area_id, c.district, c.count) for c in r.claims]) for r in parse(text, DAY)
    ]


def test_an_update_tally_naming_the_region_again_is_its_own_report() -> None:
    text = (
        "Над Белгородской областью ночью сбиты 4 беспилотника. Пострадавших нет.\n\n"
        "UPD 06:40: всего за ночь над областью уничтожено 7 беспилотников, в том числе над "
        "Шебекинским округом."
    )
    assert reports(text) == [
        (4, [("RU-BEL", None, 4)]),
        (7, [("RU-BEL", None, 7), ("RU-BEL", "Шебекинский городской округ", None)]),
    ]


def test_an_updated_tally_in_words_keeps_the_posts_figure() -> None:
    text = (
        "Ночью над Курской областью уничтожены шесть БПЛА.\n\n"
        "Обновлено 07:10: итого за ночь над Курской областью сбиты одиннадцать дронов."
    )
    assert reports(text) == [(6, [("RU-KRS", None, 6)]), (11, [("RU-KRS", None, 11)])]


def test_a_later_posts_districts_then_the_nights_tally_over_the_region() -> None:
    text = (
        "Дополнительно. Ночью над Белгородским районом и Шебекинским округом сбиты ещё "
        "3 беспилотника. Пострадавших нет.\n\n"
        "Всего за ночь над Белгородской областью — 9 БПЛА."
    )
    (first, tally) = parse(text, DAY)
    assert (first.total, tally.total) == (3, 9)
    assert [(c.district, c.count) for c in first.claims if c.count is not None] == [(None, 3)]
    assert [(c.area_id, c.count) for c in tally.claims] == [("RU-BEL", 9)]


def test_a_posts_own_whole_without_an_update_stays_one_report() -> None:
    text = (
        "Над Курской областью ночью сбиты три беспилотника. Всего за ночь над областью "
        "уничтожено восемь."
    )
    assert reports(text) == [(8, [("RU-KRS", None, 8)])]


def test_a_later_updates_tally_with_no_place_is_the_regions() -> None:
    text = (
        "Ночью над Калужской областью уничтожены 4 БПЛА.\n\n"
        "Upd. 06:50 Ещё один беспилотник сбит над Обнинском.\n\n"
        "Upd. 08:15 Итого за ночь и утро — 5 БПЛА."
    )
    assert reports(text)[-1] == (5, [("RU-KLU", None, 5)])


def test_a_third_update_tally_over_the_region_the_updates_tell() -> None:
    text = (
        "Ночью над Ростовской областью сбиты 3 беспилотника.\n\n"
        "UPD 05:10. Ещё 2 БПЛА уничтожены над областью.\n\n"
        "UPD 07:45. Итого за ночь — семь беспилотников."
    )
    assert reports(text) == [
        (3, [("RU-ROS", None, 3)]),
        (2, [("RU-ROS", None, 2)]),
        (7, [("RU-ROS", None, 7)]),
    ]

"""One channel's posts that each tell drones of their own add up on the map.

A mayor's or a governor's channel often posts every drone downed in its own message, with
no window and no night ("Сбит ещё один БПЛА"): three posts of 2, 1 and 3 drones in one
night are 6 over the city, never the largest post's 3 (that lost drones without a word).
A post about the whole night ("за ночь") still competes with their sum, and two channels
of one reporter (a governor's own channel and his operational headquarters, which tell the
same drones) are never added. The statements of one post compete: a post goes on with its
running total or a figure recalled, no new drones.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from settings import MSK
from store import Store, open_store
from store import columns as C
from tests.store.conftest import channel_export

NIGHT = date(2025, 9, 12)
#: a governor's and the mayor's own channels, as the parser reads their names (an outlet's
#: channel is no one's: its posts never add up)
_GOVERNOR = "Губернатор области"
_MAYOR = "Сергей Собянин"


def _at(hour: int, minute: int = 0) -> datetime:
    day = 11 if hour >= 12 else 12
    return datetime(2025, 9, day, hour, minute, tzinfo=MSK)


def _post(
    store: Store, text: str, when: datetime, *, channel: str = _MAYOR, kind: str = "telegram"
) -> None:
    result = store.ingest_text(text, channel=channel, published=when, source_kind=kind)
    assert result.added == 1


def _figures(store: Store, district: bool = False) -> list[tuple[str, int | None, str]]:
    frame = store.district_nightly() if district else store.nightly()
    place = C.DISTRICT_ID if district else C.AREA_ID
    return [(r[place], r[C.FIGURE], r[C.CHOSEN_BY]) for _, r in frame.iterrows()]


def test_a_channels_posts_in_one_night_add_up(store: Store) -> None:
    _post(store, "@mayor\nRU-MOW 2", _at(1, 12))
    _post(store, "@mayor\nRU-MOW 1", _at(2, 40))
    _post(store, "@mayor\nRU-MOW 3", _at(4, 5))
    assert _figures(store) == [("RU-MOW", 6, C.RULE_POSTS)]
    (chosen,) = store.nightly()[C.CHOSEN_CLAIM_IDS]
    assert len(chosen) == 3  # every post's claim makes the figure
    assert store.nightly()[C.DATE].tolist() == [NIGHT]


def test_posts_of_another_night_are_not_added(store: Store) -> None:
    _post(store, "@mayor\nRU-MOW 2", _at(1))
    _post(store, "@mayor\nRU-MOW 4", datetime(2025, 9, 13, 2, 0, tzinfo=MSK))
    assert [(r[C.DATE], r[C.FIGURE]) for _, r in store.nightly().iterrows()] == [
        (NIGHT, 2),
        (date(2025, 9, 13), 4),
    ]


def test_a_post_about_the_whole_night_competes_with_their_sum(store: Store) -> None:
    _post(store, "@governor\nRU-BRY 2", _at(23), channel=_GOVERNOR)
    _post(store, "@governor\nRU-BRY 1", _at(3), channel=_GOVERNOR)
    # the morning's summary of the night is larger than the posts' sum: it stands alone
    _post(store, "@governor night=2025-09-12\nRU-BRY 5", _at(6, 50), channel=_GOVERNOR)
    assert _figures(store) == [("RU-BRY", 5, C.RULE_OVERLAP)]


def test_a_summary_smaller_than_the_posts_sum_does_not_lower_it(store: Store) -> None:
    _post(store, "@governor\nRU-BRY 2", _at(23), channel=_GOVERNOR)
    _post(store, "@governor\nRU-BRY 2", _at(3), channel=_GOVERNOR)
    _post(store, "@governor night=2025-09-12\nRU-BRY 3", _at(6, 50), channel=_GOVERNOR)
    assert _figures(store) == [("RU-BRY", 4, C.RULE_POSTS)]


def test_posts_after_the_nights_post_add_to_it(store: Store) -> None:
    # "этой ночью сбиты 15", then "дополнительно ... сбиты ещё два": 17
    _post(store, "@governor night=2025-09-12\nRU-VOR 15", _at(5), channel=_GOVERNOR)
    _post(store, "@governor\nRU-VOR 2", _at(6, 40), channel=_GOVERNOR)
    assert _figures(store) == [("RU-VOR", 17, C.RULE_POSTS)]


def test_the_order_of_posting_decides_what_a_nights_post_replaces(store: Store) -> None:
    # 2 before the night's 5 are among its 5; the 1 after it is more
    _post(store, "@governor\nRU-VOR 1", _at(6, 30), channel=_GOVERNOR)
    _post(store, "@governor night=2025-09-12\nRU-VOR 5", _at(4), channel=_GOVERNOR)
    _post(store, "@governor\nRU-VOR 2", _at(1), channel=_GOVERNOR)
    assert _figures(store) == [("RU-VOR", 6, C.RULE_POSTS)]


def test_posts_that_all_tell_the_night_still_give_the_larger(store: Store) -> None:
    # a morning post and its correction are versions of one figure
    _post(store, "@governor night=2025-09-12\nRU-VOR 7", _at(6), channel=_GOVERNOR)
    _post(store, "@governor night=2025-09-12\nRU-VOR 5", _at(6, 30), channel=_GOVERNOR)
    assert _figures(store) == [("RU-VOR", 7, C.RULE_OVERLAP)]


def test_two_channels_of_one_reporter_are_never_added(store: Store) -> None:
    # the governor's own channel and his headquarters tell the same drone, hours apart
    _post(store, "@governor\nRU-BEL 1", _at(22), channel="Вячеслав Гладков")
    _post(store, "@governor\nRU-BEL 1", _at(1), channel="Оперштаб Белгородской области")
    _post(store, "@governor\nRU-BEL 2", _at(2), channel="Оперштаб Белгородской области")
    assert _figures(store) == [("RU-BEL", 3, C.RULE_POSTS)]  # the headquarters' 1 + 2


def test_an_outlets_channel_retelling_one_post_twice_is_not_added(store: Store) -> None:
    # a one-line flash, then the story: the mayor's one post told twice by a news channel
    _post(store, "@mayor\nRU-MOW 2", _at(1, 12), channel="Новости Москвы")
    _post(store, "@mayor\nRU-MOW 2", _at(1, 20), channel="Новости Москвы")
    _post(store, "@governor\nRU-BRY 3", _at(2), channel="Брянск сегодня")
    _post(store, "@governor\nRU-BRY 3", _at(2, 30), channel="Брянск сегодня")
    assert _figures(store) == [
        ("RU-BRY", 3, C.RULE_OVERLAP),
        ("RU-MOW", 2, C.RULE_OVERLAP),
    ]


def test_an_outlets_retellings_read_by_the_real_parser_are_not_added(db_url: str) -> None:
    posts = [
        (_at(1, 12), "Собянин: отражена атака двух беспилотников, летевших на столицу."),
        (_at(1, 25), "Мэр Москвы Сергей Собянин сообщил, что сбиты два БПЛА, летевших на город."),
    ]
    db = open_store(db_url)
    try:
        for when, text in posts:
            db.ingest_text(text, published=when, channel="Новости Москвы", source_kind="telegram")
        figures = _figures(db)
    finally:
        db.close()
    assert figures == [("RU-MOW", 2, C.RULE_OVERLAP)]


def test_texts_that_are_not_channel_posts_still_give_the_larger(store: Store) -> None:
    # pasted or saved texts may be one post twice: they stay versions of one figure
    _post(store, "@governor\nRU-KRS 2", _at(1), channel=_GOVERNOR, kind="paste")
    _post(store, "@governor\nRU-KRS 3", _at(3), channel=_GOVERNOR, kind="paste")
    assert _figures(store) == [("RU-KRS", 3, C.RULE_OVERLAP)]


def test_the_ministrys_and_the_medias_posts_are_never_added(store: Store) -> None:
    # the ministry's copies (Russian, English) and outlets retelling one post
    _post(store, "@mod\nRU-BRY 4", _at(1), channel="ministry")
    _post(store, "@mod\nRU-BRY 4", _at(1, 20), channel="ministry")
    _post(store, "@media\nRU-ORL 3", _at(1), channel="outlet")
    _post(store, "@media\nRU-ORL 3", _at(2), channel="outlet")
    assert _figures(store) == [
        ("RU-BRY", 4, C.RULE_OVERLAP),
        ("RU-ORL", 3, C.RULE_MEDIA_ONLY),
    ]


def test_a_posts_window_keeps_its_own_place(store: Store) -> None:
    # a post with a window of its own stands alone, as before: this one covers the night
    window = "window=2025-09-11T20:00/2025-09-12T07:00"
    _post(store, "@governor\nRU-TUL 2", _at(1), channel=_GOVERNOR)
    _post(store, f"@governor {window}\nRU-TUL 3", _at(7), channel=_GOVERNOR)
    assert _figures(store) == [("RU-TUL", 3, C.RULE_OVERLAP)]


def test_districts_of_a_channels_posts_add_up_too(store: Store) -> None:
    _post(store, "@governor\nRU-KRS/RU-KRS:kursk 1", _at(0, 30), channel=_GOVERNOR)
    _post(store, "@governor\nRU-KRS/RU-KRS:kursk 2", _at(2, 30), channel=_GOVERNOR)
    _post(store, "@governor\nRU-KRS 1", _at(4), channel=_GOVERNOR)
    assert _figures(store, district=True) == [("RU-KRS:kursk", 3, C.RULE_POSTS)]
    # each post's region figure: 1 and 2 by their districts, 1 of its own
    assert _figures(store) == [("RU-KRS", 4, C.RULE_POSTS)]


def test_the_mayors_posts_from_a_channel_export_add_up(db_url: str, tmp_path: Path) -> None:
    # the real parser and the Telegram export importer, as a user imports a channel
    lines = [
        (_at(1, 12), "Отражена атака двух беспилотников, летевших на Москву."),
        (_at(2, 40), "Силами ПВО сбит ещё один БПЛА, летевший на Москву."),
        (_at(4, 5), "ПВО Минобороны уничтожены три беспилотника, летевших на столицу."),
    ]
    path = channel_export(tmp_path, "Собянин", lines, chat_id=1)
    db = open_store(db_url)
    try:
        db.ingest_paths([path])
        figures = _figures(db)
    finally:
        db.close()
    assert figures == [("RU-MOW", 6, C.RULE_POSTS)]


# --- the statements of one post compete: a post's figure is the larger ---------------------


def test_the_statements_of_one_post_compete_and_posts_still_add(store: Store) -> None:
    # a post told 2 and then 3 (its running total, an earlier figure): the post is 3
    _post(store, "@governor\nRU-BRY 2\n@governor\nRU-BRY 3", _at(1), channel=_GOVERNOR)
    _post(store, "@governor\nRU-BRY 1", _at(3), channel=_GOVERNOR)
    assert _figures(store) == [("RU-BRY", 4, C.RULE_POSTS)]


@pytest.mark.parametrize("kind", ["paste", "telegram"])
def test_a_later_statement_with_its_own_night_still_competes(store: Store, kind: str) -> None:
    # "Всего за ночь — 7" after the post's 2: a summary, never added
    text = "@governor\nRU-BRY 2\n@governor night=2025-09-12\nRU-BRY 7"
    _post(store, text, _at(6), channel=_GOVERNOR, kind=kind)
    assert [f[:2] for f in _figures(store)] == [("RU-BRY", 7)]


def test_another_reporters_statement_in_the_post_is_not_added(store: Store) -> None:
    text = "@governor night=2025-09-12\nRU-BRY 5\n@mod\nRU-BRY 3\n@mod\nRU-BRY 3"
    _post(store, text, _at(6), channel=_GOVERNOR, kind="paste")
    assert _figures(store) == [("RU-BRY", 5, C.RULE_LARGER)]


def _governors_post(db_url: str, text: str, kind: str) -> list[tuple[str, int | None, str]]:
    db = open_store(db_url)  # the real parser
    try:
        db.ingest_text(
            text,
            published=datetime(2025, 9, 12, 6, 30, tzinfo=MSK),
            channel="Губернатор Брянской области",
            source_kind=kind,
        )
        return _figures(db)
    finally:
        db.close()


@pytest.mark.parametrize("kind", ["paste", "telegram"])
def test_a_posts_running_total_is_not_added_to_its_first_figure(db_url: str, kind: str) -> None:
    text = (
        "Ночью над Брянской областью сбиты 5 БПЛА. "
        "Количество сбитых над регионом беспилотников достигло 8."
    )
    assert [f[:2] for f in _governors_post(db_url, text, kind)] == [("RU-BRY", 8)]


@pytest.mark.parametrize("kind", ["paste", "telegram"])
def test_a_figure_the_governor_recalls_is_not_added(db_url: str, kind: str) -> None:
    text = (
        "Над Брянской областью этой ночью уничтожены 23 беспилотника. "
        "Напомню, ранее я сообщал о 9 сбитых БПЛА."
    )
    assert [f[:2] for f in _governors_post(db_url, text, kind)] == [("RU-BRY", 23)]


def test_a_news_text_quoting_the_governor_adds_no_update(store: Store) -> None:
    # an outlet tells the governor's night and then his earlier figure: no new drones
    text = "@governor night=2025-09-12\nRU-BRY 4\n@governor\nRU-BRY 2"
    _post(store, text, _at(6), channel="Брянские новости", kind="paste")
    assert _figures(store) == [("RU-BRY", 4, C.RULE_OVERLAP)]  # the larger, never 6


def test_a_recalled_figure_in_a_news_text_read_by_the_real_parser(db_url: str) -> None:
    text = (
        "Ночью над Брянской областью сбиты четыре беспилотника, сообщил губернатор. "
        "Ранее он сообщал о двух сбитых БПЛА."
    )
    db = open_store(db_url)
    try:
        db.ingest_text(
            text, published=datetime(2025, 9, 12, 6, 0, tzinfo=MSK), channel="Брянские новости"
        )
        figures = _figures(db)
    finally:
        db.close()
    assert figures == [("RU-BRY", 4, C.RULE_OVERLAP)]  # 6 had been shown

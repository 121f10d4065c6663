"""Bryansk's governor after Alexander Bogomaz, Egor Kovalchuk, is a governor by his name, as
his predecessor is: his channel's posts (E_V_Kovalchuk in data/sources.default.toml) are his
figures, and news quoting him quote the governor.
"Ковальчук" alone is a common surname and says nothing."""

from __future__ import annotations

from datetime import date

from parsing import parse, source_reporter

DAY = date(2025, 3, 4)


def test_his_channel_is_the_governors() -> None:
    assert source_reporter("Егор Ковальчук") == "governor"
    (report,) = parse(
        "Над Брянской областью ночью уничтожены три БПЛА.", DAY, source="Егор Ковальчук"
    )
    assert report.reporter == "governor"
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-BRY", 3)]


def test_news_quoting_him_quote_the_governor() -> None:
    text = "Над Брянской областью сбиты 11 беспилотников, сообщил Егор Ковальчук."
    assert [r.reporter for r in parse(text, DAY)] == ["governor"]
    text = "Yegor Kovalchuk said 11 drones were shot down over the Bryansk region overnight."
    assert [r.reporter for r in parse(text, DAY)] == ["governor"]


def test_the_surname_alone_is_nobody_in_particular() -> None:
    assert source_reporter("Иван Ковальчук") is None

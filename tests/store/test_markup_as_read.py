"""A feed's or a news site's HTML is read as a browser lays it out (``store.importers._markup``):
a table's cells apart, a heading its own line, a footnote's raised digit no part of the figure, a
struck-out figure struck. Each had been joined into one word by ``text_content``: a table's rows
and a heading's place lost without a word, "5<sup>1</sup>" read as 51. Texts written for this
project."""

from __future__ import annotations

import json
from datetime import date

from parsing import parse
from store.importers import read_file
from store.sync import pages, telegram


def _feed(body: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента</title>'
        "<link>https://s.example</link><item><title>Итоги ночи</title>"
        "<link>https://s.example/7</link><guid>7</guid>"
        "<pubDate>Sat, 12 Sep 2026 08:00:00 +0300</pubDate>"
        f"<description><![CDATA[{body}]]></description></item></channel></rss>"
    ).encode()


def _feed_text(body: str) -> str:
    (item,), _prepared = read_file("news.rss", _feed(body))
    return item.text


TABLE = (
    "<p>Ночью сбиты беспилотники:</p><table><tr><th>Регион</th><th>Сбито</th></tr>"
    "<tr><td>Смоленская область</td><td>4</td></tr>"
    "<tr><td>Тульская область</td><td>2</td></tr></table>"
)


def test_a_tables_rows_are_read_as_rows_with_their_cells_apart() -> None:
    text = _feed_text(TABLE)
    assert text == (
        "Итоги ночи\n\nНочью сбиты беспилотники:\n| Регион | Сбито | \n"
        "| Смоленская область | 4 | \n| Тульская область | 2 |"
    )
    claims = sorted((c.area_id, c.count) for r in parse(text, date(2026, 9, 12)) for c in r.claims)
    assert claims == [("RU-SMO", 4), ("RU-TUL", 2)]


def test_a_heading_is_a_line_of_its_own() -> None:
    text = _feed_text("<h2>Над Смоленской областью</h2><p>ночью сбиты 4 БПЛА.</p>")
    assert text == "Итоги ночи\n\nНад Смоленской областью\nночью сбиты 4 БПЛА."


def test_raised_and_lowered_digits_are_written_as_such() -> None:
    text = _feed_text("<p>Ночью сбиты 4<sup>1</sup> БПЛА, H<sub>2</sub>O.</p>")
    assert text == "Итоги ночи\n\nНочью сбиты 4¹ БПЛА, H₂O."


def test_a_struck_out_figure_is_struck_as_the_telegram_importer_strikes_it() -> None:
    assert _feed_text("<p>Ночью сбиты <s>4</s> <del>5 </del>6 БПЛА.</p>") == (
        "Итоги ночи\n\nНочью сбиты ~~4~~ ~~5~~ 6 БПЛА."
    )


def test_a_site_s_article_is_read_the_same_way() -> None:
    page = (
        "<html><body><article><h1>Итоги ночи</h1><h3>Над Тульской областью</h3>"
        f"<p>сбиты 2<sup>*</sup> БПЛА.</p>{TABLE}</article></body></html>"
    ).encode()
    article, why = pages.read_article(page, "https://s.example/news/7")
    assert why == ""
    assert article is not None
    assert article.text == (
        "Итоги ночи\nНад Тульской областью\nсбиты 2* БПЛА.\nНочью сбиты беспилотники:\n"
        "| Регион | Сбито |\n| Смоленская область | 4 |\n| Тульская область | 2 |"
    )


def test_a_figure_glued_by_markup_to_both_its_words_stands_apart() -> None:
    # (read as one word "сбиты4беспилотника": the figure had been lost without a word)
    text = _feed_text("<p>Над Смоленской областью сбиты<b>4</b>беспилотника, <i>1</i>2 БПЛА.</p>")
    assert text == "Итоги ночи\n\nНад Смоленской областью сбиты 4 беспилотника, 12 БПЛА."


def test_a_telegram_entity_of_a_figure_glued_to_its_words_stands_apart() -> None:
    message = {
        "id": 3,
        "type": "message",
        "date": "2026-09-12T07:00:00",
        "date_unixtime": "1757649600",
        "text": [
            "Над Смоленской областью сбиты",
            {"type": "bold", "text": "4"},
            "беспилотника, ",
            {"type": "bold", "text": "1"},
            "2 БПЛА.",
        ],
    }
    chat = {"name": "Канал", "type": "public_channel", "id": 9, "messages": [message]}
    (item,), _prepared = read_file("result.json", json.dumps(chat).encode())
    assert item.text == "Над Смоленской областью сбиты 4 беспилотника, 12 БПЛА."


def _preview_text(inner: str) -> str:
    """The text the sync reads of a channel's preview page holding one post of ``inner``."""
    page = (
        '<html><head><meta charset="utf-8"></head><body>'
        '<div class="tgme_widget_message" data-post="lipetsk_gov/41">'
        f'<div class="tgme_widget_message_text">{inner}</div>'
        '<a class="tgme_widget_message_date"><time datetime="2026-09-12T07:00:00+03:00">07:00'
        "</time></a></div></body></html>"
    ).encode()
    (post,) = telegram.parse_page(page, "lipetsk_gov").posts
    return post.text


def test_the_syncs_preview_sets_a_glued_figure_apart_as_the_importers_do() -> None:
    # (the preview's bold figure was read as "перехвачены7дронов": the figure lost without a word)
    inner = "Ночью над Липецкой областью перехвачены<b>7</b>дронов, ещё<i>2</i><br>над Ельцом."
    text = _preview_text(inner)
    assert text == "Ночью над Липецкой областью перехвачены 7 дронов, ещё 2\nнад Ельцом."
    assert text == _feed_text(f"<p>{inner}</p>").removeprefix("Итоги ночи\n\n")
    assert 7 in [c.count for r in parse(text, date(2026, 9, 12)) for c in r.claims]


def test_the_syncs_preview_keeps_a_figure_s_digits_together() -> None:
    # "1" and a bold "500" are one number, a figure after a digit no word of its own
    assert (
        _preview_text("Сбиты 1<b>500</b> БПЛА и <b>3</b>0 дронов") == "Сбиты 1500 БПЛА и 30 дронов"
    )

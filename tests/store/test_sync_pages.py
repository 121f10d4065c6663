"""``kind = "html"`` sources: a news list page and its item pages, served by a local server."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from sqlalchemy import select

from settings import MSK
from store import Store, review, schema
from store.sync import Client, Source, pages, registry, run_pass
from testkit.sync_site import Scripted, Site

LIST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Новости | Правительство области</title>
<meta property="og:site_name" content="Правительство Энской области"></head>
<body>
<nav><a href="/">Главная</a> <a href="/news/">Новости</a> <a href="/contacts">Контакты</a></nav>
<main><ul class="news-list">
<li><a href="/news/101">Ночью над областью сбиты беспилотники</a> <span class="date">12.09.2025</span></li>
<li><a href="/news/102#comments">Заявление губернатора</a></li>
<li><a href="103">Оперативная информация</a></li>
<li><a href="/news/104">Сломанная страница</a></li>
<li><a href="/news/105">Удалённая новость</a></li>
<li><a href="/news/101">Ночью над областью сбиты беспилотники (ещё раз)</a></li>
<li><a href="https://elsewhere.example/news/9">Чужой сайт</a></li>
<li><a href="javascript:alert(1)">Скрипт</a></li>
<li><a href="mailto:press@region.example">Пресс-служба</a></li>
</ul>
<a href="/news/?page=2">Дальше</a></main>
<footer><a href="/about">О сайте</a></footer>
</body></html>
"""

ARTICLE_101 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ночью над областью сбиты беспилотники</title>
<meta property="article:published_time" content="2025-09-12T07:30:00+03:00"></head>
<body><header><a href="/">Правительство</a> меню сайта RU-BRY 99</header>
<article><h1>Ночью над областью сбиты беспилотники</h1>
<p>@governor night=2025-09-12</p><p>RU-KLU 3</p></article>
<footer>Все права защищены 2025</footer></body></html>
"""

# hostile: scripts, an event handler, an image that would run code, markup written as text
ARTICLE_102 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><script>document.title = "pwned"</script></head>
<body><main><div class="news-date">12 сентября 2025, 09:15</div>
<h1 onclick="alert(1)">Заявление губернатора</h1>
<div class="text"><script>alert("inside")</script><style>p {display:none}</style>
<p>@governor night=2025-09-12<img src="x" onerror="alert(2)"></p>
<p>RU-BRY 2</p><p>&lt;script&gt;это текст&lt;/script&gt;</p></div></main></body></html>
"""

# no date anywhere, and the text names no night: stored, its claim held for review
ARTICLE_103 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body><article><h1>Оперативная информация</h1><p>@governor</p><p>RU-ORL 4</p></article>
</body></html>
"""

# cut off in the middle: never read as an article
ARTICLE_104 = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body><article><h1>Сломанная страница</h1><p>@governor night=2025-09-12</p><p>RU-KLU 7"""


def region(site: Site) -> Source:
    site.pages["/news/"] = LIST.encode("utf-8")
    site.pages["/news/101"] = ARTICLE_101.encode("utf-8")
    site.pages["/news/102"] = ARTICLE_102.encode("utf-8")
    site.pages["/news/103"] = ARTICLE_103.encode("utf-8")
    site.pages["/news/104"] = ARTICLE_104.encode("utf-8")
    # /news/105 is not served: a 404
    return Source(name="region", kind="html", reporter="governor", url=f"{site.base}/news/")


def stored(store: Store) -> list[tuple[str, str, datetime | None, str]]:
    """(message id, channel, published, text) of every stored report, by message id."""
    r = schema.reports
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.c.message_id, r.c.channel, r.c.published_at, r.c.text)).all()
    return sorted((m, c, p.replace(tzinfo=MSK) if p else None, t) for m, c, p, t in rows)


def test_a_list_page_gives_the_item_links_on_its_host_in_page_order(site: Site) -> None:
    listing = pages.read_list(LIST.encode("utf-8"), "https://region.example/news/")
    assert listing == pages.ListPage(
        site="Правительство Энской области",
        links=(
            "https://region.example/news/101",
            "https://region.example/news/102",
            "https://region.example/news/103",
            "https://region.example/news/104",
            "https://region.example/news/105",
        ),
    )
    # another prefix: the links under it only
    other = pages.read_list(LIST.encode("utf-8"), "https://region.example/news/", "/contacts")
    assert other.links == ("https://region.example/contacts",)


def test_a_link_that_is_no_address_is_skipped_and_the_others_kept() -> None:
    page = (
        b'<html><body><a href="http://[::1/news/7">broken host</a>'
        b'<a href="/news/8">fine</a></body></html>'
    )
    listing = pages.read_list(page, "https://region.example/news/")
    assert listing.links == ("https://region.example/news/8",)


def test_an_article_is_read_from_its_tree_without_scripts_or_page_furniture() -> None:
    article, why = pages.read_article(ARTICLE_102.encode("utf-8"), "https://r.example/news/102")
    assert why == ""
    assert article == pages.Article(
        url="https://r.example/news/102",
        text=(
            "12 сентября 2025, 09:15\nЗаявление губернатора\n"
            "@governor night=2025-09-12\nRU-BRY 2\n<script>это текст</script>"
        ),
        published=datetime(2025, 9, 12, 9, 15, tzinfo=MSK),
        title="Заявление губернатора",
    )
    assert pages.read_article(ARTICLE_104.encode("utf-8"), "https://r.example/news/104") == (
        None,
        "the page ended early (no closing </body> or </html>)",
    )
    assert pages.read_article(b"<html><body><nav>menu</nav></body></html>", "u") == (
        None,
        "no article text in the page",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Опубликовано 12.09.2025 в 07:05", datetime(2025, 9, 12, 7, 5, tzinfo=MSK)),
        ("3 октября 2025", datetime(2025, 10, 3, 12, 0, tzinfo=MSK)),
        ("31.02.2025", None),
        ("вчера", None),
    ],
)
def test_a_date_written_in_the_page_is_read_in_moscow_time(
    text: str, expected: datetime | None
) -> None:
    assert pages.written_date(text) == expected


def test_a_pass_imports_the_readable_items_and_notes_the_rest(site: Site, store: Store) -> None:
    source = region(site)
    [result] = run_pass(store, [source])
    assert (result.ok, result.pages, result.seen, result.added, result.claims) == (
        True,
        6,
        3,
        3,
        2,
    )
    assert result.notes == (
        f"skipped {site.base}/news/104: the page ended early (no closing </body> or </html>)",
        f"skipped {site.base}/news/105: HTTP 404 Not Found",
    )
    site_name = "Правительство Энской области"
    assert stored(store) == [
        (
            f"{site.base}/news/101",
            site_name,
            datetime(2025, 9, 12, 7, 30, tzinfo=MSK),
            "Ночью над областью сбиты беспилотники\n@governor night=2025-09-12\nRU-KLU 3",
        ),
        (
            f"{site.base}/news/102",
            site_name,
            datetime(2025, 9, 12, 9, 15, tzinfo=MSK),
            "12 сентября 2025, 09:15\nЗаявление губернатора\n"
            "@governor night=2025-09-12\nRU-BRY 2\n<script>это текст</script>",
        ),
        (
            f"{site.base}/news/103",
            site_name,
            None,
            "Оперативная информация\n@governor\nRU-ORL 4",
        ),
    ]
    claims = store.claims().sort_values("area_id")
    assert claims[["area_id", "count", "source_kind"]].values.tolist() == [
        ["RU-BRY", 2, "html"],
        ["RU-KLU", 3, "html"],
    ]
    held = review.queue(store)
    assert held[["reason", "url"]].values.tolist() == [["undated", f"{site.base}/news/103"]]
    r = schema.reports
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(r.c.channel_id)).scalars())
    assert keys == {site.base.removeprefix("http://")}  # the site's host


def test_a_second_pass_reads_only_the_list_and_the_items_it_could_not_read(
    site: Site, store: Store
) -> None:
    source = region(site)
    run_pass(store, [source])
    version = store.data_version()
    site.requests.clear()
    site.pages["/news/104"] = ARTICLE_104.encode("utf-8") + b"</p></article></body></html>"
    [result] = run_pass(store, [source])
    assert (result.ok, result.added, result.claims) == (True, 1, 1)
    assert [path for path, _ in site.requests] == ["/news/", "/news/104", "/news/105"]
    assert store.data_version() != version
    [again] = run_pass(store, [source])
    assert (again.added, again.pages) == (0, 2)  # the list, and the 404 tried once more


def test_the_page_cap_leaves_items_for_the_next_pass(
    site: Site, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = region(site)
    monkeypatch.setenv("ATLAS_SYNC_MAX_PAGES", "3")
    [result] = run_pass(store, [source])
    assert (result.pages, result.added) == (3, 2)
    assert result.notes == ("the page cap (3) left 3 item(s) for the next pass",)
    [result] = run_pass(store, [source])
    assert (result.pages, result.added) == (3, 1)  # 103 read; 104 cut off and skipped
    assert [m for m, *_ in stored(store)] == [f"{site.base}/news/{n}" for n in (101, 102, 103)]


def test_a_busy_item_page_is_retried_after_its_retry_after_then_fails_the_whole_pass(
    site: Site, store: Store
) -> None:
    source = region(site)
    site.script("/news/102", Scripted(429, {"Retry-After": "5"}))
    client = Client.from_settings()
    waits: list[float] = []
    client.sleep = waits.append
    [result] = run_pass(store, [source], client=client)
    assert (result.ok, result.added, waits) == (True, 3, [5.0])
    site.pages["/news/106"] = ARTICLE_103.replace("RU-ORL 4", "RU-ORL 5").encode("utf-8")
    site.pages["/news/"] = LIST.replace("</ul>", '<li><a href="/news/106">6</a></li></ul>').encode()
    site.script("/news/106", Scripted(503), Scripted(503))
    [failed] = run_pass(store, [source], client=client)
    assert failed.error == f"{site.base}/news/106: HTTP 503 (gave up after 2 tries)"
    assert len(stored(store)) == 3  # nothing of the failed pass
    with store.engine.connect() as conn:
        row_error = conn.execute(select(schema.sources.c.last_error)).scalar()
    assert row_error == failed.error


def test_the_registry_reads_an_html_source_and_checks_its_keys() -> None:
    [source] = registry.parse(
        '[[source]]\nkind = "html"\nurl = "https://gov.example/press/news/"\n'
        'reporter = "governor"\nregion = "RU-KLU"\nlinks = "/press/news/item"\n'
    )
    assert (source.kind, source.url, source.links, source.key, source.name) == (
        "html",
        "https://gov.example/press/news/",
        "/press/news/item",
        "gov.example",
        "https://gov.example/press/news/",
    )
    with pytest.raises(registry.RegistryError) as error:
        registry.parse(
            '[[source]]\nkind = "html"\nreporter = "media"\n\n'
            '[[source]]\nkind = "rss"\nurl = "https://w.example/f"\nreporter = "media"\n'
            'links = "/a"\n'
        )
    assert str(error.value) == (
        "sources.toml: source #1: an html source needs 'url', an http(s) address (got None); "
        "source #2: 'links' is '/a': only an html source has it, a path starting with /"
    )


def test_a_long_item_address_is_stored_under_its_hash() -> None:
    short = "https://gov.example/news/1"
    long = "https://gov.example/news/" + "x" * 60
    assert pages.message_id(short) == short
    assert pages.message_id(long) == "sha256:" + hashlib.sha256(long.encode()).hexdigest()[:57]
    assert len(pages.message_id(long)) == 64


def test_the_article_s_own_date_wins_over_a_list_of_other_news_before_it() -> None:
    page = (
        "<html><body><div class='sidebar'><span class='news-date'>01.08.2025</span>"
        "<time datetime='2025-08-01T10:00:00+03:00'>1 August</time></div>"
        "<article><h1>Итоги ночи</h1><time datetime='2025-09-12T08:10:00+03:00'>8:10</time>"
        "<p>@governor night=2025-09-12</p><p>RU-KLU 3</p></article></body></html>"
    )
    article, _ = pages.read_article(page.encode("utf-8"), "https://r.example/news/7")
    assert article is not None
    assert article.published == datetime(2025, 9, 12, 8, 10, tzinfo=MSK)
    assert article.text == "Итоги ночи\n8:10\n@governor night=2025-09-12\nRU-KLU 3"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><meta charset='windows-1251'></head><body><article><h1>Итоги ночи</h1>"
        "<p>RU-KLU 3</p></article></body></html>".encode("cp1251"),
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><article><h1>Итоги ночи</h1><p>RU-KLU 3</p></article></body></html>".encode(),
    ],
    ids=["windows-1251", "xhtml"],
)
def test_a_page_in_another_encoding_or_with_an_xml_declaration_is_read(page: bytes) -> None:
    article, why = pages.read_article(page, "https://r.example/news/8")
    assert (article.text if article else why) == "Итоги ночи\nRU-KLU 3"


def test_a_source_named_by_an_address_too_long_to_store_asks_for_a_name() -> None:
    url = "https://gov.example/" + "press/" * 20
    with pytest.raises(registry.RegistryError) as error:
        registry.parse(f'[[source]]\nkind = "html"\nurl = "{url}"\nreporter = "governor"\n')
    assert str(error.value) == (
        f"sources.toml: source #1: its name {url[:40]!r}... is over 128 characters: "
        "give it a shorter 'name'"
    )
    [named] = registry.parse(
        f'[[source]]\nkind = "html"\nurl = "{url}"\nreporter = "governor"\nname = "press"\n'
    )
    assert (named.name, named.url) == ("press", url)

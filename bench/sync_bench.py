"""Measure live sources: a backfill of a channel from a local stand-in of the Telegram
preview, then an incremental pass with nothing new. Prints figures; never asserts.

    .venv/bin/python bench/sync_bench.py [--posts 2000]

1. Backfill: ``--posts`` governor and ministry posts (Russian, in the real shapes), one
   every two hours, served 20 to a page by a local HTTP server in a thread
   (``testkit/sync_site.py``, blocks naming the channel's numeric id as the real ones do); ``sync_source(..., since=...)`` is repeated until the
   backfill is done (each chunk of ``ATLAS_SYNC_MAX_PAGES`` pages is one transaction).
   Fetching, lxml parsing of the pages, the real parser and the writes are all included;
   no delay between requests (``ATLAS_SYNC_DELAY=0``), so the figure is the Atlas's own.
2. The preview pages alone: ``telegram.parse_page`` over every page, to show its share.
3. Incremental: one more pass with nothing new (it re-reads the 48 hours before the
   newest post: 24 posts, two pages).
   The machine's load shows in the wall time: the CPU time is printed beside it.
4. A news list page (``kind = "html"``) of 20 articles on the same server: the first
   pass (list, 20 article pages, parser, writes), then a pass with nothing new (the list
   page only).
5. Memory: the process's peak resident size (``ru_maxrss``) after the parser is loaded
   and after the backfill.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from settings import MSK
from store import open_store
from store.sync import Source, sync_source, telegram
from store.sync.http import Client
from testkit.sync_site import PAGE_SIZE, Message, Site

START = datetime(2025, 1, 1, 1, 0, tzinfo=MSK)
PLACES = [
    ("Брянской", "Погарском"),
    ("Курской", "Рыльском"),
    ("Калужской", "Кировском"),
    ("Белгородской", "Шебекинском"),
    ("Воронежской", "Лискинском"),
    ("Орловской", "Ливенском"),
]
GEN = ["Брянской", "Курской", "Калужской", "Белгородской", "Воронежской", "Орловской"]


def post_text(rng: random.Random, number: int) -> str:
    """A governor's post or a ministry statement, in the shapes the parser reads."""
    if number % 4 == 0:
        rows = rng.sample(GEN, 3)
        counts = [rng.randint(1, 20) for _ in rows]
        listed = ", ".join(
            f"{n} – над территорией {r} области" for n, r in zip(counts, rows, strict=True)
        )
        return (
            f"В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены "
            f"{sum(counts)} украинских беспилотных летательных аппаратов: {listed}."
        )
    region, district = rng.choice(PLACES)
    return (
        f"Этой ночью над {region} областью уничтожено {rng.randint(1, 15)} беспилотников.\n"
        f"Обломки упали в {district} районе, пострадавших нет. Сообщение {number}."
    )


ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Новость {number}</title>
<meta property="article:published_time" content="{when}"></head>
<body><header><nav><a href="/">Главная</a></nav></header>
<article><h1>Оперативная информация</h1><p>{text}</p></article>
<footer>Правительство области</footer></body></html>
"""


def news_site(site: Site, rng: random.Random) -> Source:
    """A regional government's news list of 20 articles on the stand-in server."""
    links = []
    for number in range(1, 21):
        when = (START + timedelta(hours=3 * number)).isoformat()
        body = ARTICLE.format(number=number, when=when, text=post_text(rng, number))
        site.pages[f"/news/{number}"] = body.encode("utf-8")
        links.append(f'<li><a href="/news/{number}">Новость {number}</a></li>')
    site.pages["/news/"] = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Новости</title></head>"
        f"<body><nav><a href='/'>Главная</a></nav><ul>{''.join(links)}</ul></body></html>"
    ).encode()
    return Source(name="news", kind="html", reporter="governor", url=f"{site.base}/news/")


def rss_mb() -> float:
    """The process's peak resident size so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(11)
    site = Site().start()
    channel = site.channel("bench_gov", "Губернатор (бенчмарк)", peer_id=1000000001)
    for number in range(1, args.posts + 1):
        channel.add(
            Message(number, START + timedelta(hours=2 * (number - 1)), post_text(rng, number))
        )
    folder = Path(tempfile.mkdtemp(prefix="atlas-sync-bench-"))
    os.environ.update(
        {
            "ATLAS_TELEGRAM_BASE": site.base,
            "ATLAS_SYNC_DELAY": "0",
            "ATLAS_DATA_DIR": str(folder),
        }
    )
    source = Source(
        name="bench_gov",
        kind="telegram",
        reporter="governor",
        channel="bench_gov",
        region="RU-KLU",
        language="ru",
    )
    store = open_store(f"sqlite:///{folder / 'atlas.sqlite'}")
    store.ingest_text(
        "Над Калужской областью уничтожен 1 беспилотник.", channel="warm-up"
    )  # load the parser
    before = rss_mb()

    client = Client.from_settings()
    started, cpu = time.perf_counter(), time.process_time()
    passes = pages = added = claims = 0
    while True:
        result = sync_source(store, source, since=date(2025, 1, 1), client=client)
        if result.error:
            raise SystemExit(f"backfill failed: {result.error}")
        passes, pages = passes + 1, pages + result.pages
        added, claims = added + result.added, claims + result.claims
        if not result.more:
            break
    backfill, cpu = time.perf_counter() - started, time.process_time() - cpu
    requests = client.requests
    after = rss_mb()

    bodies = [
        site.page("bench_gov", before_id)
        for before_id in [None, *range(args.posts - PAGE_SIZE + 1, 1, -PAGE_SIZE)]
    ]
    started = time.perf_counter()
    parsed = sum(len(telegram.parse_page(body, "bench_gov").posts) for body in bodies)
    html_s = time.perf_counter() - started

    started = time.perf_counter()
    again = sync_source(store, source, client=client)
    incremental = time.perf_counter() - started

    news = news_site(site, rng)
    started = time.perf_counter()
    first_news = sync_source(store, news, client=client)
    news_first = time.perf_counter() - started
    started = time.perf_counter()
    again_news = sync_source(store, news, client=client)
    news_again = time.perf_counter() - started
    store.close()
    site.stop()

    print(
        f"backfill: {added:,} posts ({claims:,} claims) in {backfill:.1f} s = "
        f"{added / backfill:,.0f} posts/s ({cpu:.1f} s of CPU in this process, server thread "
        f"included); {pages} pages in {passes} passes (transactions), {requests} requests"
    )
    print(
        f"preview pages alone (lxml): {parsed:,} posts from {len(bodies)} pages in {html_s:.2f} s = "
        f"{parsed / html_s:,.0f} posts/s"
    )
    print(
        f"incremental pass, nothing new: {incremental * 1000:.0f} ms "
        f"({again.pages} pages re-read, {again.seen} posts compared, {again.added} added)"
    )
    print(
        f"news list (html): first pass {first_news.added} articles ({first_news.claims} claims, "
        f"{first_news.pages} pages) in {news_first * 1000:.0f} ms; a pass with nothing new "
        f"{news_again * 1000:.0f} ms ({again_news.pages} page read, {again_news.added} added)"
    )
    print(
        f"memory: peak RSS {before:.0f} MB with the parser loaded, {after:.0f} MB after the backfill"
    )


if __name__ == "__main__":
    main()

"""Generate a realistic three-year Atlas database, deterministic from a seed.

June 2023 – November 2026: about 3,000 ministry statements (the formats of each year,
several windows a day, nights without a statement), 40,000 posts of governors' and the
Moscow mayor's channels over 25 regions (district lists, second posts, air-raid notices
that are not reports, texts the parser cannot finish and sends to review) and 5,000
English wire retellings (some with other numbers than the statement they retell). The
texts are written from templates here (never copied from real reports) and imported the
way a user imports them: Telegram Desktop exports and an RSS feed through
``Store.ingest_paths``, the real parser included.

    .venv/bin/python bench/generate_db.py [--seed 7] [--out bench/results/three-years.sqlite]
    .venv/bin/python bench/generate_db.py --db postgresql+psycopg://...   # any store URL

Prints the import time, the counts (texts, claims, review items, retellings) and the
database size. ``ensure_database`` is what the other benches call: it reuses a database
already generated with the same seed and generator version.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from settings import MSK  # noqa: E402

#: Bump when the generated texts change: a database of another version is rebuilt.
GENERATOR_VERSION = "1"
RESULTS = ROOT / "bench" / "results"
FIRST_NIGHT = date(2023, 6, 1)
LAST_NIGHT = date(2026, 11, 30)
MINISTRY_CHANNEL = "Минобороны России (генератор)"
MAYOR_CHANNEL = "Мэр Москвы (генератор)"
WIRE_TITLE = "Generated Wire"
WIRE_LINK = "https://wire.example.org/"


@dataclass(frozen=True, slots=True)
class Region:
    """One of the 25 regions: its id, the Russian case forms reports use, how busy it is."""

    id: str
    gen: str  # "Брянской области": над территорией ...
    ins: str  # "Брянской областью": над ...
    loc: str  # "Брянской области": в ...
    en: str  # "Bryansk Region"
    activity: float  # chance of a governor's post on a night with attacks


def _oblast(area_id: str, stem: str, en: str, activity: float) -> Region:
    return Region(
        area_id,
        f"{stem}ой области",
        f"{stem}ой областью",
        f"{stem}ой области",
        f"{en} Region",
        activity,
    )


REGIONS: tuple[Region, ...] = (
    _oblast("RU-BRY", "Брянск", "Bryansk", 0.95),
    _oblast("RU-KRS", "Курск", "Kursk", 0.95),
    _oblast("RU-BEL", "Белгородск", "Belgorod", 0.95),
    _oblast("RU-VOR", "Воронежск", "Voronezh", 0.8),
    _oblast("RU-ROS", "Ростовск", "Rostov", 0.8),
    _oblast("RU-KLU", "Калужск", "Kaluga", 0.7),
    _oblast("RU-ORL", "Орловск", "Oryol", 0.7),
    _oblast("RU-TUL", "Тульск", "Tula", 0.6),
    _oblast("RU-SMO", "Смоленск", "Smolensk", 0.6),
    _oblast("RU-LIP", "Липецк", "Lipetsk", 0.55),
    _oblast("RU-TAM", "Тамбовск", "Tambov", 0.45),
    _oblast("RU-RYA", "Рязанск", "Ryazan", 0.5),
    _oblast("RU-MOS", "Московск", "Moscow", 0.5),
    _oblast("RU-VLA", "Владимирск", "Vladimir", 0.35),
    _oblast("RU-YAR", "Ярославск", "Yaroslavl", 0.35),
    _oblast("RU-TVE", "Тверск", "Tver", 0.45),
    _oblast("RU-NIZ", "Нижегородск", "Nizhny Novgorod", 0.35),
    _oblast("RU-SAR", "Саратовск", "Saratov", 0.4),
    _oblast("RU-VGG", "Волгоградск", "Volgograd", 0.45),
    _oblast("RU-PSK", "Псковск", "Pskov", 0.3),
    _oblast("RU-LEN", "Ленинградск", "Leningrad", 0.35),
    _oblast("RU-NGR", "Новгородск", "Novgorod", 0.3),
    _oblast("RU-PNZ", "Пензенск", "Penza", 0.3),
    Region(
        "RU-KDA",
        "Краснодарского края",
        "Краснодарским краем",
        "Краснодарском крае",
        "Krasnodar Region",
        0.6,
    ),
)
MOSCOW = "RU-MOW"
SEAS = (("SEA-BLACK", "Черного моря", "Black Sea"), ("SEA-AZOV", "Азовского моря", "Azov Sea"))
#: Names the gazetteer does not know: a post naming one goes to review.
UNKNOWN_PLACES = ("Приозёрным", "Заречно-Лесным", "Верхнекаменским", "Сосновоборским")
MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WORDS = {
    1: "один",
    2: "два",
    3: "три",
    4: "четыре",
    5: "пять",
    6: "шесть",
    7: "семь",
    8: "восемь",
    9: "девять",
    10: "десять",
}
#: Tails that tell apart a channel's posts of the same wording.
TAILS = (
    "",
    " Подробности позже.",
    " Информация уточняется.",
    " Специалисты работают на месте.",
    " Следите за официальными сообщениями.",
    " Берегите себя.",
    " Оперативные службы на месте.",
    " Просьба сохранять спокойствие.",
)
EN_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
}


def drones(n: int) -> str:
    """Return "N беспилотник(а/ов)" with the noun in the case the number asks for."""
    if n % 10 == 1 and n % 100 != 11:
        noun = "беспилотник"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        noun = "беспилотника"
    else:
        noun = "беспилотников"
    return f"{n} {noun}"


def en_number(n: int) -> str:
    return EN_WORDS.get(n, str(n))


# --- the districts each governor names ------------------------------------------------------


def _locative(name: str) -> str | None:
    """Return the adjective of a district name in the locative ("Погарском"), or None."""
    stem = name.removesuffix(" район").removesuffix(" муниципальный округ")
    if stem == name or " " in stem or "-" in stem:
        return None
    for ending, replacement in (("ский", "ском"), ("цкий", "цком"), ("ной", "ном"), ("ный", "ном")):
        if stem.endswith(ending):
            return stem[: -len(ending)] + replacement
    return None


def district_names(seed: int) -> dict[str, list[str]]:
    """Return up to ten district adjectives per region (locative), read from the pack and
    kept only where the parser resolves them (so the generated posts parse)."""
    import pandas as pd

    import settings
    from parsing import parse

    frame = pd.read_parquet(
        settings.get().pack_dir / "districts.parquet", columns=["id", "region_id", "name_ru"]
    )
    rng = random.Random(seed)
    out: dict[str, list[str]] = {}
    for region in REGIONS:
        rows = frame[frame["region_id"] == region.id].sort_values("id")
        names = [loc for loc in map(_locative, rows["name_ru"]) if loc]
        rng.shuffle(names)
        kept = []
        for loc in names:
            text = f"Над {region.ins} уничтожено 2 БПЛА. Обломки упали в {loc} районе."
            found = parse(text, date(2025, 1, 1), source=f"Губернатор {region.gen}")
            if any(c.district_id for r in found for c in r.claims):
                kept.append(loc)
            if len(kept) == 10:
                break
        out[region.id] = kept
    return out


# --- texts ----------------------------------------------------------------------------------


def _date_words(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def _list_ru(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " и " + parts[-1]


def ministry_text(
    rng: random.Random, morning: date, rows: list[tuple[str, int]], window: str
) -> str:
    """A ministry statement in the format of its year (``rows``: genitive place, count)."""
    total = sum(n for _, n in rows)
    lede = {
        "night": "В течение прошедшей ночи",
        "evening": f"{_date_words(morning - timedelta(days=1))} в период с 20.00 до 23.00 мск",
        "late": f"В период с 23.00 мск {_date_words(morning - timedelta(days=1))} до 7.00 мск "
        f"{_date_words(morning)}",
        "day": f"{_date_words(morning)} в период с 8.00 до 14.00 мск",
    }[window]
    year = morning.year
    if year >= 2026 and rng.random() < 0.55:
        # a total and a flat list of regions, no per-region counts
        names = [g.split()[0] for g, _ in rows if g.endswith("области")]
        if len(names) >= 2:
            return (
                f"{lede} дежурными средствами ПВО над территориями {_list_ru(names)} областей "
                f"уничтожены {total} украинских БПЛА."
            )
    parts = []
    for place, n in rows:
        over = "над акваторией" if place.endswith("моря") else "над территорией"
        parts.append(f"{n} – {over} {place}")
    head = (
        f"{lede} дежурными средствами ПВО перехвачены и уничтожены {total} украинских "
        "беспилотных летательных аппаратов самолетного типа"
    )
    if year >= 2025 and rng.random() < 0.6:
        bullet = rng.choice(("▫️", "▪️", "–"))
        return head + ":\n" + ";\n".join(f"{bullet} {p}" for p in parts) + "."
    text = f"{head}: {_list_ru(parts)}."
    if year == 2023 and rng.random() < 0.5:
        text = (
            "Киевский режим предпринял попытку осуществления террористической атаки с "
            "применением беспилотников на объекты на территории Российской Федерации.\n" + text
        )
    return text


def governor_text(
    rng: random.Random, region: Region, count: int, districts: list[str], morning: date
) -> str:
    when = rng.choice(
        ("Этой ночью", "Ночью", "В течение ночи", f"В ночь на {_date_words(morning)}")
    )
    verb = rng.choice(("силами ПВО уничтожено", "средствами ПВО сбито", "уничтожено"))
    text = f"{when} над {region.ins} {verb} {count} БПЛА."
    if districts:
        kind = "округах" if morning.year >= 2025 and rng.random() < 0.3 else "районах"
        if len(districts) == 1:
            kind = kind.removesuffix("ах") + "е"  # в Погарском районе / округе
        text += f" Беспилотники сбиты в {_list_ru(districts)} {kind}."
    text += " " + rng.choice(
        (
            "Пострадавших нет.",
            "Пострадавших и разрушений нет.",
            "Повреждены кровля частного дома и два автомобиля, пострадавших нет.",
            "Выбиты окна в нескольких домах. Оперативные службы работают на месте.",
            "Ранен один человек, ему оказана помощь.",
        )
    )
    return text


def follow_up_text(rng: random.Random, region: Region, count: int, district: str) -> str:
    return f"Дополнительно над {district} районом уничтожены {drones(count)}. " + rng.choice(
        ("Пострадавших нет.", "Информация о последствиях уточняется.")
    )


def notice_text(rng: random.Random, *, alert: bool) -> str:
    """A post that is no report of a shoot-down (the parser must find nothing)."""
    if alert:
        return rng.choice(
            (
                "Внимание! На территории области объявлена беспилотная опасность. Оставайтесь в укрытиях.",
                "Мобильная связь может работать с ограничениями в ночное время. Это мера безопасности.",
                "Объявлен режим беспилотной опасности. Не подходите к окнам.",
            )
        )
    return rng.choice(
        (
            "Отбой беспилотной опасности. Спасибо всем за выдержку.",
            "Провёл совещание по подготовке к отопительному сезону. Все службы готовы.",
            "Сегодня открыли после ремонта новую школу на 800 мест.",
        )
    )


def review_text(rng: random.Random, region: Region, count: int) -> str:
    """A post the parser cannot finish: an unknown place or a count with no area."""
    if rng.random() < 0.5:
        return (
            f"Ночью над {rng.choice(UNKNOWN_PLACES)} районом уничтожены {drones(count)}. "
            "Пострадавших нет."
        )
    return f"Ночью ПВО сбили {count} БПЛА. Подробности уточняются."


def mayor_text(moment: datetime, count: int) -> str:
    if count <= 4 and count in WORDS:
        word = WORDS[count]
        noun = "беспилотник, летевший" if count == 1 else "беспилотника, летевших"
        return f"{moment:%H:%M}. ПВО Минобороны сбили {word} {noun} на Москву."
    return (
        f"{moment:%H:%M}. Силы ПВО Минобороны отразили атаку {drones(count)}, летевших на Москву."
    )


def _en_date(day: date) -> str:
    return f"{EN_MONTHS[day.month - 1]} {day.day}"


def wire_ministry(
    rng: random.Random, rows: list[tuple[str, int]], total: int, morning: date
) -> tuple[str, str]:
    listed = [f"{en_number(n)} over the {name}" for name, n in rows[:3]]
    title = f"Russia says it downed {total} Ukrainian drones overnight"
    body = (
        f"Russia's Defence Ministry said air defences destroyed {total} drones in the night "
        f"to {_en_date(morning)}, "
        f"including {', '.join(listed[:-1]) + ' and ' + listed[-1] if len(listed) > 1 else listed[0]}."
    )
    return title, body


def wire_governor(rng: random.Random, region: Region, count: int, morning: date) -> tuple[str, str]:
    title = f"{region.en.split()[0]} governor says {count} drones shot down"
    body = (
        f"{en_number(count).capitalize()} drones were shot down in Russia's {region.en} "
        f"overnight; no one was hurt, the region's governor said on {_en_date(morning)}."
    )
    return title, body


# --- the three years ------------------------------------------------------------------------


@dataclass(slots=True)
class Archive:
    """What the generator writes: Telegram chats and wire entries."""

    chats: dict[str, list[dict[str, object]]]
    wire: list[tuple[datetime, str, str, str]]  # published, link, title, body


def _message(number: int, text: str, moment: datetime) -> dict[str, object]:
    return {
        "id": number,
        "type": "message",
        "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_unixtime": str(int(moment.timestamp())),
        "text": text,
    }


def _nights() -> Iterator[date]:
    day = FIRST_NIGHT
    while day <= LAST_NIGHT:
        yield day
        day += timedelta(days=1)


def _intensity(morning: date) -> float:
    """How busy the nights are: attacks grew from 2023 to 2026."""
    years = (morning - FIRST_NIGHT).days / 365
    return min(1.0, 0.6 + 0.15 * years)


def generate(seed: int) -> Archive:
    rng = random.Random(seed)
    districts = district_names(seed)
    channel = {r.id: f"Губернатор {r.gen} (генератор)" for r in REGIONS}
    chats: dict[str, list[dict[str, object]]] = {
        name: [] for name in [MINISTRY_CHANNEL, MAYOR_CHANNEL, *channel.values()]
    }
    wire: list[tuple[datetime, str, str, str]] = []
    number = 0

    used: set[tuple[str, str]] = set()

    def post(chat: str, text: str, moment: datetime) -> None:
        # A channel repeats itself ("Отбой ..."), but the store keeps one copy of a text
        # per channel: a repeated post gets a tail a real post could carry.
        nonlocal number
        for tail in TAILS:
            if (chat, text + tail) not in used:
                text += tail
                break
        else:
            text += f" (обновлено в {moment:%H:%M}, {moment.day} {MONTHS[moment.month - 1]})"
        used.add((chat, text))
        number += 1
        chats[chat].append(_message(number, text, moment))

    for morning in _nights():
        at = datetime(morning.year, morning.month, morning.day, tzinfo=MSK)
        busy = _intensity(morning)
        if rng.random() > 0.85 + 0.1 * busy:
            continue  # a quiet night: nobody reports anything
        attacked = [r for r in REGIONS if rng.random() < r.activity * busy]
        if not attacked:
            attacked = [REGIONS[0]]
        truth = {
            r.id: max(1, int(rng.expovariate(1 / (4 + 20 * busy * r.activity)))) for r in attacked
        }
        # the ministry: most nights, in one or two windows, sometimes a day window too
        if rng.random() < 0.97:
            windows = (
                ["night"]
                if morning.year == 2023
                else (["evening", "late"] if rng.random() < 0.9 else ["night"])
            )
            shares = {w: {} for w in windows}
            for region_id, n in truth.items():
                for w, part in zip(windows, _split(rng, n, len(windows)), strict=True):
                    if part:
                        shares[w][region_id] = part
            for w in windows:
                places = [
                    (next(r.gen for r in REGIONS if r.id == k), v) for k, v in shares[w].items()
                ]
                if rng.random() < 0.25:
                    sea_gen = rng.choice(SEAS)[1]
                    places.append((sea_gen, rng.randint(1, 12)))
                if not places:
                    continue
                published = at + (
                    timedelta(hours=-0.5)
                    if w == "evening"
                    else timedelta(hours=7, minutes=rng.randint(20, 90))
                )
                text = ministry_text(rng, morning, places, w)
                post(MINISTRY_CHANNEL, text, published)
                if rng.random() < 0.85:
                    english = [
                        (next(r.en for r in REGIONS if r.id == k), v) for k, v in shares[w].items()
                    ]
                    if english:
                        total = sum(v for _, v in places)
                        if rng.random() < 0.1:
                            total += rng.randint(1, 9)  # a retelling with another number
                        title, body = wire_ministry(rng, english, total, morning)
                        wire.append(
                            (
                                published + timedelta(minutes=rng.randint(15, 120)),
                                f"{WIRE_LINK}{morning:%Y/%m/%d}/mod-{number}",
                                title,
                                body,
                            )
                        )
            if rng.random() < 0.95 * busy:
                region = rng.choice(attacked)
                day_rows = [(region.gen, rng.randint(1, 6))]
                post(
                    MINISTRY_CHANNEL,
                    ministry_text(rng, morning, day_rows, "day"),
                    at + timedelta(hours=14, minutes=rng.randint(20, 50)),
                )
        # governors: their own count (above the ministry's now and then), districts named
        for region in attacked:
            if rng.random() > 0.95:
                continue  # a governor who said nothing that night
            count = truth[region.id]
            if rng.random() < 0.15:
                count += rng.randint(1, 8)
            moment = at + timedelta(hours=6, minutes=rng.randint(0, 200))
            if rng.random() < 0.02:
                post(channel[region.id], review_text(rng, region, count), moment)
                continue
            names = rng.sample(
                districts[region.id], min(len(districts[region.id]), rng.randint(3, 10))
            )
            post(channel[region.id], governor_text(rng, region, count, names, morning), moment)
            if rng.random() < 0.6 and districts[region.id]:
                post(
                    channel[region.id],
                    follow_up_text(
                        rng, region, rng.randint(1, 4), rng.choice(districts[region.id])
                    ),
                    moment + timedelta(minutes=rng.randint(30, 120)),
                )
            if rng.random() < 0.28:
                title, body = wire_governor(rng, region, count, morning)
                wire.append(
                    (
                        moment + timedelta(hours=1),
                        f"{WIRE_LINK}{morning:%Y/%m/%d}/gov-{number}",
                        title,
                        body,
                    )
                )
        # air-raid notices and the all-clear: posts that are no reports
        for region in attacked:
            if rng.random() < 0.7:
                post(
                    channel[region.id],
                    notice_text(rng, alert=True),
                    at - timedelta(hours=rng.randint(1, 4)),
                )
            if rng.random() < 0.35:
                post(
                    channel[region.id],
                    notice_text(rng, alert=False),
                    at + timedelta(hours=5, minutes=rng.randint(0, 59)),
                )
        # the Moscow mayor: one line per attack wave
        if rng.random() < 0.5 * busy:
            for _ in range(rng.randint(2, 14)):
                moment = at + timedelta(hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
                post(
                    MAYOR_CHANNEL,
                    mayor_text(moment, rng.randint(1, 6)),
                    moment + timedelta(minutes=1),
                )
    return Archive(chats, wire)


def _split(rng: random.Random, n: int, parts: int) -> list[int]:
    if parts == 1:
        return [n]
    first = rng.randint(0, n)
    return [first, n - first]


# --- files and import -----------------------------------------------------------------------


def write_files(archive: Archive, folder: Path) -> list[Path]:
    """Write the archive as a whole-account Telegram export and an RSS feed."""
    folder.mkdir(parents=True, exist_ok=True)
    export = folder / "result.json"
    document = {
        "about": "Generated for the Atlas benchmarks (invented texts).",
        "chats": {
            "about": "",
            "list": [
                {
                    "name": name,
                    "type": "public_channel",
                    "id": 7_000_000_000 + index,
                    "messages": messages,
                }
                for index, (name, messages) in enumerate(archive.chats.items(), 1)
            ],
        },
    }
    export.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    feed = folder / "wire.rss"
    items = "".join(
        f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{format_datetime(published)}</pubDate><description>{escape(body)}</description></item>\n"
        for published, link, title, body in sorted(archive.wire)
    )
    feed.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{WIRE_TITLE}</title><link>{WIRE_LINK}</link><description>Generated</description>\n"
        f"{items}</channel></rss>\n",
        encoding="utf-8",
    )
    return [export, feed]


def telegram_slice(seed: int, messages: int, path: Path) -> Path:
    """Write a whole-account export of the first ``messages`` posts of the archive (the
    import bench's file: every channel's posts in time order, as an export holds them)."""
    archive = generate(seed)
    flat = sorted(
        ((m["date"], name, m) for name, ms in archive.chats.items() for m in ms),
        key=lambda t: (str(t[0]), t[1]),
    )[:messages]
    kept: dict[str, list[dict[str, object]]] = {}
    for _, name, message in flat:
        kept.setdefault(name, []).append(message)
    write_files(Archive(kept, []), path.parent)
    (path.parent / "wire.rss").unlink()
    (path.parent / "result.json").rename(path)
    return path


def counts(url: str) -> dict[str, int]:
    """Return the numbers a generated database holds (texts, claims, review items ...)."""
    from sqlalchemy import func, select

    from store import schema
    from store.db import make_engine

    engine = make_engine(url)
    out = {}
    with engine.connect() as conn:
        for name, table in (
            ("texts", schema.reports),
            ("statements", schema.statements),
            ("claims", schema.claims),
            ("review items", schema.review),
            ("figure rows", schema.figures),
        ):
            out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        r, s = schema.reports, schema.statements
        for kind in ("telegram", "rss"):
            out[f"{kind} texts"] = int(
                conn.execute(
                    select(func.count()).select_from(r).where(r.c.source_kind == kind)
                ).scalar_one()
            )
        for reporter in ("mod", "governor", "mayor", "media"):
            out[f"{reporter} statements"] = int(
                conn.execute(
                    select(func.count()).select_from(s).where(s.c.reporter == reporter)
                ).scalar_one()
            )
    engine.dispose()
    return out


def size_bytes(url: str) -> int:
    """Return the size of the database (SQLite file with its log, or PostgreSQL database)."""
    if url.startswith("sqlite:///"):
        import sqlite3

        path = Path(url.removeprefix("sqlite:///"))
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    from sqlalchemy import text

    from store.db import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        size = int(conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
    engine.dispose()
    return size


def build(url: str, seed: int, folder: Path) -> float:
    """Generate the archive into ``folder``, import it into ``url``; return the seconds."""
    import store

    started = time.perf_counter()
    files = write_files(generate(seed), folder)
    written = time.perf_counter() - started
    db = store.open_store(url)
    started = time.perf_counter()
    result = db.ingest_paths(files)
    elapsed = time.perf_counter() - started
    db.close()
    print(
        f"generated the archive in {written:.1f} s "
        f"({sum(f.stat().st_size for f in files) / 1e6:.1f} MB of export files)"
    )
    print(f"imported {result.summary()} in {elapsed:.1f} s")
    return elapsed


def ensure_database(seed: int = 7) -> str:
    """Return the URL of the generated SQLite database, generating it when missing."""
    path = RESULTS / f"three-years-{seed}-v{GENERATOR_VERSION}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for old in partial.parent.glob(partial.name + "*"):
            old.unlink()
        build(f"sqlite:///{partial}", seed, RESULTS / f"archive-{seed}")
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
        partial.rename(path)
    url = f"sqlite:///{path}"
    import store

    # a copy written by an older Atlas is upgraded here (its figures rebuilt), once, and
    # not inside a timed first page
    started = time.perf_counter()
    store.open_store(url).close()
    if time.perf_counter() - started > 5:
        print(f"upgraded {path.name} to this Atlas in {time.perf_counter() - started:.0f} s")
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", help="a store URL to fill (default: a SQLite file under bench/results/)"
    )
    args = parser.parse_args()
    if args.db:
        url = args.db
        build(url, args.seed, RESULTS / f"archive-{args.seed}")
    else:
        path = RESULTS / f"three-years-{args.seed}-v{GENERATOR_VERSION}.sqlite"
        for old in path.parent.glob(path.name + "*"):
            old.unlink()
        url = ensure_database(args.seed)
    for name, value in counts(url).items():
        print(f"  {name}: {value:,}")
    print(f"database size: {size_bytes(url) / 1e6:.1f} MB ({url})")


if __name__ == "__main__":
    main()

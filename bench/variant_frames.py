"""Variants that frame a post as a news site does: a retelling, a headline, a dateline.

Each function takes a labelled text, its label and a seeded ``random.Random`` and returns a
variant whose label means the same (``variant_text.Variant``) or None where it cannot frame
the text safely; each docstring says what it skips and why. ``bench/variants.py`` lists them.
"""

from __future__ import annotations

import random
import re
from datetime import date

from variant_text import Variant, inflect, main_areas, ru_plural, russian

from parsing.vocab import EN_MONTHS, RU_MONTHS_GEN

#: the source a retold post is parsed with: a news site, not the speaker's channel
NEWS_SOURCE = "newsdesk.example"

_ROLE = r"(?:губернатор|мэр|глава|администрац|пресс-служб|оперштаб|врио|head|governor|mayor)"
_PERSON = re.compile(r"^(?:[А-ЯЁ][а-яё]+\s){1,2}[А-ЯЁ][а-яё]+$|^(?:[A-Z][a-z]+\s){1,2}[A-Z][a-z]+$")


def _channel(publisher: str) -> str | None:
    """The channel's name in a label's ``publisher`` ("Telegram: Вячеслав Гладков",
    "Губернатор Курской области (Telegram)"); None for a site or an agency."""
    if "telegram" not in publisher.lower():
        return None
    name = re.sub(
        r"^Telegram\s*[:,]\s*|\s*\((?:Telegram|[^)]*(?:invented|post|channel)[^)]*)\)",
        "",
        publisher,
    )
    name = re.sub(r"\s*\(Telegram\)\s*", "", name).strip(" ,")
    return name or None


def _speaker(lab: dict) -> tuple[str, str] | None:
    """Who a news site says spoke: the Russian phrase (nominative, capitalised) and the verb's
    past form that agrees with it, from the channel's name and the label's reporter kind."""
    name = _channel(lab.get("publisher") or "")
    kind = lab.get("reporter")
    if name is None:
        return None
    if kind == "mod":
        return (
            ("Минобороны России", "сообщило")
            if russian(name)
            else ("Russia's Defence Ministry", "")
        )
    if re.match(_ROLE, name, re.I):
        spoken = name[0].upper() + name[1:]
        fem = re.match(r"(?:администрац|пресс-служб)", name, re.I)
        return spoken, "сообщила" if fem else "сообщил"
    if not _PERSON.match(name):
        return None
    if not russian(name):
        role = {"governor": "Governor", "mayor": "Mayor"}.get(kind or "")
        return (f"{role} {name}", "") if role else None
    if kind == "mayor" and re.search(r"собянин", name, re.I):
        return f"Мэр Москвы {name}", "сообщил"
    areas = {
        r["region_ru"] for r in lab.get("rows", []) if r.get("region_ru") and not r.get("district")
    }
    if kind != "governor" or len(areas) != 1:
        return None
    region = inflect(areas.pop(), "gent")
    return (f"Губернатор {region} {name}", "сообщил") if region else None


def _lower_first(text: str) -> str | None:
    """The text with its first word in lower case, where that word is no name; None else."""
    m = re.match(r"([А-ЯЁA-Z])([а-яёa-z]+)\b", text)
    if not m:
        return None
    word = m.group(0)
    from geo.morph import analyser

    if russian(word):
        tag = str(analyser().parse(word.lower())[0].tag)
        if any(t in tag for t in ("Geox", "Name", "Surn", "Patr", "Orgn", "Abbr")):
            return None
    elif word not in {"Overnight", "Air", "During", "On", "In", "The", "Last", "Early"}:
        return None
    return word.lower() + text[len(word) :]


def retell(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Retell a channel's own post as a news site does, the speaker named in its words.

    Forms: "X сообщил в своём Telegram-канале: «...»", the post then "Об этом сообщил X в
    своём Telegram-канале.", "Как сообщил X, ..." (its first word lowered); English "X wrote
    on Telegram: "..."", "... X said on Telegram.", "X said on Telegram that ...". The label is
    unchanged (the speaker's kind is the label's); the variant is parsed with a news site as its
    source. Skips a text that is not a channel's post (a news text retells already), a channel
    whose speaker cannot be named in full (a person's name with no region to his title, a mayor
    other than Moscow's by name), and the quoting form for a text that quotes already.
    """
    sp = _speaker(lab)
    if sp is None:
        return None
    who, said = sp
    body = text.strip()
    forms = ["quote", "signoff", "as_said"]
    if "«" in body or '"' in body:
        forms.remove("quote")
    first_line = body.split("\n", 1)[0]
    lowered = _lower_first(body) if first_line.rstrip()[-1:] in ".!" else None
    if lowered is None:
        forms.remove("as_said")
    form = rng.choice(forms)
    if russian(body):
        low = who[0].lower() + who[1:] if not who.startswith("Минобороны") else who
        if form == "quote":
            new = f"{who} {said} в своём Telegram-канале: «{body}»"
        elif form == "signoff":
            new = f"{body}\n\nОб этом {said} {low} в своём Telegram-канале."
        else:
            new = f"Как {said} {low}, {lowered}"
    else:
        if form == "quote":
            new = f'{who} wrote on Telegram: "{body}"'
        elif form == "signoff":
            new = f"{body}\n\n{who} said on Telegram."
        else:
            new = f"{who} said on Telegram that {lowered}"
    return new + "\n", lab, f"{form}: {who}"


#: a figure told as more than an earlier one, which a headline would tell with it ("ещё 4")
_MORE = re.compile(r"\b(?:ещё|еще|another)\b|\bmore\s+(?:drones|UAVs)", re.I)


def _headed(text: str) -> bool:
    """Whether the text opens on a headline line (no full stop, more text under it)."""
    first = text.lstrip().split("\n", 1)
    return len(first) == 2 and bool(first[1].strip()) and first[0].rstrip()[-1:] not in '.!?:»"'


def headline(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Put a headline that restates the main report's whole above the text.

    "Над Брянской областью сбиты 5 беспилотников", "ПВО сбили 5 беспилотников над ...", "5 БПЛА
    уничтожены над ...", "В Брянской области сбили 5 беспилотников"; English "5 drones shot down
    over Bryansk Oblast", "Russia says it downed 5 drones over ...", "Air defences destroy 5
    drones over ...". The place is the main report's one region when its row's figure is the
    total; with several regions the headline names none ("ПВО сбили 40 беспилотников"). The
    label is unchanged (a headline that restates the report is no report of its own,
    docs/labels.md). Skips a non-report, a report with no total, a text with a headline of its
    own, a text that tells its figure as more than an earlier one ("сбиты ещё 4": its headline
    would say "ещё"), and a region whose Russian name does not inflect.
    """
    total = lab.get("total")
    if not lab.get("is_report", True) or not total or _headed(text) or _MORE.search(text):
        return None
    regs = [r for r in lab.get("rows", []) if not r.get("district") and r.get("area_id")]
    place_ru = place_en = None
    if len({r["area_id"] for r in regs}) == 1 and sum(r["count"] or 0 for r in regs) == total:
        place_en = regs[0]["region"]
        if regs[0].get("region_ru"):
            place_ru = (
                inflect(regs[0]["region_ru"], "ablt"),
                inflect(regs[0]["region_ru"], "loct"),
            )
        if place_ru and None in place_ru:
            return None
    n = total
    if russian(text):
        noun = ru_plural(n, "беспилотник", "беспилотника", "беспилотников")
        passive = "сбит" if noun == "беспилотник" else "сбиты"
        if place_ru:
            ablt, loct = place_ru
            line = rng.choice(
                (
                    f"Над {ablt} {passive} {n} {noun}",
                    f"ПВО сбили {n} {noun} над {ablt}",
                    f"{n} БПЛА {'уничтожен' if noun == 'беспилотник' else 'уничтожены'} над {ablt}",
                    f"В {loct} сбили {n} {noun}",
                )
            )
        else:
            line = rng.choice((f"ПВО сбили {n} {noun}", f"Средства ПВО уничтожили {n} {noun}"))
    else:
        drones = "drone" if n == 1 else "drones"
        if place_en:
            line = rng.choice(
                (
                    f"{n} {drones} shot down over {place_en}",
                    f"Russia says it downed {n} {drones} over {place_en}",
                    f"Air defences destroy {n} {drones} over {place_en}",
                )
            )
        else:
            line = rng.choice(
                (f"Russia says it downed {n} {drones}", f"Air defences destroy {n} {drones}")
            )
    return f"{line}\n\n{text.lstrip()}", lab, line


#: the dateline's city for a report over one of these regions: its centre
_CAPITALS = {
    "RU-BRY": ("БРЯНСК", "BRYANSK"),
    "RU-KRS": ("КУРСК", "KURSK"),
    "RU-BEL": ("БЕЛГОРОД", "BELGOROD"),
    "RU-VOR": ("ВОРОНЕЖ", "VORONEZH"),
    "RU-ROS": ("РОСТОВ-НА-ДОНУ", "ROSTOV-ON-DON"),
    "RU-TUL": ("ТУЛА", "TULA"),
    "RU-KLU": ("КАЛУГА", "KALUGA"),
    "RU-SMO": ("СМОЛЕНСК", "SMOLENSK"),
    "RU-LIP": ("ЛИПЕЦК", "LIPETSK"),
    "RU-KDA": ("КРАСНОДАР", "KRASNODAR"),
    "RU-VGG": ("ВОЛГОГРАД", "VOLGOGRAD"),
    "RU-SAR": ("САРАТОВ", "SARATOV"),
}


#: an agency's dateline or mark the text opens with already ("Москва. 23 июля. INTERFAX.RU -")
_DATELINED = re.compile(
    r"ТАСС|РИА\s+Новости|INTERFAX|Интерфакс|\((?:Reuters|AP|AFP|TASS)\)|"
    r"^\s*(?:[^\n]*\n\s*)?[А-ЯЁA-Z][\w-]+[.,]\s+(?:\d{1,2}\s+[а-яё]+|[A-Z][a-z]+\.?\s+\d{1,2})\b",
)


def dateline(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Open the text on an agency's dateline or a time stamp of posting.

    Datelines of the publication day in the sentence's own line ("МОСКВА, 4 мая. /ТАСС/. ...",
    "КУРСК, 4 мая — РИА Новости. ...", "MOSCOW, May 4 (Reuters) - ...": the city is the centre of
    the report's one region when the bench knows it, else Moscow), or a stamp on a line of its own
    ("08:17", "4 мая 2025, 08:17", "Обновлено 08:17", "Updated 08:17 GMT"). The label is
    unchanged (a stamp of posting is no window, docs/labels.md). A dated form needs the label's
    ``published``; a text with none gets a bare stamp. Skips a text that has a dateline or an
    agency's mark near its top already (two would be no real page).
    """
    ru = russian(text)
    if _DATELINED.search(text[:400]):
        return None
    pub = date.fromisoformat(lab["published"]) if lab.get("published") else None
    clock = f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    stamps = [clock, f"Обновлено {clock}" if ru else f"Updated {clock} GMT"]
    forms: list[str] = []
    if pub:
        areas = main_areas(lab)
        city = _CAPITALS.get(next(iter(areas)), ("МОСКВА", "MOSCOW")) if len(areas) == 1 else None
        city_ru, city_en = city or ("МОСКВА", "MOSCOW")
        day_ru = f"{pub.day} {RU_MONTHS_GEN[pub.month - 1]}"
        day_en = f"{EN_MONTHS[pub.month - 1].title()} {pub.day}"
        if ru:
            forms = [f"{city_ru}, {day_ru}. /ТАСС/. ", f"{city_ru}, {day_ru} — РИА Новости. "]
            stamps.append(f"{day_ru} {pub.year}, {clock}")
        else:
            forms = [f"{city_en}, {day_en} (Reuters) - ", f"{city_en.title()}, {day_en} (AP) — "]
            stamps.append(f"{day_en}, {pub.year} {clock}")
    pick = rng.choice(forms + stamps)
    body = text.lstrip()
    if pick in stamps:
        return f"{pick}\n{body}", lab, f"stamp: {pick}"
    if _headed(body):
        head, rest = body.split("\n", 1)
        return f"{head}\n\n{pick}{rest.lstrip()}", lab, f"dateline: {pick}"
    return f"{pick}{body}", lab, f"dateline: {pick}"

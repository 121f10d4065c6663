"""Variants that word the same report otherwise: another district, number forms, sentence order,
a channel's spacing, another drone noun.

Each function takes a labelled text, its label and a seeded ``random.Random`` and returns a
variant whose label means the same or is transformed with it (``variant_text.Variant``), or
None where it cannot change the text safely; each docstring says what it skips and why.
``bench/variants.py`` lists them.
"""

from __future__ import annotations

import copy
import random
import re
from functools import lru_cache
from pathlib import Path

from variant_text import DRONE, Variant, ru_reports, russian

from parsing import lookup

_ADJ = r"(?:ий|ого|ому|им|ом)"  # a masculine "-ский" adjective's singular endings
_KIND = r"(?:район\w*|(?:муниципальн|городск)\w*\s+округ\w*|округ\w*)"
_DISTRICT = re.compile(
    r"^([А-ЯЁ][а-яё-]*[сц]к)ий\s+(район|(?:муниципальный\s+|городской\s+)?округ)$"
)


@lru_cache(maxsize=1)
def _districts() -> dict[str, tuple[str, ...]]:
    """The boundary pack's "-ский" district names by region ("RU-BRY": ("Брянский район", ...))."""
    import pandas as pd

    pack = Path(__file__).resolve().parents[1] / "data" / "boundaries" / "districts.parquet"
    frame = pd.read_parquet(pack, columns=["region_id", "name_ru", "kind"])
    out: dict[str, list[str]] = {}
    for region, name in zip(frame["region_id"], frame["name_ru"], strict=True):
        if _DISTRICT.match(name):
            out.setdefault(region, []).append(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def swap_district(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Swap one "-ский" district of the label for another of the same region and kind, in the
    same case ("в Брянском районе" -> "в Выгоничском районе"); the label's row follows.

    The district's adjective is swapped only before its kind noun (район, округ, муниципальный
    округ), its ending kept. Skips a district the text or its channel also names otherwise (its
    stem anywhere else, as in its seat "в Ейске", a list "в Брянском и Выгоничском районах"
    or "Глава Лискинского района" as the publisher) or a town or village inside it
    (the town would stay in the old district), a target whose stem the text already holds, and a
    target the gazetteer does not resolve to a district of that region.
    """
    rows = [
        (rep, r)
        for rep in ru_reports(lab)
        for r in rep.get("rows", [])
        if r.get("district_ru") and r.get("area_id") and _DISTRICT.match(r["district_ru"])
    ]
    rng.shuffle(rows)
    low = text.lower()
    for _rep, row in rows:
        m = _DISTRICT.match(row["district_ru"])
        assert m
        stem, kind = m.group(1), m.group(2)
        phrase = re.compile(rf"\b{stem}{_ADJ}(?=\s+{_KIND})", re.I)
        if not phrase.search(text):
            continue
        rest = phrase.sub("", text)
        # (its stem anywhere else but in the region's name: "в Ейске" of Ейский район, "Глава
        # Лискинского района" as the channel)
        if re.search(rf"{stem}(?!(?:ой|ая|ую)\s+област)", rest, re.I) or re.search(
            stem, lab.get("publisher") or "", re.I
        ):
            continue
        listed = {
            d.district_id
            for rep in ru_reports(lab)
            for r in rep.get("rows", [])
            if r.get("district_ru") and r.get("area_id") == row["area_id"]
            for d in [lookup.find_place(r["district_ru"], row["area_id"])]
            if d is not None and d.district_id and r is not row
        }
        if _names_inside(rest, row["area_id"], listed):
            continue
        kind_word = "район" if kind == "район" else "округ"
        targets = [
            n
            for n in _districts().get(row["area_id"], ())
            if n.endswith(kind_word)
            and n != row["district_ru"]
            and _DISTRICT.match(n)
            and _DISTRICT.match(n).group(1).lower() not in low  # type: ignore[union-attr]
        ]
        rng.shuffle(targets)
        for target in targets[:5]:
            t_stem = _DISTRICT.match(target).group(1)  # type: ignore[union-attr]
            found = lookup.find_place(target, row["area_id"])
            if found is None or not found.district_id:
                continue
            cut = len(stem)
            new = phrase.sub(lambda k, t=t_stem, n=cut: t + k.group(0)[n:], text)
            out = copy.deepcopy(lab)
            for rep in ru_reports(out):
                for r in rep.get("rows", []):
                    if (
                        r.get("district_ru") == row["district_ru"]
                        and r.get("area_id") == row["area_id"]
                    ):
                        r["district_ru"] = target
                        r["district"] = target
            return new, out, f"{row['district_ru']}->{target}"
    return None


def _names_inside(text: str, area: str, listed: set[str]) -> bool:
    """Whether the text names a town or village of the region that is none of the label's
    districts ("в Дубовом" inside Белгородский район, "В Курчатове" beside Курчатовский район):
    it may lie in the district swapped, where it would stay."""
    for word in set(re.findall(r"\b[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*", text)):
        found = lookup.find_place(word, area)
        if found is not None and found.district_id and found.district_id not in listed:
            return True
    return False


_RU_GEN_PREP = r"(?:более|свыше|около|до|порядка|из|менее)"
#: a figure under 20 (or 20, 30) after a word that puts it in the genitive, before drones
_SUFFIXABLE = re.compile(rf"(\b{_RU_GEN_PREP}\s+)([2-9]|1\d|20|30)(?=\s+{DRONE})", re.I)
#: digits before a drone noun (one word may stand between: "5 украинских беспилотников")
_BARE_FIGURE = re.compile(rf"(?<![\w.,:/-])(\d{{1,3}})(?=\s+(?:[\w-]+\s+)?{DRONE})", re.I)
#: what governs a figure's case or qualifies it already, just before it
_GOVERNED = re.compile(
    rf"(?:\b{_RU_GEN_PREP}|\b(?:с|со|по|к|о|об|на|в|за|от|than|least|about|of|to|from|some|nearly|"
    r"almost|around|over|up|примерно|почти|всего|ещё|еще|another))\s*$",
    re.I,
)


#: the rest of a figure ("остальные — над X", "the rest over Y")
_REST = re.compile(r"остальн|the\s+rest|remaining|the\s+others", re.I)


def number_forms(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Write a figure as channels and agencies also do: "N-ти" / "N-х" after a preposition that
    takes the genitive ("более 10-ти беспилотников"), "N ед. БПЛА", a qualifier before a figure
    ("не менее 5 беспилотников", "порядка 5", "at least 5 drones", "more than 5 drones"; the
    label's rows and total of that figure take the qualifier).

    One kind per text, chosen among those that apply. Skips a figure after another word that
    governs its case (a qualifier is added only to a figure no preposition or qualifier
    precedes), figures of 20 and more for "-ти" (their endings differ: "20-ти", "40-а"), and
    "порядка"/"about" in a text that gives the rest of a figure (the rest of an approximate
    figure has no figure, docs/labels.md).
    """
    ru = russian(text)
    kinds: list[tuple[str, list[re.Match[str]]]] = []
    if ru:
        kinds.append(("suffix", list(_SUFFIXABLE.finditer(text))))
        kinds.append(("units", list(re.finditer(r"(?<![\w.,:/-])(\d{1,3})(?=\s+БП[Лл]А\b)", text))))
    free = [
        m
        for m in _BARE_FIGURE.finditer(text)
        if int(m.group(1)) >= 2 and not _GOVERNED.search(text[max(0, m.start() - 24) : m.start()])
    ]
    kinds.append(("qualifier", free))
    kinds = [k for k in kinds if k[1]]
    if not kinds:
        return None
    how, found = rng.choice(kinds)
    out = lab
    if how == "suffix":
        new = _SUFFIXABLE.sub(
            lambda m: f"{m.group(1)}{m.group(2)}-{'х' if int(m.group(2)) < 5 else 'ти'}", text
        )
        name = "N-ти"
    elif how == "units":
        new = re.sub(r"(?<![\w.,:/-])(\d{1,3})(?=\s+БП[Лл]А\b)", r"\1 ед.", text)
        name = "N ед."
    else:
        m = rng.choice(found)
        n = int(m.group(1))
        words = (
            (("не менее", "at_least"), ("свыше", "at_least"), ("порядка", "approx"))
            if ru
            else (("at least", "at_least"), ("more than", "at_least"), ("about", "approx"))
        )
        if _REST.search(text):
            # (the rest of an approximate figure is left to a person, docs/labels.md: the
            # label's row of the rest would change with it)
            words = tuple(w for w in words if w[1] != "approx")
        word, qual = rng.choice(words)
        before = text[: m.start()].rstrip(" ")
        if not before or before[-1] in ".!?\n":
            word = word[0].upper() + word[1:]
        new = f"{text[: m.start()]}{word} {text[m.start() :]}"
        out = copy.deepcopy(lab)
        for rep in ru_reports(out):
            for r in rep.get("rows", []):
                if r.get("count") == n:
                    r["count_qualifier"] = qual
            if rep.get("total") == n:
                rep["total_qualifier"] = qual
        name = f"{word} {n}"
    return (new, out, name) if new != text else None


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
#: a sentence that tells only harm or its absence ("Пострадавших нет.", "No one was hurt.")
_HARM = re.compile(
    r"пострадавш|погибш|ранен|жертв|разрушени|повреждени|пострадал|угрозы\s+для|"
    r"no\s+(?:one|casualties|injuries|damage)|nobody|injur|casualt|damage",
    re.I,
)
#: words that point back to what an earlier sentence told, which moving the sentence would break
_ANAPHORA = re.compile(
    r"\b(?:там|тут|этом|этого|этой|этих|эти|это|его|её|их|них|него|ней|данн\w+|указанн\w+|"
    r"ещё|еще|также|обломк\w+|также|there|it|its|they|them|this|these|the\s+drones?|debris|also)\b",
    re.I,
)
_FIGURE = re.compile(rf"\d|{DRONE}", re.I)


def sentence_order(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Move a sentence that tells only harm ("Пострадавших нет.", "Разрушений нет.", "No one was
    hurt.") before its paragraph's first sentence with a figure or a drone.

    The label is unchanged. Skips a sentence with a figure or a drone noun, one that points back
    to an earlier sentence ("там", "его", "ещё", "обломки", "it", "debris"), and one before the
    paragraph's figures already.
    """
    paras = text.split("\n")
    movable = []
    for i, para in enumerate(paras):
        sents = [m.group(0).strip() for m in _SENTENCE.finditer(para) if m.group(0).strip()]
        first = next((k for k, s in enumerate(sents) if _FIGURE.search(s)), None)
        if first is None:
            continue
        for j, s in enumerate(sents[first + 1 :], start=first + 1):
            if _HARM.search(s) and not _FIGURE.search(s) and not _ANAPHORA.search(s):
                movable.append((i, first, j, sents))
    if not movable:
        return None
    i, first, j, sents = rng.choice(movable)
    moved = sents[j] if sents[j][-1] in ".!?" else sents[j] + "."
    rest = [s for k, s in enumerate(sents) if k != j]
    paras[i] = " ".join([*rest[:first], moved, *rest[first:]])
    return "\n".join(paras), lab, f"before the figures: {moved}"


def spacing(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Drop a space as hasty channels do, at one or two places: after a comma between words
    ("области,уничтожено"), on both sides of a dash ("Курской—3", "четыре–над"), on one side of
    a hyphen used as a dash ("Курской -3", "четыре- над").

    The label is unchanged. Skips a comma before a digit (a list of figures reads alike either
    way), a dash at a line's start (a list item's) and a dash between lines.
    """
    sites = list(_SPACED.finditer(text))
    if not sites:
        return None
    picked = sorted(rng.sample(sites, min(2, len(sites))), key=lambda m: m.start())
    out, last = [], 0
    for m in picked:
        mark = m.group(0).strip()
        glued = mark if mark != "-" else rng.choice((" -", "- "))
        out += [text[last : m.start()], glued]
        last = m.end()
    out.append(text[last:])
    return "".join(out), lab, "spaces dropped: " + " ".join(repr(m.group(0)) for m in picked)


_SPACED = re.compile(r"(?<=[^\W\d_]),[ \t]+(?=[^\W\d_])|(?<=\w)[ \t]+[—–-][ \t]+(?=\w)")


_RU_NOUN = re.compile(r"\b([Бб])еспилотник(а|у|ом|е|и|ов|ам|ами|ах)?\b")


def drone_noun(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Name the drones with another noun that means the same: "беспилотник(ов)" -> "дрон(ов)"
    (the same endings) or "БПЛА"/"БпЛА" (indeclinable), "БПЛА" -> "БпЛА"; English "drone(s)" <->
    "UAV(s)".

    The label is unchanged. Skips a Russian text with neither "беспилотник" nor "БПЛА" (an
    indeclinable noun cannot go back to a declined one without its case).
    """
    if russian(text):
        choices = []
        if _RU_NOUN.search(text):
            choices += ["дрон", "БПЛА", "БпЛА"]
        if re.search(r"\bБПЛА\b", text):
            choices.append("БПЛА->БпЛА")
        if not choices:
            return None
        pick = rng.choice(choices)
        if pick == "дрон":
            new = _RU_NOUN.sub(
                lambda m: (
                    ("Д" if m.group(1) == "Б" else "д")
                    + "рон"
                    + {"и": "ы"}.get(m.group(2) or "", m.group(2) or "")
                ),
                text,
            )
        elif pick == "БПЛА->БпЛА":
            new = re.sub(r"\bБПЛА\b", "БпЛА", text)
        else:
            new = _RU_NOUN.sub(pick, text)
        return (new, lab, pick) if new != text else None
    if re.search(r"\bdrones?\b", text, re.I):
        new = re.sub(r"\b([Dd])rone(s?)\b", lambda m: "UAV" + m.group(2), text)
        return new, lab, "drone->UAV"
    if re.search(r"\bUAVs?\b", text):
        return re.sub(r"\bUAV(s?)\b", r"drone\1", text), lab, "UAV->drone"
    return None

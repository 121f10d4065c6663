"""Score the parser on meaning-preserving variants of labelled texts.

    python bench/variants.py [CORPUS_DIR ...] [--seed N] [--only NAME] [--show ID:NAME]

Rules read from a working set move that set and not the unseen ones: unseen reports are the
same constructions with other places, numbers, wording and page chrome. This bench builds,
for each labelled text, variants whose label transforms with them, deterministic from
``--seed``:

``region``
    one region of the label (region-level rows only, no district of it in the label) swapped
    for another "-ская область" region absent from the text, in the same case (the adjective's
    stem is swapped, its ending kept; English names are swapped whole); the label's area
    follows. Texts naming the region otherwise (its city, its governor, "Брянщина") are skipped.
``num2digit`` / ``digit2num``
    a cardinal under 20 before a drone noun (or alone after a row's dash) written as digits,
    or digits as the word (Russian only where the form cannot change: 5-19 and 2-4 before a
    masculine drone noun, not after a preposition).
``emphasis``
    Markdown or HTML emphasis around every region phrase.
``chrome``
    an unrelated paragraph (hashtags, "Подписаться на канал", a photo credit, a link) at the top
    or the bottom.
``reorder``
    the items of a dashed list whose items carry figures, in another order.
``verb``
    "уничтожены" <-> "перехвачены и уничтожены" / "сбиты", "destroyed" <-> "intercepted and
    destroyed" / "shot down", in sentences that name drones.

It prints per transformation the texts tried, (area, count) F1 on the originals and on the
variants, and each variant whose pairs differ from its transformed label while the original's
pairs were right (a generalisation failure). The labelled texts are read at run time; nothing of
them is kept in the project.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import variant_frames
import variant_wording
from accuracy import _label_area, _pairs_from_label, _pairs_from_reports, f1, score_text
from variant_text import DRONE as _DRONE
from variant_text import Variant, ru_reports
from variant_text import russian as _russian

from parsing import parse
from parsing.numbers import EN_UNITS
from parsing.vocab import GOVERNORS

#: Regions whose Russian adjective declines alike ("Брянская/Брянской/Брянскую"): area, the
#: adjective's stem, what else names the region (its centre, its colloquial name), English name.
REGIONS = (
    ("RU-BRY", "Брянск", r"брянск|брянщин", "Bryansk"),
    ("RU-KRS", "Курск", r"курск|курщин", "Kursk"),
    ("RU-BEL", "Белгородск", r"белгород|белгородчин", "Belgorod"),
    ("RU-VOR", "Воронежск", r"воронеж", "Voronezh"),
    ("RU-ORL", "Орловск", r"орлов|орл[ау]\b|орле\b|орёл|орел\b|орловщин", "Oryol"),
    ("RU-TUL", "Тульск", r"тульск|тул[аеуы]\b|тулой", "Tula"),
    ("RU-KLU", "Калужск", r"калуг|калуж", "Kaluga"),
    ("RU-SMO", "Смоленск", r"смоленск|смоленщин", "Smolensk"),
    ("RU-RYA", "Рязанск", r"рязан", "Ryazan"),
    ("RU-LIP", "Липецк", r"липецк", "Lipetsk"),
    ("RU-TAM", "Тамбовск", r"тамбов", "Tambov"),
    ("RU-ROS", "Ростовск", r"ростов|ростовщин", "Rostov"),
    ("RU-VGG", "Волгоградск", r"волгоград", "Volgograd"),
    ("RU-AST", "Астраханск", r"астрахан", "Astrakhan"),
    ("RU-TVE", "Тверск", r"твер", "Tver"),
    ("RU-PSK", "Псковск", r"псков", "Pskov"),
    ("RU-SAR", "Саратовск", r"саратов", "Saratov"),
    ("RU-PNZ", "Пензенск", r"пенз", "Penza"),
    ("RU-YAR", "Ярославск", r"ярослав", "Yaroslavl"),
    ("RU-LEN", "Ленинградск", r"ленинград", "Leningrad"),
)
_ADJ_END = r"(?:ая|ой|ую|ою|ие|их|им|ими)"

_RU_WORDS = {
    2: "два|две|двух|двум|двумя",
    3: "три|трех|трёх|трем|трём|тремя",
    4: "четыре|четырех|четырёх|четырем|четырём|четырьмя",
    5: "пять|пяти|пятью",
    6: "шесть|шести|шестью",
    7: "семь|семи",
    8: "восемь|восьми|восемью|восьмью",
    9: "девять|девяти|девятью",
    10: "десять|десяти|десятью",
    11: "одиннадцать|одиннадцати",
    12: "двенадцать|двенадцати",
    13: "тринадцать|тринадцати",
    14: "четырнадцать|четырнадцати",
    15: "пятнадцать|пятнадцати",
    16: "шестнадцать|шестнадцати",
    17: "семнадцать|семнадцати",
    18: "восемнадцать|восемнадцати",
    19: "девятнадцать|девятнадцати",
}
_RU_NOM = {n: forms.split("|")[0] for n, forms in _RU_WORDS.items()}
#: Words after which a Russian cardinal is not in the nominative or accusative.
_RU_PREP = (
    "около|до|из|с|со|свыше|более|менее|больше|меньше|порядка|от|к|по|о|об|над|при|без|для|у|"
    "числе|примерно|чем"
)

_CHROME_RU = (
    "#новости #регион #срочно",
    "Подписаться на канал",
    "Фото: пресс-служба администрации",
    "Читайте нас в Telegram: https://t.me/example_news",
    "Источник: официальный канал ведомства",
)
_CHROME_EN = (
    "#news #breaking #russia",
    "Subscribe to our channel",
    "Photo: press service handout",
    "Follow us on Telegram: https://t.me/example_news",
    "Read more: https://example.com/world/latest",
)


def swap_region(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Swap one region-level area of the label for another region, in the same case."""
    rows = [r for rep in ru_reports(lab) for r in rep.get("rows", [])]
    with_district = {_label_area(r) for r in rows if r.get("district")}
    areas = {_label_area(r) for r in rows if not r.get("district")} - with_district
    low = text.lower()
    sources = [reg for reg in REGIONS if reg[0] in areas]
    rng.shuffle(sources)
    for area, stem, other, en in sources:
        gov = GOVERNORS.get(area)
        if gov and re.search(gov, low):
            continue
        targets = [
            t
            for t in REGIONS
            if t[0] != area
            and t[0] not in areas | with_district
            and not re.search(t[2], low)
            and t[3].lower() not in low
            and not (GOVERNORS.get(t[0]) and re.search(GOVERNORS[t[0]], low))
        ]
        if not targets:
            continue
        t_area, t_stem, _t_other, t_en = rng.choice(targets)
        new = re.sub(rf"\b{stem}(?={_ADJ_END}\b)", t_stem, text)
        new = re.sub(rf"\b{stem.lower()}(?={_ADJ_END}\b)", t_stem.lower(), new)
        new = re.sub(rf"\b{en}\b", t_en, new)
        if new == text or re.search(other, new.lower()) or en.lower() in new.lower():
            continue
        out = copy.deepcopy(lab)
        for rep in ru_reports(out):
            for r in rep.get("rows", []):
                if not r.get("district") and _label_area(r) == area:
                    r["area_id"] = t_area
        return new, out, f"{stem}->{t_stem}"
    return None


def num_to_digit(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Write cardinals under 20 before a drone noun as digits."""
    ru = "|".join(f"(?P<n{n}>{forms})" for n, forms in _RU_WORDS.items())
    en = "|".join(f"(?P<e{n}>{w})" for n, w in enumerate(EN_UNITS) if n >= 2)
    # (not before a multiplier: "двух десятков беспилотников" is no "2 десятков")
    pat = re.compile(
        rf"(?<![\w-])(?:{ru}|{en})(?=\s+(?:(?!десят|дюжин|сот|dozen|hundred|score)[\w-]+\s+)?{_DRONE})",
        re.IGNORECASE,
    )

    def one(m: re.Match) -> str:
        name = next(k for k, v in m.groupdict().items() if v)
        return name[1:]

    new = pat.sub(one, text)
    return (new, lab, "words->digits") if new != text else None


def digit_to_num(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Write digits under 20 before a drone noun as words, where the form is safe."""
    if _russian(text):
        pat = re.compile(rf"(?<![\w.,:/-])(\d{{1,2}})(?=\s+({_DRONE}\w*))", re.IGNORECASE)

        def one(m: re.Match) -> str:
            n = int(m.group(1))
            noun = m.group(2).lower()
            if re.search(
                rf"(?:^|\W)(?:{_RU_PREP})\s+$", m.string[max(0, m.start() - 20) : m.start()], re.I
            ):
                return m.group(0)
            if 5 <= n < 20 or (2 <= n <= 4 and noun.startswith(("беспилотник", "дрон", "аппарат"))):
                return _capital(_RU_NOM[n], m)
            return m.group(0)

    else:
        pat = re.compile(rf"(?<![\w.,:/-])(\d{{1,2}})(?=\s+(?:[\w-]+\s+)?({_DRONE}))", re.I)

        def one(m: re.Match) -> str:
            n = int(m.group(1))
            return _capital(EN_UNITS[n], m) if 2 <= n < 20 else m.group(0)

    new = pat.sub(one, text)
    return (new, lab, "digits->words") if new != text else None


def _capital(word: str, m: re.Match) -> str:
    """The word with a capital where it starts a sentence or a line."""
    before = m.string[: m.start()].rstrip(" ")
    return word.capitalize() if not before or before[-1] in ".!?\n" else word


_REGION_RU = re.compile(
    r"(?<![\w*<])([А-ЯЁ][а-яё-]+(?:ая|ой|ую|ий|ого|ом|ому|им|ие|их|ими)\s+"
    r"(?:област|кра[йяюе]|республик)\w*|[Рр]еспублик\w+\s+[А-ЯЁ][а-яё]+)"
)
_REGION_EN = re.compile(
    r"(?<![\w*<])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:[Rr]egions?|[Oo]blasts?|[Kk]rai)(?!\w))"
)


def emphasis(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Put Markdown or HTML emphasis around every region phrase."""
    left, right = rng.choice(
        (("**", "**"), ("<b>", "</b>"), ("__", "__"), ("<strong>", "</strong>"))
    )
    pat = _REGION_RU if _russian(text) else _REGION_EN
    new = pat.sub(lambda m: f"{left}{m.group(1)}{right}", text)
    return (new, lab, f"{left}region{right}") if new != text else None


def chrome(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Add an unrelated paragraph at the top or the bottom."""
    line = rng.choice(_CHROME_RU if _russian(text) else _CHROME_EN)
    if rng.random() < 0.5:
        return f"{line}\n\n{text}", lab, f"top: {line}"
    return f"{text.rstrip()}\n\n{line}\n", lab, f"bottom: {line}"


_ITEM = re.compile(r"^(\s*[—–\-•*]\s*)(.*?\d.*?)([;,.]?)\s*$")


def reorder(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Put the items of a dashed list with figures in another order."""
    lines = text.split("\n")
    i = 0
    changed = False
    while i < len(lines):
        j = i
        while j < len(lines) and _ITEM.match(lines[j]):
            j += 1
        if j - i >= 2:
            ms = [_ITEM.match(x) for x in lines[i:j]]
            bodies = [m.group(2) for m in ms if m]
            order = list(range(len(bodies)))
            for _ in range(5):
                rng.shuffle(order)
                if order != sorted(order):
                    break
            if order != sorted(order):
                lines[i:j] = [
                    f"{m.group(1)}{bodies[k]}{m.group(3)}"
                    for m, k in zip(ms, order, strict=True)
                    if m
                ]
                changed = True
        i = max(j, i + 1)
    new = "\n".join(lines)
    if not changed:
        new = _reorder_inline(text, rng)
    return (new, lab, "list reordered") if new != text else None


_INLINE_ITEM = (
    r"\d+(?:\s+[\w-]+)?\s*[-–—]?\s*(?:над|over)\s"
    r"(?:(?![,;]\s|\s+и\s+\d|\s+and\s+\d)[^:.\n\"«»])+"
)
_INLINE_SEP = r"(?:[,;]\s+(?:и\s+|and\s+)?|\s+и\s+|\s+and\s+)(?=\d)"
_INLINE = re.compile(rf"{_INLINE_ITEM}(?:{_INLINE_SEP}{_INLINE_ITEM})+")


def _reorder_inline(text: str, rng: random.Random) -> str:
    """Reorder the items of a run-on list ("27 БПЛА - над X, 8 БПЛА - над Y и 1 ... над Z")."""

    def one(m: re.Match) -> str:
        parts = re.split(f"({_INLINE_SEP})", m.group(0))
        items, seps = parts[0::2], parts[1::2]
        order = list(range(len(items)))
        for _ in range(5):
            rng.shuffle(order)
            if order != sorted(order):
                break
        out = [items[order[0]]]
        for sep, k in zip(seps, order[1:], strict=True):
            out += [sep, items[k]]
        return "".join(out)

    return _INLINE.sub(one, text)


def verb(text: str, lab: dict, rng: random.Random) -> Variant | None:
    """Swap the downing verb for another that means the same, in sentences naming drones."""
    ru = _russian(text)

    def sentence(m: re.Match) -> str:
        s = m.group(0)
        if not re.search(_DRONE, s, re.I):
            return s
        if ru:
            if re.search(r"перехвачен\w*\s+и\s+уничтожен", s):
                return re.sub(r"перехвачен(\w*)\s+и\s+уничтожен(\w*)", r"уничтожен\2", s)
            if rng.random() < 0.5:
                return re.sub(r"\bуничтожен(а|о|ы)?\b", lambda k: f"сбит{k.group(1) or ''}", s)
            return re.sub(
                r"\b([Уу])ничтожен(а|о|ы)?\b",
                lambda k: (
                    f"{'П' if k.group(1) == 'У' else 'п'}ерехвачен{k.group(2) or ''}"
                    f" и уничтожен{k.group(2) or ''}"
                ),
                s,
            )
        if "intercepted and destroyed" in s:
            return s.replace("intercepted and destroyed", "destroyed")
        repl = "shot down" if rng.random() < 0.5 else "intercepted and destroyed"
        return re.sub(r"\bdestroyed\b", repl, s)

    new = re.sub(r"[^.!?\n]+[.!?]?", sentence, text)
    return (new, lab, "verb swapped") if new != text else None


TRANSFORMS: dict[str, Callable[[str, dict, random.Random], Variant | None]] = {
    "region": swap_region,
    "num2digit": num_to_digit,
    "digit2num": digit_to_num,
    "emphasis": emphasis,
    "chrome": chrome,
    "reorder": reorder,
    "verb": verb,
    "retell": variant_frames.retell,
    "headline": variant_frames.headline,
    "dateline": variant_frames.dateline,
    "district": variant_wording.swap_district,
    "numforms": variant_wording.number_forms,
    "order": variant_wording.sentence_order,
    "spacing": variant_wording.spacing,
    "noun": variant_wording.drone_noun,
}
#: the source a transformation's variant is parsed with where it is not the label's publisher
SOURCES = {"retell": variant_frames.NEWS_SOURCE}


def _default_corpus() -> Path:
    for p in (
        Path("../shared/corpus-dev"),
        Path(__file__).resolve().parents[2] / "shared/corpus-dev",
    ):
        if (p / "labels.jsonl").is_file():
            return p
    return Path("../shared/corpus-dev")


#: the aspects of a text's score a variant can lose: (area, count) pairs, districts, the main
#: report's total and night, and (for a retelling) its reporter
ASPECTS = ("pairs", "districts", "total", "night", "reporter")


def _right(lab: dict, reports: list) -> dict[str, bool]:
    """Which aspects of one parse are right against the label."""
    s = score_text(lab, reports)
    ru = [r for r in reports if r.country == "RU"]
    return {
        "pairs": s.pair[1] == s.pair[2] == 0,
        "districts": s.district[1] == s.district[2] == 0,
        "total": bool(s.totals),
        "night": bool(s.nights),
        "reporter": bool(ru) and ru[0].reporter == lab.get("reporter"),
    }


def main(argv: list[str] | None = None) -> int:
    """Print, per transformation, F1 on originals and variants and the failures."""
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path, nargs="*")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", help="one transformation, or several joined by commas")
    ap.add_argument("--show", help="ID:NAME: print that variant's text and stop")
    args = ap.parse_args(argv)
    dirs = args.corpus or [_default_corpus()]
    names = args.only.split(",") if args.only else list(TRANSFORMS)
    stats = {n: [0, [0, 0, 0], [0, 0, 0]] for n in names}  # tried, orig tp/fp/fn, variant
    lost = {n: Counter() for n in names}  # aspect -> variants that lost it
    fails: list[str] = []
    for d in dirs:
        if not (d / "labels.jsonl").is_file():
            print(f"no labelled corpus at {d}", file=sys.stderr)
            return 2
        for line in (d / "labels.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            lab = json.loads(line)
            text = (d / "texts" / f"{lab['id']}.txt").read_text(encoding="utf-8")
            pub = date.fromisoformat(lab["published"]) if lab.get("published") else None
            orig = None
            for name in names:
                rng = random.Random(f"{args.seed}:{d.name}:{lab['id']}:{name}")
                v = TRANSFORMS[name](text, lab, rng)
                if v is None:
                    continue
                vtext, vlab, what = v
                if args.show == f"{lab['id']}:{name}":
                    print(what)
                    print(vtext)
                    return 0
                if orig is None:
                    reports = parse(text, pub, source=lab.get("publisher"))
                    orig = (_pairs_from_reports(reports)[0], _right(lab, reports))
                vreports = parse(vtext, pub, source=SOURCES.get(name, lab.get("publisher")))
                got, want = _pairs_from_reports(vreports)[0], _pairs_from_label(vlab)[0]
                st = stats[name]
                st[0] += 1
                for acc, (g, w) in (
                    (st[1], (orig[0], _pairs_from_label(lab)[0])),
                    (st[2], (got, want)),
                ):
                    tp = sum((g & w).values())
                    acc[0] += tp
                    acc[1] += sum(g.values()) - tp
                    acc[2] += sum(w.values()) - tp
                right = _right(vlab, vreports)
                broken = [a for a in ASPECTS if orig[1][a] and not right[a]]
                if name not in SOURCES:
                    broken = [a for a in broken if a != "reporter"]
                if not broken:
                    continue
                lost[name].update(broken)
                why = []
                if "pairs" in broken:
                    plus = sorted(Counter(got) - Counter(want), key=str)
                    minus = sorted(Counter(want) - Counter(got), key=str)
                    why.append(f"+{plus} -{minus}")
                main_r = next((r for r in vreports if r.country == "RU"), None)
                if "total" in broken:
                    why.append(f"total {main_r and main_r.total} (want {vlab.get('total')})")
                if "night" in broken:
                    why.append(f"night {main_r and main_r.night_of} (want {vlab.get('night_of')})")
                if "reporter" in broken:
                    why.append(
                        f"reporter {main_r and main_r.reporter} (want {vlab.get('reporter')})"
                    )
                if "districts" in broken:
                    why.append("districts")
                fails.append(f"{d.name}/{lab['id']} {name} ({what}): {'; '.join(why)}")
    print(
        "transform      texts | F1 originals | F1 variants | failures | lost: " + " ".join(ASPECTS)
    )
    per = Counter(f.split()[1] for f in fails)
    for name in names:
        tried, o, v = stats[name]
        print(
            f"{name:<13} {tried:>5} | {f1(*o)[2]:.3f}        | {f1(*v)[2]:.3f}       | {per[name]:>8} |"
            f" {' '.join(str(lost[name][a]) for a in ASPECTS)}"
        )
    for f in fails:
        print(f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Numbers written as digits or words, Russian (every case and gender) and English.

``find_numbers`` returns every number in a text with its span; the rules decide which
of them count drones. Word forms are data: each list shows the forms reports use
("шесть БПЛА", "по одному", "двадцать двух", "eighteen", "twenty-two").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Russian cardinal forms -> value. Units carry every case and gender because the ministry
#: writes "один БПЛА", "по одному", "одна ракета", "двух беспилотников", "тремя дронами".
_RU_UNITS = {
    1: "один одна одно одного одной одному одним одном одну одною",
    2: "два две двух двум двумя",
    3: "три трех трем тремя",
    4: "четыре четырех четырем четырьмя",
    5: "пять пяти пятью",
    6: "шесть шести шестью",
    7: "семь семи семью",
    8: "восемь восьми восемью восьмью",
    9: "девять девяти девятью",
}
_RU_TEENS = {
    10: "десять", 11: "одиннадцать", 12: "двенадцать", 13: "тринадцать", 14: "четырнадцать",
    15: "пятнадцать", 16: "шестнадцать", 17: "семнадцать", 18: "восемнадцать", 19: "девятнадцать",
    20: "двадцать", 30: "тридцать",
}  # fmt: skip
_RU_TENS_IRREGULAR = {
    40: "сорок сорока",
    50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью",
    70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью",
    90: "девяносто девяноста",
    100: "сто ста",
    200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот",
    700: "семьсот семисот",
    800: "восемьсот восьмисот",
    900: "девятьсот девятисот",
}

_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _build() -> dict[str, int]:
    words: dict[str, int] = {}
    for value, forms in _RU_UNITS.items():
        for f in forms.split():
            words[f] = value
    for value, stem in _RU_TEENS.items():
        # "десять/десяти/десятью", "двадцать/двадцати/двадцатью"
        base = stem[:-1]
        for f in (stem, base + "и", base + "ью"):
            words[f] = value
    for value, forms in _RU_TENS_IRREGULAR.items():
        for f in forms.split():
            words[f] = value
    for value, w in enumerate(_EN_UNITS):
        words[w] = value
    for i, w in enumerate(_EN_TENS):
        words[w] = 20 + 10 * i
    words["hundred"] = 100
    # collective numerals for people: "еще трое ранены", "погибли двое"
    for value, forms in {2: "двое двоих", 3: "трое троих", 4: "четверо четверых", 5: "пятеро пятерых", 6: "шестеро шестерых", 7: "семеро семерых"}.items():
        for f in forms.split():
            words[f] = value
    return words


WORDS: dict[str, int] = _build()

#: Ordinal day numbers in the genitive, for dates written in words ("двадцать второго октября").
_ORD_UNITS = {
    1: "первого", 2: "второго", 3: "третьего", 4: "четвертого", 5: "пятого", 6: "шестого",
    7: "седьмого", 8: "восьмого", 9: "девятого", 10: "десятого", 11: "одиннадцатого",
    12: "двенадцатого", 13: "тринадцатого", 14: "четырнадцатого", 15: "пятнадцатого",
    16: "шестнадцатого", 17: "семнадцатого", 18: "восемнадцатого", 19: "девятнадцатого",
    20: "двадцатого", 30: "тридцатого",
}  # fmt: skip
ORDINALS: dict[str, int] = {}
for _v, _w in _ORD_UNITS.items():
    ORDINALS[_w] = _v
for _tens, _tw in ((20, "двадцать"), (30, "тридцать")):
    for _v in range(1, 10):
        if _tens + _v <= 31:
            ORDINALS[f"{_tw} {_ORD_UNITS[_v]}"] = _tens + _v


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in the text: its value and span."""

    value: int
    start: int
    end: int


def words_value(phrase: str) -> int | None:
    """Return the value of a run of number words ("сто сорок один" -> 141), None if malformed."""
    parts = [p for p in re.split(r"[\s-]+", phrase.lower()) if p]
    total = 0
    last = 10**9
    for p in parts:
        v = WORDS.get(p)
        if v is None:
            return None
        if p == "hundred":
            total = max(total, 1) * 100
            last = 100
            continue
        if v >= last or (v >= 10 and last < 100 and last >= 10) or (v == 0 and len(parts) > 1):
            return None  # "два три" is two numbers, not one
        total += v
        last = v
        if v < 10:
            last = 1  # nothing may follow a unit
    return total


_TOKEN = re.compile(r"\d+(?=[-–—]\d)|\w+(?:-\w+)*")  # "10-15 БПЛА": two numbers, a range
_GAP = re.compile(r"\s+")


def _token_value(tok: str) -> bool:
    """True when every hyphen part of a token is a number word ("twenty-two")."""
    low = tok.lower()
    if low in WORDS:
        return True
    return "-" in low and all(p in WORDS for p in low.split("-"))


def find_numbers(text: str) -> list[Number]:
    """Return the numbers in ``text``; a run of words that is not one number is split.

    Digits inside clock times and decimals ("7.00", "20:00", "2,000") are not numbers here.
    Word tokens are looked up in a dict (much faster than one regex of every form).
    """
    out: list[Number] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0].start(), run[-1].end()
        value = words_value(text[a:b])
        if value is not None:
            out.append(Number(value, a, b))
        else:
            for t in run:  # "два три": two numbers
                v = words_value(t.group())
                if v is not None:
                    out.append(Number(v, t.start(), t.end()))
        run.clear()

    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok.isdigit():
            flush()
            a, b = m.start(), m.end()
            if len(tok) > 5 or (a >= 2 and text[a - 1] in ".:," and text[a - 2].isdigit()):
                continue
            if b + 1 < len(text) and text[b] in ".:," and text[b + 1].isdigit():
                continue
            out.append(Number(int(tok), a, b))
            continue
        if _token_value(tok):
            if run and not _GAP.fullmatch(text[run[-1].end() : m.start()]):
                flush()
            run.append(m)
        else:
            flush()
    flush()
    return out


"""Numbers written as digits or words, Russian (every case and gender) and English.

``find_numbers`` returns every number in a text with its span; the rules decide which
of them count drones. Word forms are data: each list shows the forms reports use
("шесть БПЛА", "по одному", "двадцать двух", "eighteen", "twenty-two").

Digits grouped in thousands are one number ("1 034" with any space, "1,200", "1.200";
"1 000 000" is too large to be a count and is no number), as are thousands in words or
after a decimal ("полторы тысячи", "1,5 тыс.", "1.5 thousand": 1,500).
``doubtful_numbers`` finds what must not silently become a count: a number with a minus
sign, digits split by an invisible character, a number alone inside markup, an update's
label ("UPD (2)"), a figure no count is written as ("17/20", "2,5", "XII" before a drone noun).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from parsing import vocab
from parsing.rows import ROW_WORDS, Body
from parsing.vocab import DRONE_ANY as DRONE_NOUN

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

#: English number words under twenty, each at its value's index.
EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
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
    for value, w in enumerate(EN_UNITS):
        words[w] = value
    for i, w in enumerate(_EN_TENS):
        words[w] = 20 + 10 * i
    words["hundred"] = 100
    words["dozen"] = 12  # "a dozen drones", "two dozen": twelve times the number before it
    words["pair"] = 2  # "a pair of drones", "and a pair over X": only after "a" (``_A_BEFORE``)
    # collective numerals for people: "еще трое ранены", "погибли двое"
    for value, forms in {
        2: "двое двоих",
        3: "трое троих",
        4: "четверо четверых",
        5: "пятеро пятерых",
        6: "шестеро шестерых",
        7: "семеро семерых",
    }.items():
        for f in forms.split():
            words[f] = value
    return words


WORDS: dict[str, int] = _build()

#: Words that multiply the number before them ("две тысячи", "15 тысяч", "two thousand");
#: "hundred" (in WORDS) multiplies only the part below a thousand.
MULTIPLIERS: dict[str, int] = dict.fromkeys(
    [
        "тысяча",
        "тысячи",
        "тысяч",
        "тысячу",
        "тысячей",
        "тысячею",
        "тысяче",
        "тысячам",
        "тысячами",
        "тысячах",
        "thousand",
    ],
    1000,
)
#: One and a half of the word after it, only as the whole number: "полторы тысячи",
#: "около полутора тысяч беспилотников", "полторы сотни", "полтора десятка".
HALF = frozenset({"полтора", "полторы", "полутора"})
_HALF_OF = {
    **MULTIPLIERS,
    **dict.fromkeys(("сотни", "сотен"), 100),
    **dict.fromkeys(("десятка", "десятков"), 10),
}
#: Tens and hundreds counted as units: "два десятка" (20), "три сотни" (300), "десяток" (10),
#: "сотня" (100); "полсотни" is 50. Only as the last word ("десятки", "сотни" alone are no number).
_SCORE_OF = {
    **dict.fromkeys(("десяток", "десятка", "десятков", "десятку", "десятком"), 10),
    **dict.fromkeys(("сотня", "сотни", "сотен", "сотню", "сотней"), 100),
}
_SCORE_ALONE = {"десяток": 10, "десятком": 10, "сотня": 100, "сотню": 100, "сотней": 100}
_SCORE_ALONE.update(dict.fromkeys(("полсотни", "полсотня", "полсотню", "полусотни"), 50))
#: Half a thousand, a dozen and half a dozen, as "полсотни" ("уничтожено полтысячи
#: беспилотников", "около полутысячи", "сбита дюжина дронов", "полдюжины БПЛА": the area had
#: been stored with no figure); "две дюжины" is 24 (``_SCORE_OF``).
_SCORE_ALONE.update(dict.fromkeys(("полтысячи", "полтысяча", "полтысячу", "полутысячи"), 500))
_SCORE_ALONE.update(dict.fromkeys(("дюжина", "дюжину", "дюжиной"), 12))
_SCORE_ALONE.update(dict.fromkeys(("полдюжины", "полдюжина", "полдюжину"), 6))
_SCORE_OF.update(dict.fromkeys(("дюжины", "дюжин"), 12))
#: One thousand said in the singular right before a drone noun ("уничтожена тысяча
#: беспилотников", "сбили тысячу дронов": the area had been stored with no figure); elsewhere
#: ("в тысячу раз") no count, as "тысячи" alone is none ("thousands").
_ONE_THOUSAND = frozenset(("тысяча", "тысячу", "тысячей"))
#: "пол" apart from its noun ("пол-сотни", "пол сотни", "пол-тысячи"): the half of it.
_HALF_WORD = "пол"
_HALVED = {"сотни": 50, "тысячи": 500, "дюжины": 6}
#: "более сотни", "около десятка", "свыше сотни беспилотников": a ten or a hundred in the
#: genitive after a word of quantity is one ten or one hundred ("сотни" alone is "hundreds").
_SCORE_AFTER_QUANTITY = {"десятка": 10, "сотни": 100, "дюжины": 12}
_QUANTITY_BEFORE = re.compile(
    r"(?<![\w-])(?:более|свыше|около|порядка|почти|менее|не\s+менее|не\s+более)\s+\Z",
    re.IGNORECASE,
)
#: Every word that can be part of a number written in words.
_NUMBER_WORDS = frozenset(WORDS) | frozenset(_HALF_OF) | HALF | frozenset(_SCORE_OF)
_NUMBER_WORDS |= frozenset(_SCORE_ALONE) | {_HALF_WORD}

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


def is_year(written: str) -> bool:
    """Whether a number is written as a year is: four digits from 1900 to 2100 ("2024"; "2 024"
    and "2,024" are counts)."""
    return len(written) == 4 and written.isdecimal() and 1900 <= int(written) <= 2100


def figure_value(text: str) -> int | None:
    """Return a figure written in digits ("12") or in words ("twelve", "двенадцать")."""
    return int(text) if text.isdecimal() else words_value(text)


def words_value(phrase: str) -> int | None:
    """Return the value of a run of number words ("сто сорок один" -> 141), None if malformed.

    Thousands are counted apart from the part below them ("две тысячи триста" is 2,300,
    "two thousand three hundred" too); "полторы тысячи" is 1,500.
    """
    parts = [p for p in re.split(r"[\s-]+", phrase.lower()) if p]
    if "and" in parts:
        # "a hundred and twelve": "and" only right after a hundred or a thousand
        keep = [
            p for k, p in enumerate(parts) if p != "and" or k == 0 or parts[k - 1] not in _AND_AFTER
        ]
        if len(keep) == len(parts) or parts[-1] == "and":
            return None
        parts = keep
    if parts[0] == _HALF_WORD:
        # "пол-сотни", "пол сотни": half of the word after it, only as the whole number
        return _HALVED.get(parts[1]) if len(parts) == 2 else None
    big = 0  # the thousands read so far
    total = 0  # the part below a thousand
    last = 10**9
    for k, p in enumerate(parts):
        if p in HALF:
            # "полторы" only as the whole of "полторы тысячи", "полтора десятка"
            nxt = parts[k + 1] if k + 1 < len(parts) else ""
            if k != 0 or nxt not in _HALF_OF or len(parts) != 2:
                return None
            return _HALF_OF[nxt] * 3 // 2
        if p in _SCORE_ALONE and len(parts) == 1:
            return _SCORE_ALONE[p]  # "десяток беспилотников", "полсотни дронов"
        if p in _SCORE_OF and p not in MULTIPLIERS:
            # "два десятка", "три сотни", "двенадцать сотен" (1,200): a unit or a teen before
            # it, and nothing after it
            if k != len(parts) - 1 or not 1 <= total <= 19 or big:
                return None
            return total * _SCORE_OF[p]
        if p in MULTIPLIERS:
            if big or (k == 0 and len(parts) == 1):
                # "тысяча тысяч" is no count; "тысячи" alone is "thousands" or a headline's
                # "более тысячи" (the figure comes in the text): a thousand only with more
                # words ("тысяча двести") or a number before it ("две тысячи", "1,5 тыс."); as
                # the whole number, only before a drone noun (``_ONE_THOUSAND``)
                return None
            big = max(total, 1) * MULTIPLIERS[p]
            total, last = 0, 1000
            continue
        v = WORDS.get(p)
        if v is None:
            return None
        if p == "hundred":
            total = max(total, 1) * 100
            last = 100
            continue
        if p == "dozen":
            if k != len(parts) - 1 or total >= 10:
                return None  # "two dozen" only: nothing after it, no "twenty dozen"
            total = max(total, 1) * 12
            continue
        if v >= last or (v >= 10 and last < 100 and last >= 10) or (v == 0 and len(parts) > 1):
            return None  # "два три" is two numbers, not one
        total += v
        last = v
        if v < 10:
            last = 1  # nothing may follow a unit
    return big + total


#: What groups digits in thousands: spaces, a comma, a point, an apostrophe (also written as an
#: acute accent or a right quote: "1´200", "1’200"), and the same in the Arabic ("١٬٢٠٠") and
#: full-width ("１，２００") forms, whose digits are read too.
_SEPARATORS = " \u00a0\u2007\u2009\u202f.,'\u00b4\u2019\u02bc\u066c\uff0c\uff0e"
#: Digits grouped in thousands by one separator used throughout: a space of any width
#: ("1 034", "1\u00a0034", "1\u202f034"), a comma ("1,200"), a point ("1.200") or an
#: apostrophe ("1'200"). Never part of a longer run of digits, a decimal, a date or a time.
_GROUPED = (
    rf"(?<![\d.,:])\d{{1,3}}(?P<sep>[{_SEPARATORS}])\d{{3}}(?:(?P=sep)\d{{3}})*(?!\d|[.,:]\d)"
)
#: A decimal of thousands: "1,5 тыс.", "1.5 thousand" (the word is read after it).
_DECIMAL = r"(?<![\d.,:])\d{1,3}[.,]\d{1,3}(?=\s*(?:тыс|thousand))"
#: Digits with the case ending of a cardinal after a hyphen: "более 5-ти БПЛА" (пяти), "2-х"
#: and "2-ух" (двух), "3-ех" (трех, "ё" normalised), "7-ми" (семи), "3-мя" (тремя), "20-ти", "5-и";
#: the nominative's and the instrumental's too, which no ordinal ends in: "5-ть" (пять, "20-ть",
#: "10-ть"), "5-ью" (пятью), "2-а" (два; not after 1: "12-а" is a house's number).
#: An ordinal's endings ("12-го", "2-й", "5-е", "5-ю") are no count and are not read.
_CASED = r"\d{1,5}-(?:х|ух|ех|ёх|ти|ми|мя|и|ть|ью|(?<!1\d-)(?<=2-)а)(?![\w-])"
_TOKEN = re.compile(
    rf"(?P<grouped>{_GROUPED})|(?P<decimal>{_DECIMAL})|(?P<cased>{_CASED})"
    r"|\d+(?=[-–—]\d)|\w+(?:-\w+)*",  # "10-15 БПЛА": two numbers, a range
    re.IGNORECASE,
)
#: A Russian post's clock may join its hours and minutes by a hyphen: "с 20-00 до 23-00", "с
#: 20.00 до 23-30 мск". It is read so only in a window (``parsing.time``: a start and an end, or
#: a start with "мск"), where a range of counts has no place: two digits of minutes, no digit
#: after them and no drone noun or month ("до 10-15 беспилотников", "с 10-15 мая" are no clock).
CLOCK_DASH = (
    r"-(?=[0-5]\d(?!\d)(?!\s*(?:[а-яё]+\s+)?(?:бпла|беспилот|дрон|drone|uav)"
    rf"|\s*(?:{vocab.RU_MONTHS_GEN_RE}|{vocab.UA_MONTHS_GEN_RE}|раз|%)))"
)
_CLOCK_IN_WINDOW = rf"\d{{1,2}}(?:[.:]|{CLOCK_DASH})[0-5]\d(?!\d)"
#: What follows a single hyphen clock with no "мск" after "в", "около", "к" (a time told like
#: "в 6.05"): a mark or the end, a part of the day, a place's preposition, or the verb that
#: downs ("Беспилотник сбит в 6-05, сообщил ...", "В 22-15 над X сбиты три", "около 23-40
#: уничтожен"), a drone in the singular; another noun after it is a range ("в 5-10 раз", "в 2-3
#: км", "около 20-30 дронов").
CLOCK_PROSE_AFTER = (
    r"\s*(?:[,.;:!?)]|$)|\s+(?:мск|по\s+московскому|утра|вечера|ночи|дня"
    r"|над|в|во|на|у|под|близ|вблизи|возле|был[аио]?"
    # the subject in the singular: "в 4-30 беспилотник уничтожен" ("4-30 беспилотников" a range)
    r"|беспилотник|дрон|беспилотный)(?![а-яё])"
    rf"|\s+(?:{vocab.VERB_STEM_RU})[а-яё]*(?![а-яё])"
)
#: That clock with its preposition: "в 6-05", "около 23-40", "примерно в 4-30", "к 7-00".
CLOCK_PROSE = (
    r"(?<![\w-])(?:в|во|около|примерно\s+в|к)\s+(?:[01]?\d|2[0-3])-[0-5]\d(?!\d)"
    f"(?={CLOCK_PROSE_AFTER})"
)
#: The clocks of such a window, whose hours and minutes are never counts ("с 20:00 до 23-30
#: над X сбиты 4": 4, never a range from 23).
_HYPHEN_CLOCK = re.compile(
    rf"(?<![\w-])(?:с|c)\s+{_CLOCK_IN_WINDOW}(?:\s*мск)?(?:\s+\d{{1,2}}\s+[а-яё]+)?\s*,?\s*"
    rf"(?:до|по)\s+{_CLOCK_IN_WINDOW}|\d{{1,2}}{CLOCK_DASH}[0-5]\d(?=\s*(?:мск|по\s+московскому))"
    rf"|{CLOCK_PROSE}",
    re.IGNORECASE,
)


def _in_hyphen_clock(text: str, a: int) -> bool:
    """Whether the digits at ``a`` (beside a hyphen) are a clock's of a window (``CLOCK_DASH``)."""
    return any(
        m.start() <= a < m.end()
        for m in _HYPHEN_CLOCK.finditer(text, max(0, a - 60), min(len(text), a + 60))
    )


#: Thousands written after digits: "15 тысяч", "2 тыс.", "1,5 тыс", "1.5 thousand".
_THOUSANDS_AFTER = re.compile(r"\s*(?:тыс(?:яч[а-я]*)?\.?|thousand)(?![\w-])", re.IGNORECASE)
#: The hundreds written in digits after the thousands' word: "1 тыс. 200", "1 тыс 200", "2 тыс.
#: 50" (1,200 and 2,050: the thousands had been dropped, 200 stored). Never a date's day ("2 тыс.
#: 15 сентября"), a clock ("2 тыс. 15:30"), a decimal or a longer number.
_HUNDREDS_AFTER = re.compile(
    r"[ \u00a0](?P<n>\d{1,3})(?![\d.,:]?\d)"
    rf"(?!\s*(?:{vocab.RU_MONTHS_GEN_RE}|{vocab.UA_MONTHS_GEN_RE})(?![а-яё]))",
    re.IGNORECASE,
)
#: The largest figure a count may have: a longer number is an id, a sum of money, a phone.
MAX_COUNT = 999_999
_GAP = re.compile(r"\s+")


def _with_thousands(text: str, value: Decimal | int, b: int) -> tuple[Decimal | int, int]:
    """``value`` (its digits ending at ``b``) with the thousands' word after it and the hundreds
    in digits after that word ("1 тыс. 200": 1,200), and where the number ends."""
    thousands = _THOUSANDS_AFTER.match(text, b)
    if thousands is None:
        return value, b
    b = thousands.end()
    hundreds = _HUNDREDS_AFTER.match(text, b) if value == int(value) else None
    if hundreds is None:
        return value * 1000, b
    return int(value) * 1000 + int(hundreds["n"]), hundreds.end()


def _token_value(tok: str) -> bool:
    """True when every hyphen part of a token is a number word ("twenty-two")."""
    low = tok.lower()
    if low in _NUMBER_WORDS:
        return True
    return "-" in low and all(p in _NUMBER_WORDS for p in low.split("-"))


def _digits(m: re.Match[str], text: str) -> Number | None:
    """The number a token of digits is, with thousands after it; None for no count."""
    tok, a, b = m.group(), m.start(), m.end()
    value: Decimal | int
    if m.group("grouped"):
        value = int(re.sub(r"\D", "", tok))
    elif m.group("decimal"):
        value = Decimal(tok.replace(",", "."))
    else:
        tok = tok.split("-", 1)[0]  # "5-ти": the digits before the case ending
        if len(tok) > 5 or (a >= 2 and text[a - 1] in ".:," and text[a - 2].isdigit()):
            return None  # an id, or the end of "7.00", "20:00", "2,5"
        if len(tok) > 1 and tok[0] == "0":
            # a count is never written with a leading zero: "с 20-00 до 23-00" (a clock's
            # minutes after a dash, as Russian posts write them), "05" of a code
            return None
        if b + 1 < len(text) and text[b] in ".:," and text[b + 1].isdigit():
            return None  # the start of a time or a decimal
        if (text[b : b + 1] == "-" or text[a - 1 : a] == "-") and _in_hyphen_clock(text, a):
            return None  # "с 20-00 до 23-30": a clock's hours or minutes
        value = int(tok)
    value, b = _with_thousands(text, value, b)
    if value != int(value) or not 0 <= value <= MAX_COUNT:
        return None  # "1.5" alone, "1,2345 тыс.", a phone number
    return Number(int(value), a, b)


#: Maximal runs of letters: the first part of every number-word token is one of them.
_LETTER_RUN = re.compile(r"[^\W\d_][^\W\d_]*")  # (not "+": see _DIGIT_RUN)
#: Punctuation that sits at a word's edges ("области,", "«Орел»", "(12"): none is a letter,
#: so a word stripped of it holds the same runs of letters.
_EDGE_MARKS = ",.;:!?\"'()[]{}«»„“”‘’<>–—-…/*"


def letter_runs(text: str) -> list[str]:
    """``_LETTER_RUN.findall(text)``: the maximal runs of letters, read word by word.

    The engine tests every character against the Unicode categories of ``[^\\W\\d_]`` (about
    70 ns a character: 31 µs for a ministry list of 440 characters); most words are letters
    alone, once their punctuation is stripped, and ``str.isalpha`` answers for them in C.
    Same runs: a space is in no run, so every run lies inside one word; a word of letters is
    one run (a letter is a word character, neither a digit nor "_"), one of decimal digits
    none; any other word is read by the pattern (``tests/parsing/test_scan_shortcuts.py``).
    """
    runs: list[str] = []
    for word in text.split():
        if word.isalpha():
            runs.append(word)
            continue
        core = word.strip(_EDGE_MARKS)
        if core.isalpha():
            runs.append(core)
        elif core and not core.isdecimal():
            runs += _LETTER_RUN.findall(core)
    return runs


#: Maximal runs of digits: every token that starts with a digit starts where one of them does.
#: (``\d\d*``, not ``\d+``: a pattern that opens with a class lets the engine skip to the
#: next digit; one that opens with a repeat is tried at every character.)
_DIGIT_RUN = re.compile(r"\d\d*")


#: After a run of digits, the characters that may go on with its token: a separator of
#: thousands or a decimal point ("1 200", "1,5 тыс.", "7.00", "20:00") when a digit follows.
_GOES_ON_BEFORE_DIGIT = frozenset(_SEPARATORS + ":")
#: ... and whatever follows: a dash of a range or a hyphenated word ("10-15", "15-й").
_GOES_ON = frozenset("-–—_")


def _alone(text: str, a: int, b: int) -> bool:
    """Whether the run of digits ``text[a:b]`` is a whole token of ``_TOKEN`` by itself.

    It is when a space that follows no digit (or the text's start) comes before it, so no
    token reaches into it (only a number grouped in thousands holds a space, after a
    digit), and nothing after it can go on with it: no letter or digit (``\\w``), no
    dash or hyphen, no separator of thousands or point before a digit. Then
    ``_TOKEN`` matches the run alone (``\\w+``), as the scan from that space would.
    """
    if a and not (text[a - 1].isspace() and (a == 1 or not text[a - 2].isdecimal())):
        return False
    if b == len(text):
        return True
    c = text[b]
    if c.isalnum() or c in _GOES_ON:
        return False
    return not (c in _GOES_ON_BEFORE_DIGIT and b + 1 < len(text) and text[b + 1].isdigit())


def _plain_digits(text: str, a: int, b: int) -> Number | None:
    """:func:`_digits` of a token that is a run of digits alone (:func:`_alone`)."""
    if b - a > 5:
        return None  # an id
    value, b = _with_thousands(text, int(text[a:b]), b)
    return Number(int(value), a, b) if value <= MAX_COUNT else None


def _digit_numbers(text: str, body: Body | None = None) -> list[Number]:
    """``_read(text, tokens)`` for a text without number words, over the tokens of
    ``_TOKEN.finditer(text)`` that start with a digit, read only where needed: the scan
    starts afresh a little before each run of digits instead of reading every word. A fresh
    scan from a space that follows no digit reads the same tokens as the whole scan (no
    token holds such a space: only a number grouped in thousands holds a space, after a
    digit), so the tokens from there on are the same. No token of digits is a number word
    nor part of a run of them (no number word holds a digit), so each is read alone.

    ``body``: the text's list rows (``parsing.rows``), whose only digits are their figures,
    each a token alone (a space after ": ", ", ", " и " or " and " before it, a space and a word
    or a dash after it; at most three digits, no thousands after it): read without a scan."""
    if body is None:
        return _digit_runs(text, _DIGIT_RUN.finditer(text))
    out = _digit_runs(text, _DIGIT_RUN.finditer(text, 0, body.start))
    out += [Number(int(text[row[0] : row[1]]), row[0], row[1]) for row in body.rows]
    # (the body ends at a region's head noun: no token goes on from its last letter)
    return out + _digit_runs(text, _DIGIT_RUN.finditer(text, body.end), body.end)


def _digit_runs(text: str, runs: Iterator[re.Match[str]], pos: int = 0) -> list[Number]:
    """:func:`_digit_numbers` over the runs of digits ``runs`` of ``text``, the whole scan
    having read ``text[:pos]``."""
    out: list[Number] = []
    skip_to = pos  # the end of "тысяч" read with the digits before it
    for run in runs:
        a = run.start()
        if a < pos:
            continue  # inside a token already read ("1 200": the "200")
        if a >= skip_to and _alone(text, a, run.end()):
            # (most runs of a list of figures: "15 БПЛА", "12 over"): the token is the run
            pos = run.end()
            if (n := _plain_digits(text, a, pos)) is not None:
                out.append(n)
                skip_to = n.end
            continue
        q = a
        while (q := text.rfind(" ", pos, q)) > 0 and text[q - 1].isdecimal():
            pass  # a space after a digit may be inside "1 200": look further back
        pos = max(q, pos)
        while pos <= a and (m := _TOKEN.search(text, pos)) is not None:
            pos = m.end()
            tok = m.group()
            if (
                tok[0].isdecimal()
                and m.start() >= skip_to
                and (
                    m.group("grouped") or m.group("decimal") or m.group("cased") or tok.isdecimal()
                )
                and (n := _digits(m, text)) is not None
            ):
                out.append(n)
                skip_to = n.end
    return out


#: "several dozen", "a few dozen" (before "dozen"): dozens, no number.
_FEW_BEFORE = re.compile(r"(?<![\w-])(?:several|a\s+few|few|many)\s+\Z", re.IGNORECASE)
#: "a pair" (before "pair"): two; "the pair", "each pair" are no count of their own.
_A_BEFORE = re.compile(r"(?<![\w-])a\s+\Z", re.IGNORECASE)
#: "half a dozen" (before "dozen"): six ("a dozen" alone had been read, 12).
_HALF_A_BEFORE = re.compile(r"(?<![\w-])half\s+a\s+\Z", re.IGNORECASE)
#: Russian "пара" before a drone noun: two ("уничтожена пара беспилотников", "сбили пару
#: БПЛА", "парой дронов"); elsewhere ("пара часов", "пару раз") no count. So "пяток", five of a
#: kind as "десяток" is ten ("сбили пяток дронов"; also the genitive plural of "пятка", a heel:
#: a count only before a drone noun).
_COLLECTIVE_RU = {"пара": 2, "пару": 2, "пары": 2, "парой": 2, "пяток": 5}
_COLLECTIVE_RU_NOUN = re.compile(
    r"\s+(?:[а-яё]+(?:ых|их)\s+)?(?:беспилот|бпла|дрон)", re.IGNORECASE
)
#: English "a couple of" before a drone noun: two ("a couple of drones", "a couple of Ukrainian
#: UAVs"); elsewhere ("a couple of hours") no count.
_COUPLE_EN_NOUN = re.compile(
    r"\s+of\s+(?:[a-z-]+\s+){0,2}?(?:drones?|uavs?|unmanned)(?![\w-])", re.IGNORECASE
)
#: The words :func:`_read` reads: the number words, "пара", "пяток" and "couple".
_WORDS_READ = _NUMBER_WORDS | set(_COLLECTIVE_RU) | {"couple"}
#: English "a hundred and twelve", "two thousand and five": "and" inside one number, after
#: a hundred or a thousand and before the number words that follow it.
_AND_AFTER = frozenset(("hundred", "thousand"))
_AND_GAP = re.compile(r"\s+and\s+", re.IGNORECASE)


def find_numbers(text: str, body: Body | None = None) -> list[Number]:
    """Return the numbers in ``text``; a run of words that is not one number is split.

    Digits inside clock times and decimals ("7.00", "20:00", "2,5") are not numbers here;
    digits grouped in thousands are ("1 200", "2,000"), and so are thousands in words.
    Word tokens are looked up in a dict (much faster than one regex of every form); a text
    without any number word (most sentences of a list of figures) reads only the tokens at its
    digits (same numbers, without a loop over every word). ``body``: the text's list rows
    (``parsing.rows``), whose words and figures are known without reading them.
    """
    found = (
        _digit_numbers(text, body)
        if _without_number_words(text, body)
        else _read(text, _TOKEN.finditer(text))
    )
    if len(found) < 2:
        return found  # (a run of five numbers reads as two at least: "8 800 555" is none, 35, 35)
    return _without_runs(text, found)


#: A run of five numbers or more joined by spaces, dashes or brackets: a telephone number ("8
#: 800 555-35-35", "+7 (4722) 32-42-13", "8-800-100-12-34"), never counts.
_RUN_SEP = r"(?:[ \u00a0]?[-–—][ \u00a0]?|[ \u00a0]\(?[ \u00a0]?|\([ \u00a0]?)"
#: (It opens on its first character, so the engine skips to each digit, "+" or "("; a
#: lookahead first had it try every character. The lookbehind sees that character too.)
PHONE_RUN = re.compile(
    r"[\d+(](?<![\w.,:/+-][\d+(])"
    r"(?:(?<=\+)[ \u00a0]?\(?\d{1,5}|(?<=\()\d{1,5}|(?<=\d)\d{0,4})\)?"
    rf"(?:{_RUN_SEP}\d{{1,5}}\)?){{4,}}(?!\d|[.,:/-]\d)"
)


def _without_runs(text: str, found: list[Number]) -> list[Number]:
    """``found`` without the numbers inside a run of five or more (``PHONE_RUN``)."""
    # (a run may start before its first number read: "8 800 555" is too large for a count)
    runs = [m.span() for m in PHONE_RUN.finditer(text, max(0, found[0].start - 24), found[-1].end)]
    if not runs:
        return found
    return [n for n in found if not any(a <= n.start < b for a, b in runs)]


#: Whether no word of a body's rows but their regions' is a number word (``rows.ROW_WORDS``,
#: "БПЛА", "над", "over", "UAVs", "drones", lower-cased as the runs of letters are).
_ROW_WORDS_PLAIN = _NUMBER_WORDS.isdisjoint({*ROW_WORDS, "бпла", "над", "over", "uavs", "drones"})


def _without_number_words(text: str, body: Body | None = None) -> bool:
    """Whether no word of ``text`` is a number word (its numbers are all digits)."""
    low = text.lower()
    if body is not None and _ROW_WORDS_PLAIN:
        # a body's runs of letters are its rows' own words and their regions' (none crosses
        # its edges: a space before its first figure, no letter after its last head noun)
        if not _WORDS_READ.isdisjoint([row[4] for row in body.rows]):
            return False
        words = letter_runs(low[: body.start])
        words += letter_runs(low[body.end :])
    else:
        words = letter_runs(low)
    # (no letter run may hold a digit other than 0-9, "²": such a token is read as digits)
    return (
        len(low) == len(text)
        and _WORDS_READ.isdisjoint(words)
        and (not words or "".join(words).isalpha())
    )


def _read(text: str, tokens: Iterator[re.Match[str]]) -> list[Number]:
    """The numbers the tokens of ``text`` make (see :func:`find_numbers`)."""
    out: list[Number] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        if not run:
            return
        a, b = run[0].start(), run[-1].end()
        if len(run) == 1 and run[0].group().lower() == "dozen" and _FEW_BEFORE.search(text, 0, a):
            run.clear()  # "several dozen drones": dozens, no number
            return
        if (
            len(run) == 1
            and run[0].group().lower() == "dozen"
            and (half := _HALF_A_BEFORE.search(text, max(0, a - 40), a)) is not None
        ):
            out.append(Number(6, half.start(), b))
            run.clear()
            return
        if len(run) == 1 and run[0].group().lower() == "pair" and not _A_BEFORE.search(text, 0, a):
            run.clear()  # "the pair", "each pair": no number
            return
        if (
            len(run) == 1
            and (score := _SCORE_AFTER_QUANTITY.get(run[0].group().lower()))
            and _QUANTITY_BEFORE.search(text, max(0, a - 12), a)
        ):
            out.append(Number(score, a, b))
            run.clear()
            return
        if (
            len(run) == 1
            and run[0].group().lower() in _ONE_THOUSAND
            and _COLLECTIVE_RU_NOUN.match(text, b) is not None
        ):
            out.append(Number(1000, a, b))
            run.clear()
            return
        value = words_value(text[a:b])
        if value is not None:
            out.append(Number(value, a, b))
        elif len(run) == 1 and "-" in run[0].group():
            # "пятнадцать-двадцать": a range in words, each bound a number as in "15-20"
            out.extend(_hyphen_parts(run[0]))
        elif len(run) > 1:
            for t in run:  # "два три": two numbers
                v = words_value(t.group())
                if v is not None:
                    out.append(Number(v, t.start(), t.end()))
        run.clear()

    skip_to = 0  # the end of "тысяч" read with the digits before it
    for m in tokens:
        if m.start() < skip_to:
            continue
        tok = m.group()
        if tok[0].isdecimal() and (
            m.group("grouped") or m.group("decimal") or m.group("cased") or tok.isdecimal()
        ):
            flush()
            n = _digits(m, text)
            if n is not None:
                out.append(n)
                skip_to = n.end
            continue
        # most tokens are no number: one set lookup, and nothing to flush while no run is open
        if tok.lower() in _NUMBER_WORDS or ("-" in tok and _token_value(tok)):
            if (
                run
                and not _GAP.fullmatch(text[run[-1].end() : m.start()])
                and not (
                    run[-1].group().lower() in _AND_AFTER
                    and _AND_GAP.fullmatch(text, run[-1].end(), m.start())
                )
            ):
                flush()
            run.append(m)
        elif run and not (tok.lower() == "and" and run[-1].group().lower() in _AND_AFTER):
            flush()
        if (
            tok.lower() in _COLLECTIVE_RU and _COLLECTIVE_RU_NOUN.match(text, m.end()) is not None
        ) or (
            tok.lower() == "couple"
            and _A_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
            and _COUPLE_EN_NOUN.match(text, m.end()) is not None
        ):
            flush()
            out.append(Number(_COLLECTIVE_RU.get(tok.lower(), 2), m.start(), m.end()))
    flush()
    return out


def _hyphen_parts(token: re.Match[str]) -> list[Number]:
    """The numbers of a hyphenated token of number words that is no number as a whole
    ("пятнадцать-двадцать": 15 and 20), or none when a part is no number by itself."""
    out: list[Number] = []
    at = token.start()
    for part in token.group().split("-"):
        value = words_value(part)
        if value is None:
            return []
        out.append(Number(value, at, at + len(part)))
        at += len(part) + 1
    return out


@dataclass(frozen=True, slots=True)
class Doubt:
    """A number in a text that must not silently become a count, with why and its span."""

    detail: str
    start: int
    end: int
    #: whether it may be a list row's figure after a dash or a colon ("Брянская область —
    #: 1\u200b2"); a telephone number after "Горячая линия:" is none
    row: bool = True


#: Characters that show nothing: between two digits they hide how many digits there are.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPLIT_DIGITS = re.compile(rf"\d{{1,6}}(?:[{_INVISIBLE}]{{1,10}}\d{{1,6}})+")  # bounded: linear
#: A minus sign on a count ("-5", "−5"), not a range ("10-15") nor a hyphenated word.
#: Digit-like characters no number is written with: superscripts and subscripts ("5²", a
#: footnote glued to a figure), circled and dingbat numbers ("⑤"). The parser reads none of
#: them as a figure, so a text with one next to digits, or standing alone, goes to review.
_ODD = "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u249b\u24ea-\u24ff\u2776-\u2793"
_ODD_DIGITS = re.compile(
    rf"\d{{1,6}}[{_ODD}]{{1,6}}|[{_ODD}]{{1,6}}\d{{1,6}}|(?<![\w{_ODD}])[{_ODD}]{{1,3}}(?![\w{_ODD}])"
)
#: (The sign first, then what stands before it: a pattern that opens with a lookbehind is
#: tried at every character of the text; one that opens with a class skips to it.)
_NEGATIVE = re.compile(r"[-−](?<![\w.,:)\]\-−].)\d+")
#: A number alone between tags ("<b>2</b>", "<span>12</span>"): markup is blanked before
#: parsing, so the number would stand in the text as if it belonged to the sentence.
_IN_MARKUP = re.compile(
    r"<[A-Za-z][^<>]{0,200}>\s{0,20}(?P<n>\d{1,6})\s{0,20}</[A-Za-z][^<>]{0,50}>"
)
#: An update's label: "UPD (2)", "Update 3:", "Обновлено (2)", "(2)" opening a line.
_LABEL = re.compile(
    r"(?im)(?:^[ \t]{0,20}|(?<![\w-])(?:upd|update|обновлено|обновление|дополнено|апдейт|edit)\.?:?[ \t]{0,5})"
    r"[(\[](?P<n>\d{1,3})[)\]]"
)


#: A figure's first character is read by the engine's skip (every match opens on one: a digit, a
#: fraction, a Roman numeral), then each kind goes on from its second character (the kind told
#: by a lookbehind on the first), in the order the kinds were tried; before, the pattern opened
#: on a lookahead and a lookbehind, which the engine tried at every character of the text (10 ms
#: a MB of prose, 24 of the ``windows`` shape). ``tests/parsing/test_number_scans.py`` compares
#: its matches with that pattern's.
_OPENING = r"[\d\u00bc-\u00be\u2150-\u215e\u2160-\u2188IVXLCDMlOxх×](?<![\w.,:/\u2044\u2215].)"
#: After the first digit: a decimal ("2,5"), a fraction ("17/20", "1½"), digits spaced apart
#: ("10 00"), thousands ("1 000 000") or too many digits, "1.2K", a case ending ("5ти"), a Latin
#: "O" or "l" or a times sign ("1O", "1l5", "5x"), a hyphened ending ("4-е", "12-а"), a mark
#: over it, a decimal's thousands with hundreds after them ("1,5 тыс. 200": neither 1,500 nor
#: 1,700 for sure; 200 had been stored).
_AFTER_A_DIGIT = (
    r"\d{0,5}[.,]\d{1,2}(?!\d)(?!\s*(?i:тыс|thousand))"
    r"|\d{0,5}[.,]\d{1,2}[ \u00a0]?(?i:тыс)\.?[ \u00a0]\d{1,3}(?![\d.,:]?\d)"
    # (the fraction slash and the division slash too: "1⁄2" had been read as 2)
    r"|\d{0,5}\s?[/\u2044\u2215]\s?\d{1,6}|\d{0,2}[\u00bc-\u00be\u2150-\u215e]"
    r"|\d{0,2}(?: \d{1,2})+(?!\d)"
    r"|\d{0,2}(?P<sep>[ .,\u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})+|\d{5,}"
    r"|\d{0,2}(?:[.,]\d{1,2})?[kKкК]|\d{0,4}(?i:[а-яё]{1,3})|\d{0,2}[Oo]{1,3}\d{0,2}|\d{0,2}l\d{0,2}"
    r"|\d{0,2}[xX×]"
    r"|\d{0,4}-[ЕеЮю]|(?<=1)\d-[Аа]"
    r"|\d{0,5}[\u0300-\u036f]+"
)
#: A Roman numeral after its first letter: the thousands, hundreds, tens and units that may
#: follow it ("XII": "II" after "X"). (Not one letter of C, L, D or M alone: a Latin "C" stands
#: for the Cyrillic "С" in "C БПЛА"; a numeral of one "X", "V" or "I" is one.)
_HUNDREDS, _TENS, _UNITS = "(?:CM|CD|D?C{0,3})", "(?:XC|XL|L?X{0,3})", "(?:IX|IV|V?I{0,3})"
_ROMAN_AFTER_FIRST = (
    rf"(?<=M)(?=[IVXLCDM])M{{0,3}}{_HUNDREDS}{_TENS}{_UNITS}"
    rf"|(?<=C)(?=[IVXLCDM])(?:M|D|C{{0,2}}){_TENS}{_UNITS}"
    rf"|(?<=D)(?=[IVXLCDM])C{{0,3}}{_TENS}{_UNITS}"
    rf"|(?<=X)(?:C|L|X{{0,2}}){_UNITS}"
    rf"|(?<=L)(?=[IVXLCDM])X{{0,3}}{_UNITS}"
    r"|(?<=I)(?:X|V|I{0,2})|(?<=V)I{0,3}"
)
#: A figure written in a way no count is, right before a drone noun (at most two words between:
#: "уничтожены 2,5 украинских БПЛА"): the parser reads it as another number ("17/20" as 20,
#: "10 00" as 0) or as none (the area named without a figure), so a person must read it. A
#: decimal ("2,5", "1.25"; not "1,5 тыс.", which is 1,500), a fraction ("1/2", "17/20", "½"),
#: digits spaced apart that are no thousands ("1 2", "10 00"), a number too large for a count
#: ("1 000 000", "1234567"), "1.2K", a Roman numeral ("XII", "Ⅻ"), a digit with a mark over it
#: ("5\u0336", struck through), digits glued to a case ending ("5ти": "5-ти" is read), to a
#: Latin "O" for a nought ("1O") or "l" for a one ("l5", "1l"), to a times sign ("5x", "5×"),
#: a hyphened ending that is a cardinal's or an ordinal's ("4-е": четыре or четвертые; "5-ю":
#: пятью or пятую; "12-а", two ending "двенадцать"), a decimal's thousands and hundreds ("1,5
#: тыс. 200"), a times sign before it ("x5"). A Latin letter is no guess: "l5" may be 15 or 5,
#: and had been no figure.
_UNREADABLE = re.compile(
    rf"(?P<n>{_OPENING}(?:(?<=\d)(?:{_AFTER_A_DIGIT})|(?<=[lOxх×])\d{{1,3}}(?:[lOo]\d{{0,2}})?"
    r"|(?<=[\u00bc-\u00be\u2150-\u215e])"
    rf"|(?<=[\u2160-\u2188])[\u2160-\u2188]{{0,3}}|{_ROMAN_AFTER_FIRST}))"
    rf"(?![\w.,/])\s{{1,3}}(?:[«\"]?[^\W\d_]+\s+){{0,2}}?(?i:{DRONE_NOUN})"
)
#: Digits glued to a drone noun ("уничтожены 5БПЛА"): no figure the parser reads (the noun is
#: no word of its own), nor can a space be put in (the text keeps its length), so a person
#: reads it. (A hyphen between, "5-БПЛА", is read as a space: ``parsing.text``.)
GLUED_RE = re.compile(r"\d(?<![\w.,:/]\d)\d{0,4}(?=(?P<noun>(?i:бпла|беспилот\w*|дрон\w*)))")
#: A line ending on a word's figure and the next opening on three digits and a drone noun
#: ("перехвачено 1\n034 БПЛА"): ``parsing.text`` reads one number wrapped at its thousands
#: space, which a line ending on its own figure ("сбито 2\n150 БПЛА над другими регионами")
#: is not: either reading may be wrong, so a person reads it.
_WRAPPED = re.compile(
    r"\n(?:"
    + "|".join(rf"(?<=[^\W_] \d{{{n}}}{blank}\n)" for n in (1, 2, 3) for blank in ("", " "))
    + r")(?=\d{3}[ \t]{1,3}(?i:бпла|беспилот|дрон|uav|drone))"
)
#: Three numbers or more joined by dashes or hyphens ("5-6-7", "пять-шесть-семь"): no range
#: (a range has two bounds), read as its last number or its first two. Up to three digits a
#: part ("2025-09-12" is a date) and four parts ("8-800-100-12-34" is a telephone number).
_RUN_OF_DIGITS = re.compile(r"\d{1,3}(?:\s?[-–—]\s?\d{1,3}){2,3}(?![\w.,/-])")
#: The middle of such a run: a number between two dashes (the scan looks for it first).
_MIDDLE_OF_RUN = re.compile(r"[-–—]\s?\d{1,3}\s?[-–—]\s?\d")
#: ... and where such a run of number words may be: a word between two hyphens ("-шесть-"),
#: grown to its whole token after (each pattern opens with what its match starts with: the
#: engine skips to it, instead of trying a lookbehind or a run of letters at every character).
_HYPHENED_WORD = re.compile(r"-[^\W\d_]{1,40}-(?=[^\W\d_])")
_TOKEN_EDGE = re.compile(r"[^\w-]")
#: A figure in digits with the same figure in words in parentheses, either way round: "12
#: (двенадцать)", "двенадцать (12)" (up to five words). When the two disagree ("12
#: (двадцать)") the parser reads one of them, and a person must say which.
_DIGITS_THEN_WORDS = re.compile(
    r"(?P<d>\d{1,6})\s?\(\s?(?P<w>[^\W\d_]+(?:[\s-][^\W\d_]+){0,4})\s?\)"
)
#: Where such a figure may be: a parenthesis that opens on a letter after a digit.
_PAREN_WORDS = re.compile(r"\((?=\s?[^\W\d_])")
_PAREN_DIGITS = re.compile(r"\(\s?(?P<d>\d{1,6})\s?\)")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+[\s-]){0,4}[^\W\d_]+\s?\Z")
#: What each scan needs to find anything at all: a text without it skips the scan (each
#: scan of 10 MB took 0.1-0.7 s, and most texts hold no invisible or odd digit, no label).
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_ANY_ODD = re.compile(f"[{_ODD}]")
_ANY_LABEL = re.compile(r"[(\[]\d{1,3}[)\]]")
_ANY_DRONE = re.compile(DRONE_NOUN, re.IGNORECASE)


def _wrapped_span(text: str, newline: int) -> tuple[int, int]:
    """The span of the digits before ``text[newline]`` and the three after it (``_WRAPPED``)."""
    start = newline
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == " "):
        start -= 1
    while text[start] == " ":
        start += 1
    return start, newline + 4


def _wrapped_number(text: str, newline: int) -> str:
    start, end = _wrapped_span(text, newline)
    return text[start:end]


def doubtful_numbers(text: str, *, between: Callable[[], None] | None = None) -> list[Doubt]:
    """Return the numbers of ``text`` (raw, before normalising) a person must check.

    The parser reads the text as written: "-5" as 5, "1\\u200b5" (a zero-width space in
    15) as two numbers, "UPD (2) ... уничтожено 5" and "<b>2</b> ... 5" with 2 first, "17/20
    БПЛА" as 20, "2,5 БПЛА" or "XII БПЛА" as no figure. Each is a figure that may be read
    wrong, so the store sends such a text to review.
    ``between()`` is called between the six scans of the text (a cancel of a long text is
    heard there: each scan of 10 MB takes a few tenths of a second).
    """
    between = between or _nothing
    out = [
        Doubt(f"digits split by an invisible character: {m.group()!r}", m.start(), m.end())
        for m in _scan(_SPLIT_DIGITS, _ANY_INVISIBLE, text)
    ]
    between()
    out += [
        Doubt(f"digits no figure is written with: {m.group()!r}", m.start(), m.end())
        for m in _scan(_ODD_DIGITS, _ANY_ODD, text)
    ]
    between()
    out += [
        Doubt(f"a number with a minus sign: {m.group()!r}", m.start(), m.end())
        for m in _NEGATIVE.finditer(text)
    ]
    between()
    out += [
        Doubt(f"a number alone inside markup: {m.group()!r}", m.start("n"), m.end("n"))
        for m in _IN_MARKUP.finditer(text)
    ]
    between()
    out += [
        Doubt(f"a numbered label, not a count: {m.group().strip()!r}", m.start("n"), m.end("n"))
        for m in _scan(_LABEL, _ANY_LABEL, text)
    ]
    between()
    if _ANY_DRONE.search(text) is not None:
        out += [
            Doubt(f"a figure no count is written as: {m.group('n')!r}", m.start("n"), m.end("n"))
            for m in _UNREADABLE.finditer(text)
        ]
        out += [
            Doubt(
                f"a number glued to its drone noun: {text[m.start() : m.end('noun')]!r}", *m.span()
            )
            for m in GLUED_RE.finditer(text)
        ]
        out += [
            Doubt(f"a number broken over two lines: {_wrapped_number(text, m.start())!r}", *span)
            for m in _WRAPPED.finditer(text)
            for span in [_wrapped_span(text, m.start())]
        ]
    out += [
        Doubt(f"a year or a list row's figure: {m.group('n')!r}", m.start("n"), m.end("n"))
        for m in _YEAR_LIKE.finditer(text)
        if _ROW_BEFORE_YEAR.search(text, max(0, m.start() - 8), m.start()) is not None
    ]
    runs = [
        Doubt(
            f"a run of numbers, no count (a telephone number?): {m.group()!r}", *m.span(), row=False
        )
        for m in PHONE_RUN.finditer(text)
    ]
    if runs:
        # (its numbers read as one doubt, not as a figure no count is written as too)
        out = [d for d in out if not any(r.start <= d.start < r.end for r in runs)] + runs
    # (with the last scan: ``between`` is heard between six groups of scans, as it was)
    out += _runs_of_numbers(text)
    if "(" in text:
        out += _disagreeing(text)
    out.sort(key=lambda d: (d.start, d.end))
    return out


def _runs_of_numbers(text: str) -> list[Doubt]:
    """More than two numbers in one run, in digits or words ("5-6-7", "пять-шесть-семь")."""
    runs = []
    done = 0
    for m in _MIDDLE_OF_RUN.finditer(text):
        if m.start() < done:
            continue
        # the run's first number: up to three digits and a space before the first dash
        start, first = _digits_before(text, m.start(), 3)
        run = _RUN_OF_DIGITS.match(text, first) if first < start else None
        if run is None:
            continue
        done = run.end()
        if not (first and (text[first - 1].isalnum() or text[first - 1] in ".,:/-_")):
            runs.append((first, run.end()))
    done = 0
    for m in _HYPHENED_WORD.finditer(text):
        if m.start() < done:
            continue
        start = m.start()
        while start and text[start - 1] not in _TOKEN_STOPS:
            start -= 1
        edge = _TOKEN_EDGE.search(text, m.end())
        end = len(text) if edge is None else edge.start()
        done = end
        token = text[start:end].strip("-")
        parts = token.lower().split("-")
        if len(parts) > 2 and all(p in _NUMBER_WORDS for p in parts):
            runs.append((start, start + len(token)))
    return [
        Doubt(f"more than two numbers in one run: {text[a:b]!r}", a, b) for a, b in sorted(runs)
    ]


def _digits_before(text: str, at: int, most: int) -> tuple[int, int]:
    """Return where the digits before ``at`` end (one space before ``at`` skipped) and where
    they start, taking up to ``most`` of them (start == end: no digit there)."""
    end = at - (1 if at and text[at - 1].isspace() else 0)
    start = end
    while start > end - most and start and text[start - 1].isdigit():
        start -= 1
    return end, start


#: What ends a token of words and hyphens, looking back from one of its hyphens.
_TOKEN_STOPS = frozenset(" \t\n\r.,;:!?()[]{}«»\"'/—–")


def _disagreeing(text: str) -> list[Doubt]:
    """Figures written in digits and in words beside each other that disagree: "12 (двадцать)",
    "двадцать (12)" (the same figure twice, "12 (двенадцать)", is no doubt)."""
    out = []
    for paren in _PAREN_WORDS.finditer(text):
        start, first = _digits_before(text, paren.start(), 6)
        m = _DIGITS_THEN_WORDS.match(text, first) if first < start else None
        if m is None:
            continue
        if first and (text[first - 1].isalnum() or text[first - 1] in ".,:/"):
            continue  # the end of a longer number, a decimal or a time
        words = m["w"]
        value = words_value(words)
        if value is None:
            continue  # "12 (по данным ...)", "3 (из 5)": no figure in words
        if value != int(m["d"]):
            out.append(Doubt(f"digits and words disagree: {m.group()!r}", m.start(), m.end()))
    for m in _PAREN_DIGITS.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words = before.group().split()
        # the longest run of words right before the parenthesis that is one number
        for k in range(len(words)):
            value = words_value(" ".join(words[k:]))
            if value is not None:
                break
        else:
            continue
        if value != int(m["d"]):
            shown = " ".join(words[k:]) + " " + m.group()
            out.append(Doubt(f"digits and words disagree: {shown!r}", m.start("d"), m.end("d")))
    return out


#: A number written as a year is (``is_year``) that ends a list row ("Курская область — 2024.",
#: "Курская область: 2024;"): a dateline's year as well as a row's figure, which the grammar
#: cannot tell apart (``count_rules.year_for_figure`` reads no such row). Opens with the digits
#: (the engine skips to them; "no digit before" is asked after the first: written before it, it
#: made the engine try the pattern at every character, 16 ms of 2 MB of news, now 3); what
#: stands before them is ``_ROW_BEFORE_YEAR``: a dash after a space, or a colon after a word
#: ("2022-2024." is a span of years, "12:2024" no row).
_YEAR_LIKE = re.compile(
    r"(?P<n>1(?<!\d1)9\d\d|2(?<!\d2)(?:0\d\d|100))(?![.,]?\d)(?=[^\S\n]*(?:[,;.)]|$))", re.M
)
_ROW_BEFORE_YEAR = re.compile(r"(?:[^\S\n][—–-]|[^\d\s]:)[^\S\n]*$")


def _scan(pattern: re.Pattern[str], needs: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing at once when ``needs`` (a part every match of
    ``pattern`` holds) is nowhere in ``text``."""
    return pattern.finditer(text) if needs.search(text) else iter(())


def _nothing() -> None:
    pass

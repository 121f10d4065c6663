"""Offset-preserving normalisation and sentence splitting.

Every substitution here replaces one character with one character, so an offset into the
normalised text is the same offset into the original: evidence spans need no map back.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from parsing import letters
from parsing._errors import ReportTooLongError

#: Latin letters that real texts put inside Cyrillic words ("Tекст", "cбиты", "C 20.00 мск").
LATIN_TO_CYR = str.maketrans("aAcCeEoOpPxXyTHBMK", "аАсСеЕоОрРхХуТНВМК")
#: The same letters the other way, for an English word with a Cyrillic look-alike inside
#: ("drоnes" with a Cyrillic "о", typed on a Russian layout or put there to get past a filter:
#: it had been no drone noun, and the figure was lost without a word).
CYR_TO_LATIN = str.maketrans("аАсСеЕоОрРхХуТНВМК", "aAcCeEoOpPxXyTHBMK")
#: Spaces and invisible characters (nbsp, thin spaces, zero-width, emoji variation selectors),
#: and Markdown emphasis around words ("над **Брянской** областью", "__Курской__").
#: One pass of a character class: ``str.translate`` looks every character of a Cyrillic
#: text up in a dict and was the slowest step of normalising (about a hundred times slower).
_SPACES = re.compile(
    "["
    + re.escape(
        "\u00a0\u00ad\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f\t\r*_`~"
        # the ideographic and the medium mathematical space ("1\u3000200": a thousands space)
        "\u3000\u205f"
    )
    + "]"
)
#: An official's term for an area set in quotation marks, as news quotes the ministry's word for
#: it ('19 over the "Moscow region"', "над «Московским регионом»"): the quoted words are the
#: place as written, and both marks are blanked (:func:`_unquote_areas`). Only names in capitals
#: before the head noun and nothing after it: a quoted sentence is never one.
_QUOTED_AREA = re.compile(
    # (the mark first, then what stands before it: the engine skips to each mark)
    r"[\"“«„](?<=[\w,] .)(?P<term>[A-ZА-Я][\w-]*(?: [A-ZА-Я][\w-]*){0,2}"
    r" (?:[Rr]egion|[Oo]blast|[Kk]rai|регион\w{0,3}|област\w{1,3}|кра[йяюе]\w{0,2}))[\"”»“]"
)


def _unquote_areas(text: str) -> str:
    """``text`` with each quoted area term's marks blanked (``_QUOTED_AREA``), same length."""
    # (each mark found by ``str.find`` and the pattern tried there alone: a search scanned every
    # character, 0.7 % of a ministry-sized parse)
    spans = []
    for mark in '"«“„':
        at = text.find(mark)
        while at >= 0:
            if (m := _QUOTED_AREA.match(text, at)) is not None:
                spans.append(m.span())
            at = text.find(mark, at + 1)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start] = chars[end - 1] = " "
    return "".join(chars)


#: A lone tilde before a number is "about" ("~20 БПЛА", "~ 20 drones"), written as "≈" so the
#: count rules read it.
_ABOUT_TILDE = re.compile(r"(?<![~\d])~(?=\s?\d)")
#: The prefix "бес-" written "без-" before the voiceless "п" ("сбит безпилотник", "безпилотных
#: летательных аппаратов"): a common misspelling of the drone noun, spelt right (the same length)
#: so every pattern of the noun reads it.
_BEZ_PILOT = re.compile(r"(?<![^\W\d_])([Бб][Ее])[Зз](?=[Пп][Ии][Лл][Оо][Тт])")
#: Struck-out text, as Markdown writes it and as a Telegram export's strikethrough entity is
#: stored ("сбиты ~~5~~ 7 БПЛА": the author corrected 5 to 7): blanked with its marks, never
#: read; it stays in the stored text, and the claim beside it says so (``pipeline``).
#: (no tilde inside: a scan from each "~~" stops at the next tilde, linear)
STRUCK = re.compile(r"~~[^~]{1,2000}~~")
#: Where a word switches alphabet ("облаcтью" with a Latin c): only words with such a seam
#: are translated, other words are left alone. The seam is found first and its word grown
#: around it, once per word, so a pass stays linear even over a word of 80 KB without spaces
#: (a pattern of the whole word around the seam backtracks over it from every letter).
_SEAM = re.compile(rf"{letters.LATIN}(?={letters.RUSSIAN})|{letters.RUSSIAN}(?={letters.LATIN})")
_ANY_CYR = re.compile(r"[А-Яа-яЁё]")
_LETTERS = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
)
_WORD_TAIL = re.compile(r"[A-Za-zА-Яа-яЁё]*")
_NOT_CYR = re.compile(r"[^А-Яа-яЁё]+")
_NOT_LAT = re.compile(r"[^A-Za-z]+")
_LONE_C = re.compile(r"(?<![\w.])[Cc](?= \d)")
#: The drone nouns a count stands before ("БПЛА", "беспилотников", "дронов", "UAVs", "drones").
_DRONE_NOUN = r"(?i:бпла|беспилот|дрон|uav|drone)"
#: How a verb of downing ends ("уничтожен", "уничтожены", "сбит", "сбиты", "destroyed", "shot
#: down"), each a lookbehind of its own (one lookbehind takes one width).
_DOWNED_ENDS = ("[ео]н", "[ео]н[аоы]", "ит", "ит[аоы]", "ed", "wn")
#: A line break that is no "\n": a carriage return alone (an old Mac's or a spreadsheet's
#: lines), the line and paragraph separators a word processor or a browser's copy writes, the
#: next-line, vertical-tab and form-feed controls. Each had been a space: a list's rows ran into
#: one line, the rows lost. ("\r\n" keeps its "\r", a blank at the line's end.)
_LINE_BREAKS = "\r\u2028\u2029\x85\x0b\x0c"
_LINE_BREAK = re.compile("[\u2028\u2029\x85\x0b\x0c]|\r(?!\n)")
#: A tab after a word and before the figure that ends its line: a table's cell boundary, as a
#: table copied from a browser or a spreadsheet is pasted ("Брянская область\t5"), read as a
#: table's bar ("|": ``count_rules.NAME_DASH_RU``) where it had been a space and the row lost.
_CELL_TAB = re.compile(r"(?<=\S)\t+(?=\d{1,4}[ \t]*(?:\n|\r|$))")
#: A line wrapped inside a sentence ("Ранее мэр Сергей Собянин\nсообщил ..."): a letter ends
#: the line and a lower-case letter starts the next one, so the break is only a space; so is
#: a break after a comma before a word ("сбиты в Кировском, Тарусском,\nБабынинском
#: районах": a list goes on, its next name capitalised).
#: (The lookbehind after the "\n", over it and the letter before: the engine then jumps from
#: one line break to the next instead of testing a lookbehind at every character.)
#: A line that ends with a blank (a text written on Windows ends its lines with "\r\n", a
#: blank here) is read the same way. A count is never cut by a line break: a number at a line's
#: end before a drone noun ("уничтожены 5\nБПЛА"), and a verb of downing at a line's end
#: before a number and a drone noun ("уничтожены\n5 БПЛА", "destroyed\n5 drones"), are one line.
#: But a line may open with a drone noun as a new sentence does: a capitalised word ("Дроны
#: также сбиты ...", "Беспилотники атаковали ...") always, and the abbreviation ("БПЛА
#: сбиты также ...") after a list item's figure, a number after a dash or a colon ("Курская
#: область — 12"): the number ends its line, and a number cut from its noun follows a word.
_WRAP = re.compile(
    r"\n(?:(?<=[^\W\d_]\n)(?=[a-zа-яё])|(?<=,\n)(?=[^\W\d_])"
    r"|(?<=[^\W\d_] \n)(?=[a-zа-яё])|(?<=, \n)(?=[^\W\d_])"
    r"|(?:(?<=\d\n)|(?<=\d \n))(?=бпла|беспилот|дрон|uav|drone)"
    + "|(?:"
    + "|".join(
        rf"(?<=[^\W_] {digits}{blank}\n)"
        for digits in (r"\d", r"\d\d", r"\d\d\d", r"\d\d\d\d")
        for blank in ("", " ")
    )
    + ")(?=БПЛА|БпЛА|UAV)"
    # "Перехвачено 1\n034 БПЛА": a thousands space where the line was wrapped (after a word)
    + "|(?:"
    + "|".join(
        rf"(?<=[^\W_] {digits}{blank}\n)"
        for digits in (r"\d", r"\d\d", r"\d\d\d")
        for blank in ("", " ")
    )
    + rf")(?=\d{{3}}[ \t]{{1,3}}{_DRONE_NOUN})"
    + "|(?:"
    + "|".join(f"(?<={end}{blank}\n)" for end in _DOWNED_ENDS for blank in ("", " "))
    + rf")(?=\d{{1,4}}\s{_DRONE_NOUN})"
    ")"
)
#: HTML markup pasted with a report ("<img src=x onerror=alert(1)> Над ..."): its words are
#: not the text's, and "alert(1)" would read as a warning with a count of one. A tag starts
#: with a Latin name, so "<3" and "< 5" stay. No part runs past the next "<" or ">", so an
#: unclosed "<!--" or "<a" costs a short scan, not one to the end of the text. Markup
#: escaped on its way ("&lt;b&gt;Над ...&lt;/b&gt;") is blanked the same way (no part runs
#: past the next "&").
_MARKUP = re.compile(
    r"<!--[^<>]*-->|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>"
    r"|&lt;/?[A-Za-z][\w-]*(?:\s[^<>&]*)?/?&gt;"
)

#: A link ("https://t.me/channel/12345", "www.site.ru/news/2025/09/12/777"): no word of it is
#: the text's, and its digits read as a count ("над X (https://t.me/x/99) уничтожены 5 БПЛА" gave
#: X 99). Blanked up to its last character that is no stop, comma or bracket (a sentence's end
#: after it stays). A Markdown link ("[над X](https://...)") keeps its words, its marks blanked.
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]*[^\s<>\"«».,;:!?)\]'»]")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|www\.|tg://)[^()\s]{0,2000}\)")


def _blank_links(text: str) -> str:
    """``text`` with its links blanked and its Markdown links' marks blanked (same length)."""
    if "](" in text:
        text = _MARKDOWN_LINK.sub(lambda m: " " + m.group(1) + " " * (m.end() - m.end(1)), text)
    return _LINK.sub(lambda m: " " * len(m.group()), text)


#: What a token (a run of characters between blanks) may hold that is no character of the
#: text as it is read, each found here, read as what it stands for and moved out of the word:
#: an HTML entity left in pasted or feed text ("5&nbsp;БПЛА", "1&nbsp;200", "бес&shy;пилотников",
#: escaped twice: "&amp;nbsp;"), a soft hyphen (U+00AD, a web page's "&shy;", invisible when
#: shown: "бес\u00adпилотников") or a stress mark inside a word, Markdown's asterisks inside a
#: word or a number ("1**2** БПЛА", "Брян**ской**"), and a word hyphenated at a line's end
#: ("бес-\nпилотников"). The token's characters after the first such one are written again with
#: what they stand for and the token is filled up with spaces at its end, so the text keeps its
#: length ("1&nbsp;200 БПЛА" -> "1\u00a0200      БПЛА"); the characters after it stand to the left
#: of where they stood, which :class:`Moved` records for the evidence spans (``to_original``).
#: A soft hyphen elsewhere is a space (``_SPACES``): "5\u00adБПЛА" is "5 БПЛА".
_ENTITY = re.compile(r"&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Where :func:`_rewrite` may have work, each opening on its own character (a pattern that
#: opens on a class of letters is tried at every letter): an entity, a soft hyphen or a stress
#: mark, a zero-width character, asterisks, a hyphen at a line's end. What stands around each
#: is tested after.
_TRIGGER = re.compile(
    r"&(?:amp;)?(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    "|[\u00ad\u0301\u200b\u200c\u200d\u2060\ufeff]|\\*+|-[ \\t\\r]*\\n|\\+|-odd(?![A-Za-z])|\u20e3"
)
_BLANK = re.compile(r"\s")
_HYPHEN_BREAK = re.compile(r"-[ \t\r]*\n(?=[a-zа-яё])")
#: What :func:`_read_token` reads one by one: the rest of a token is copied as it stands.
_SPECIAL = re.compile("[&\\-\u00ad\u0301*+\ufe0f\u20e3\u200b\u200c\u200d\u2060\ufeff]")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyzабвгдежзийклмнопрстуфхцчшщъыьэюяё")


@dataclass(frozen=True, slots=True)
class Moved:
    """A token :func:`normalise` wrote again: ``start``-``end`` in both texts; the normalised
    text holds ``len(starts)`` characters of it from ``start`` (the rest spaces), the k-th of
    which stands for ``text[starts[k]:ends[k]]`` of the original."""

    start: int
    end: int
    starts: tuple[int, ...]
    ends: tuple[int, ...]


def _may_rewrite(text: str) -> bool:
    """Whether ``text`` holds a character that may start what :func:`_rewrite` reads (tests in C)."""
    return (
        "&" in text
        or "\u00ad" in text
        or "\u0301" in text
        or "*" in text
        or "-\n" in text
        or "-\r" in text
        or "+" in text
        or "-odd" in text
        or "\u20e3" in text
        or _has_invisible(text)
    )


#: Zero-width characters (space, non-joiner, joiner, word joiner, the byte order mark): inside
#: a word ("Б\u200dПЛА", "бес\u2060пилотников", "Бря\u200bнской", pasted from apps that put them
#: there or to get past a filter) they join its letters, as a soft hyphen does (the word had
#: been cut in two: no drone noun and no figure, or an unknown place). Between digits they stay
#: a doubt (``numbers.doubtful_numbers``); elsewhere a space (``_SPACES``).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character of ``_INVISIBLE`` (five tests in C)."""
    return (
        "\u200b" in text
        or "\u200d" in text
        or "\u200c" in text
        or "\u2060" in text
        or "\ufeff" in text
    )


def _joins(text: str, m: re.Match[str]) -> bool:
    """Whether the trigger ``m`` stands where :func:`_rewrite` reads it (see there)."""
    c = m.group()[0]
    if c == "&":
        return True
    if c == "\u20e3":
        return _keycap_count(text, m.start())
    before = text[m.start() - 1] if m.start() else ""
    if c == "+" or m.group() == "-odd":
        after = text[m.end()] if m.end() < len(text) else ""
        return before.isdigit() and not after.isdigit() and after != "+"
    if c == "-":
        return before in _LOWER and m.end() < len(text) and text[m.end()] in _LOWER
    after = text[m.end()] if m.end() < len(text) else ""
    if c == "*":
        return (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())
    return before.isalpha()  # a soft hyphen or a stress mark after a letter


def _keycap_count(text: str, at: int) -> bool:
    """Whether the keycap mark at ``text[at]`` is a figure's digit ("уничтожены 5\ufe0f\u20e3
    БПЛА", "Курская область — 1\ufe0f\u20e34\ufe0f\u20e3"): a digit before it, and a letter or
    a digit before its run of keycaps on its line. A run that opens its line ("1\ufe0f\u20e3
    Брянская область — 14", after blanks or a bullet) numbers a list, and is blanked
    (``_KEYCAP``)."""
    i = at - 1
    if i >= 0 and text[i] == "\ufe0f":
        i -= 1
    if i < 0 or not text[i].isdigit():
        return False
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in _KEYCAP_MARKS):
        i -= 1  # to the run's first digit
    # (back to the line's start or the first letter or digit: each character is walked over
    # for one run at most, the next run stops at this one's digits)
    while i > 0 and text[i - 1] != "\n":
        i -= 1
        if text[i].isalnum():
            return True
    return False


#: What a keycap is written with after its digit: the variation selector and the keycap.
_KEYCAP_MARKS = frozenset("\ufe0f\u20e3")


def _rewrite(text: str) -> tuple[str, tuple[Moved, ...]]:
    """Return ``text`` with its tokens' entities, joiners and line-end hyphens read (above),
    the same length, and the tokens written again."""
    parts: list[str] = []
    moved: list[Moved] = []
    done = 0  # text[:done] is in parts
    listed = 0  # the end of a list's keycaps (``_keycap_count``): their next marks are its too
    for m in _TRIGGER.finditer(text):
        if m.start() < done or m.start() < listed:
            continue  # inside a token already written or read
        if not _joins(text, m):
            if m.group() == "\u20e3":
                listed = _token_end(text, m.start())
            continue  # nothing to read
        # (from the character before it: whether a joiner joins two letters is read there)
        at = m.start() - 1 if m.start() and not text[m.start() - 1].isspace() else m.start()
        while at > done and text[at - 1].isdigit():
            at -= 1  # a qualifier after a number is read before the whole number ("20+")
        end = _token_end(text, m.start())
        chars, starts, ends = _read_token(text, at, end)
        if len(chars) == end - at and "".join(chars) == text[at:end]:
            continue  # nothing it stands for differs (an unknown entity: "&foo;")
        parts.append(text[done:at])
        parts.append("".join(chars) + " " * (end - at - len(chars)))
        moved.append(Moved(at, end, tuple(starts), tuple(ends)))
        done = end
    if not moved:
        return text, ()
    parts.append(text[done:])
    return "".join(parts), tuple(moved)


def _token_end(text: str, at: int) -> int:
    """Where the token holding ``text[at]`` ends: at a blank, unless a hyphen breaks its last
    word at the line's end (then the next line's word is the token's too)."""
    while True:
        blank = _BLANK.search(text, at)
        end = len(text) if blank is None else blank.start()
        if (
            end > 1
            and text[end - 1] == "-"
            and text[end - 2] in _LOWER
            and (br := _HYPHEN_BREAK.match(text, end - 1)) is not None
        ):
            at = br.end()
            continue
        return end


def _read_token(text: str, a: int, b: int) -> tuple[list[str], list[int], list[int]]:
    """The characters ``text[a:b]`` stands for, each with the span of the original it comes from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = a
    while i < b:
        sp = _SPECIAL.search(text, i, b)
        j = b if sp is None else sp.start()
        if j > i:  # a stretch of plain characters, as they stand
            chars.extend(text[i:j])
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
            i = j
            continue
        c = text[i]
        if c == "&" and (e := _ENTITY.match(text, i, b)) is not None:
            raw = e.group()
            told = html.unescape("&" + raw[5:] if raw.startswith("&amp;") else raw)
            if told != raw:
                chars.extend(told)
                starts.extend([i] * len(told))
                ends.extend([e.end()] * len(told))
                i = e.end()
                continue
        if (c == "+" or text.startswith("-odd", i)) and chars and chars[-1].isdigit():
            after = text[i + 1 : i + 2] if c == "+" else text[i + 4 : i + 5]
            if not (after.isdigit() or after == "+" or (c == "-" and after.isalpha())):
                # "20+ БПЛА" is at least 20, "20-odd drones" about 20: the sign before the number
                first = len(chars)
                while first > 0 and chars[first - 1].isdigit():
                    first -= 1
                width = 1 if c == "+" else 4
                chars.insert(first, "≥" if c == "+" else "≈")
                starts.insert(first, i)
                ends.insert(first, i + width)
                i += width
                continue
        if c in "\ufe0f\u20e3" and chars and chars[-1].isdigit():
            # a keycap's digit read as a digit ("1\ufe0f\u20e32\ufe0f\u20e3 БПЛА": 12), its marks
            # part of it
            i += 1
            ends[-1] = i
            continue
        if c == "-" and chars and chars[-1] in _LOWER:
            br = _HYPHEN_BREAK.match(text, i, b)
            if br is not None:  # "бес-\nпилотников": one word
                i = br.end()
                continue
        chars.append(c)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return _without_joiners(chars, starts, ends)


#: What :func:`_without_joiners` may leave out of a token.
_JOINERS = frozenset("\u00ad*\u0301" + _INVISIBLE)


def _without_joiners(
    chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Leave out soft hyphens and zero-width characters between two letters, a stress mark
    after a letter and asterisks between two letters or two digits (each an invisible or a
    mark inside a word)."""
    keep: list[int] = []
    k, n = 0, len(chars)
    while k < n:
        c = chars[k]
        if c not in _JOINERS:
            keep.append(k)
            k += 1
            continue
        run = k
        while run < n and chars[run] == c:
            run += 1
        before = chars[keep[-1]] if keep else ""
        after = chars[run] if run < n else ""
        if c == "\u0301":
            drop = before.isalpha()
        elif c == "*":
            drop = (before.isalpha() and after.isalpha()) or (before.isdigit() and after.isdigit())
        else:
            drop = before.isalpha() and after.isalpha()
        if not drop:
            keep.extend(range(k, run))
        k = run
    if len(keep) == n:
        return chars, starts, ends
    return [chars[k] for k in keep], [starts[k] for k in keep], [ends[k] for k in keep]


def to_original(
    span: tuple[int, int], moved: tuple[Moved, ...], starts: Sequence[int] | None = None
) -> tuple[int, int]:
    """Return the span of the original text that the normalised text's ``span`` stands for (the
    same span unless it starts or ends inside a token :func:`normalise` wrote again).

    ``moved`` is in the text's order and its tokens do not overlap, so the token holding each
    end is found by bisection over ``starts`` (``[m.start for m in moved]``: pass it when
    mapping many spans; a loop over every token for every span had made a long text's many
    claims quadratic)."""
    if starts is None:
        starts = [m.start for m in moved]
    a, b = span
    # (min and max: a qualifier read after its number stands before it, "20+" as "≥20")
    i = bisect_right(starts, a) - 1
    if i >= 0 and a < (m := moved[i]).end:
        k = a - m.start
        a = min(m.starts[k:]) if k < len(m.starts) else m.end
    j = bisect_left(starts, b) - 1  # the last token opening before b
    if j >= 0 and b <= (m := moved[j]).end:
        k = min(b - m.start, len(m.ends))
        b = max(m.ends[:k]) if k else m.start
    return a, b


#: Dashes and hyphens of other code points ("5 ‑ над X", a non-breaking hyphen; "−", the minus
#: sign; "‒", the figure dash; "―", the horizontal bar; full-width and small forms): read as the
#: hyphen, en dash and em dash the rules know ("5 ‑ над X" had given X with no figure).
_DASH_OF = str.maketrans("\u2010\u2011\u2012\u2015\u2212\ufe58\ufe63\uff0d", "--–—-—--")


def _has_odd_dash(text: str) -> bool:
    """Whether ``text`` holds a dash of ``_DASH_OF`` (eight tests in C: a third of the time of
    one search of their class)."""
    return (
        "\u2011" in text
        or "\u2212" in text
        or "\u2010" in text
        or "\u2012" in text
        or "\u2015" in text
        or "\uff0d" in text
        or "\ufe63" in text
        or "\ufe58" in text
    )


#: A range written with an ellipsis ("5…7 БПЛА", "5...7", "5 … 7"), as Russian technical
#: writing writes ranges: a dash ("5–7"; "5…7" had given 7, "5 … 7" nothing).
_ELLIPSIS_RANGE = re.compile(r"\d(?:…|\.\.\.| … | \.\.\. )(?=\d)")
_RANGE_DASH = {"…": "–", "...": " – ", " … ": " – ", " ... ": "  –  "}
#: A row's dash written as an ellipsis or a times sign: "Брянская область ... 5", "Курская
#: область … 3", "Брянская область — x5", "Курская область ×3" (the figure ends its line or
#: its row). The ellipsis ended the sentence and the sign glued to the figure made none of it:
#: both rows had been lost without a word. Written as a dash, the sign after a dash as a blank
#: (:func:`_row_mark`, which also asks for a name or its parenthesis before the mark); an
#: ellipsis before a figure and its drone noun ("уничтожены... 5 БПЛА") as blanks.
_ROW_MARK = re.compile(
    # (two points or more, an ellipsis, a sign after a blank, or a dash, blanks and the sign:
    # opening on one class, which the engine skips to)
    r"[.…xх×–—:-](?:(?<=\.)\.+|(?<=…)|(?<=[ \t][xх×])|(?<=[ \t][–—:-])[ \t]*[xх×])"
    r"(?=[ \t]*\d{1,4}(?:[ \t]*(?:(?:шт|ед)\.?)?[ \t]*(?:[,;]|\.?[ \t]*(?:\n|$))"
    r"|(?P<noun>[ \t]+(?i:бпла|беспилот|дрон|uav|drone))))"
)


#: The Cyrillic sign after a row's dash ("— х5"): what a text holds for ``_ROW_MARK`` to find it,
#: tested in C as the other marks are (a search for the signs before a digit cost 0.7 % of a
#: parse, the Cyrillic "х" being in most words: the letters are looked for after a blank or a
#: dash only).
_EM_DASH_X, _EN_DASH_X = "— х", "– х"


def _row_mark(m: re.Match[str]) -> str:
    """The mark ``m`` of ``_ROW_MARK`` as a row's dash when a name (a letter or a closing
    parenthesis) stands before it, blanks between; else as it is."""
    text, i = m.string, m.start()
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    mark = m.group()
    if i == 0 or not (text[i - 1].isalpha() or text[i - 1] == ")"):
        return mark
    if m.group("noun") is not None:
        # "уничтожены... 5 БПЛА": a pause before the figure and its noun, no row (its sentence
        # had ended at the ellipsis, the figure lost); "уничтожены x5 БПЛА" is held
        # (``parsing.numbers``: a sign before a figure no count is written with)
        return mark if mark[-1] in "xх×" else " " * len(mark)
    if mark[-1] in "xх×" and mark[0] in "–—:-":
        return mark[:-1] + " "  # "— x5": the dash is there
    return "—" + " " * (len(mark) - 1)


#: A list's own numbering ("1) Курская область — 6", "б) над ...;"): a number or one letter and a
#: closing parenthesis at the head of a line or after a colon or semicolon is no figure; it
#: is blanked like a bullet (the number would read as a count of drones).
_LIST_MARK = re.compile(r"(?m)(?:^|(?<=[:;]))[ \t]*(?:\d{1,2}|[а-яa-z])\)(?=[ \t])")

#: A keycap emoji numbering a list ("1️⃣ Брянская область — 14"): a digit, the variation
#: selector and the combining keycap; blanked like a list mark (its digit is no figure).
_KEYCAP = re.compile("[0-9#*]\ufe0f?\u20e3")

#: A figure's hyphen before its drone noun ("уничтожены 5-БПЛА", as "5-ти БПЛА" is written): a
#: space ("5-БПЛА" had given no figure and no drone noun: the noun's word starts after a hyphen).
_FIGURE_HYPHEN = re.compile(r"-(?<=\d-)(?=(?i:бпла|беспилот|дрон))")


def _one_sided_hyphens(text: str) -> str:
    """``text`` with each hyphen that has a blank before it and a letter glued after it
    ("больше всего - 16 -сбито над X") written as an en dash: a hyphen joins two words, so one
    set off on one side is the dash the writer meant (the word after it had been read as a
    hyphenated word's part). Found by ``str.find`` (a pattern tried at every character of
    every text had cost a per cent of a parse)."""
    at = text.find(" -")
    chars: list[str] | None = None
    while at >= 0:
        after = at + 2
        if after < len(text) and text[after].isalpha():
            chars = chars or list(text)
            chars[at + 1] = "–"
        at = text.find(" -", after)
    return text if chars is None else "".join(chars)


#: Pictographs (emoji and the symbols channels use as emoji) between a figure and its drone
#: noun ("уничтожены 5 \U0001f680 БПЛА", "12\u26a1дронов"): blanked, as a figure's noun stands after
#: it ("5 \U0001f680 БПЛА" had given the area with no figure). Elsewhere they stay (a list's bullets).
_PICTOGRAPHS = (
    "\u2190-\u21ff\u2300-\u23ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
)
_PICTOGRAPH_RUN = re.compile(
    # (bounded: a long run of pictographs is no figure's, and is scanned once from each;
    # opening on one range, the engine's fastest scan, then the pictographs' own class: a
    # text of Russian holds no character of it but for no one)
    rf"[\u2190-\U0001faff](?<=[{_PICTOGRAPHS}])(?:[ \t]{{0,3}}[{_PICTOGRAPHS}]){{0,7}}"
    r"(?=[ \t]{0,3}(?i:бпла|беспилот|дрон|uav|drone))"
)


def _figure_pictographs(m: re.Match[str]) -> str:
    """The run of pictographs ``m`` blanked when a figure stands before it (blanks between)."""
    text, i = m.string, m.start()
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return " " * len(m.group()) if i > 0 and text[i - 1].isdigit() else m.group()


#: The longest text one report may be (characters): far above any real statement or
#: article (the longest are a few tens of thousands); a longer text is refused with
#: :class:`ReportTooLongError`. It bounds the parse, it does not make it short: 10 MB of UTF-8
#: (5.5-5.9 M characters here) took 8 s of CPU as news prose, 18 s as ministry statements
#: and 46 s as statements of three short sentences (``bench/hardening_bench.py``,
#: ``docs/hardening.md``), and a text at the cap holds about twice that.
MAX_REPORT_CHARS = 10 * 2**20


def check_length(text: str) -> None:
    """Raise :class:`ReportTooLongError` when ``text`` is longer than ``MAX_REPORT_CHARS``."""
    if len(text) > MAX_REPORT_CHARS:
        msg = (
            f"the text is {len(text):,} characters long, more than the {MAX_REPORT_CHARS:,} one "
            "report may have: split it into its reports"
        )
        raise ReportTooLongError(msg)


def count_cyrillic(text: str) -> int:
    """Return how many Cyrillic letters (Russian alphabet) ``text`` holds, without a list of them."""
    return len(_NOT_CYR.sub("", text))


def count_latin(text: str) -> int:
    """Return how many Latin letters ``text`` holds."""
    return len(_NOT_LAT.sub("", text))


def has_latin(text: str) -> bool:
    """Whether ``text`` holds a Latin letter (``[A-Za-z]``), known in C: the text's ASCII
    characters, which differ in upper and lower case only if one of them is a letter (a
    search of the class tried every character, about ten times slower on a Russian text)."""
    ascii_part = text.encode("ascii", "ignore")
    return ascii_part.lower() != ascii_part.upper()


def unmix(text: str) -> str:
    """Translate the Latin letters of every word that mixes the two alphabets."""
    if text.isascii() or not has_latin(text) or _ANY_CYR.search(text) is None:
        return text  # one alphabet only: no seam (most texts are so)
    parts: list[str] = []
    done = 0  # text[:done] is in parts
    # (a long text's seams from its letters' classes: one match a letter costs 0.2 s a MB
    # of "a.ж.a.ж.", where every other character is tried)
    found = (
        letters.seams(text).tolist()
        if len(text) >= LONG_TEXT
        else (m.start() for m in _SEAM.finditer(text))
    )
    for seam in found:
        if seam < done:
            continue  # a further seam of a word already translated
        start = seam
        while start > done and text[start - 1] in _LETTERS:
            start -= 1
        end = _WORD_TAIL.match(text, seam).end()  # type: ignore[union-attr]
        parts.append(text[done:start])
        word = text[start:end]
        # (a word mostly of Latin letters is an English one: its Cyrillic look-alikes are Latin)
        latin = count_latin(word)
        table = CYR_TO_LATIN if latin > len(word) - latin else LATIN_TO_CYR
        parts.append(word.translate(table))
        done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def normalise(text: str) -> str:
    """Return ``text`` with markup blanked and homoglyphs, ё, odd spaces and quotes unified, same length.

    Raises :class:`ReportTooLongError` for a text over ``MAX_REPORT_CHARS``.
    """
    return normalise_moved(text)[0]


def normalise_moved(text: str) -> tuple[str, tuple[Moved, ...]]:
    """Return :func:`normalise`'s text and the tokens it wrote again (:func:`to_original`)."""
    check_length(text)
    out = text
    # (a test in C for each: the pattern's scan of every text had cost 1.4 % of a parse)
    if any(ch in text for ch in _LINE_BREAKS):
        out = _LINE_BREAK.sub("\n", text)
    if "\t" in out:
        out = _CELL_TAB.sub(lambda m: "|" + " " * (len(m.group()) - 1), out)
    # (every match opens with "<" or "&lt;": a test in C spares the engine's scan of a text
    # without markup, which tried the pattern at each character)
    if "<" in out or "&lt;" in out:
        out = _MARKUP.sub(lambda m: " " * len(m.group()), out)
    if "://" in out or "www." in out:
        out = _blank_links(out)
    moved: tuple[Moved, ...] = ()
    if _may_rewrite(out):
        out, moved = _rewrite(out)
    if "\u20e3" in out:
        out = _KEYCAP.sub(lambda m: " " * len(m.group()), out)
    if "~" in out:
        if "~~" in out:
            out = STRUCK.sub(lambda m: " " * len(m.group()), out)
        out = _ABOUT_TILDE.sub("≈", out)  # (before the Markdown tildes are blanked)
    out = (
        _SPACES.sub(" ", out)
        .replace("ё", "е")
        .replace("Ё", "Е")
        .replace("’", "'")
        .replace("‘", "'")
    )

    if '"' in out or "«" in out or "“" in out or "„" in out:
        out = _unquote_areas(out)
    if "зпилот" in out or "ЗПИЛОТ" in out:
        out = _BEZ_PILOT.sub(lambda m: m.group(1) + ("с" if m.group()[-1] == "з" else "С"), out)
    if any(hint in out for hint in _SPELT_OUT_HINTS):
        out, moved = _spelt_out(out, moved)
    if _has_odd_dash(out):
        out = out.translate(_DASH_OF)
    if "-" in out:
        out = _FIGURE_HYPHEN.sub(" ", out)
        out = _one_sided_hyphens(out)
    out = _PICTOGRAPH_RUN.sub(_figure_pictographs, out)
    if ("…" in out or "..." in out) and _ELLIPSIS_RANGE.search(out) is not None:
        out = _ELLIPSIS_RANGE.sub(lambda m: m.group()[0] + _RANGE_DASH[m.group()[1:]], out)
    if (
        "…" in out
        or ".." in out
        or "×" in out
        or " x" in out
        or _EM_DASH_X in out
        or _EN_DASH_X in out
    ):
        out = _ROW_MARK.sub(_row_mark, out)
    out = unmix(_WRAP.sub(" ", out))
    if ")" in out:
        out = _LIST_MARK.sub(lambda m: " " * len(m.group()), out)
    # ("C " or "c " first: without one the pattern cannot match, and counting costs a pass)
    if ("C " in out or "c " in out) and count_cyrillic(out) > count_latin(out):
        # "C 20.00 мск": a lone Latin C before a clock time in a Russian text.
        out = _LONE_C.sub(lambda m: m.group().translate(LATIN_TO_CYR), out)
    assert len(out) == len(text)
    return out, moved


#: A drone's abbreviation spelt out letter by letter, points or blanks between its letters
#: ("5 Б.П.Л.А.", "5 Б П Л А", "5 Б. п. Л. А.", "5 б.п.л.а.", "5 U.A.V.s"): written as the word
#: it is ("5 БПЛА", "5 бпла", "5 UAVs"; the figure had stood before no drone noun and been lost
#: without a word). Only the letters of a known abbreviation (БПЛА, БпЛА, UAV), one mark between
#: each two; the Russian one in either case (a quick post's "сбиты 3 б.п.л.а.").
_SPELT_OUT = re.compile(
    r"(?<![\w.])(?:[Бб](?P<ru>\. ?| )[Пп](?P=ru)[Лл](?P=ru)[Аа]|U(?P<en>\. ?| )A(?P=en)V)"
    r"(?P<stop>\.)?(?P<plural>(?<=V\.)s)?(?!\w)"
)
#: What a text holds for ``_SPELT_OUT`` to find (tested in C): the abbreviation's first two
#: letters (its last two, "л а", stand in many a text: "был атакован").
_SPELT_OUT_HINTS = (
    *(f"{b}{mark}{p}" for b in "Бб" for mark in (".", " ", ". ") for p in "Пп"),
    *("A.V", "A V", "A. V"),
)
#: What may follow an abbreviation's last point that makes the point no stop: a word in small
#: letters, a figure, a comma ("5 Б.П.Л.А. над ...", "5 U.A.V.s, 3 ...").
_GOES_ON = re.compile(r"[ \t]*[a-zа-я\d,;:)]")


def _spelt_out(text: str, moved: tuple[Moved, ...]) -> tuple[str, tuple[Moved, ...]]:
    """``text`` with its drone abbreviations spelt out (``_SPELT_OUT``) written as words, the
    same length: the letters at the abbreviation's start, blanks after, each letter's place in
    the original recorded (:class:`Moved`, with ``moved``, the tokens written before; an
    abbreviation inside one of them is left as it stands)."""
    parts: list[str] = []
    found: list[Moved] = []
    done = 0
    for m in _SPELT_OUT.finditer(text):
        if any(t.start < m.end() and m.start() < t.end for t in moved):
            continue
        mark = m.group("ru") or m.group("en") or ""
        letters_in = 4 if m.group("ru") is not None else 3
        at = [m.start() + k * (1 + len(mark)) for k in range(letters_in)]
        if m.group("plural") is not None:
            at.append(m.start("plural"))
        elif m.group("stop") is not None and (mark == " " or _GOES_ON.match(text, m.end()) is None):
            at.append(m.start("stop"))  # a stop that ends the sentence stays one
        word = "".join(text[i] for i in at)
        parts += [text[done : m.start()], word, " " * (m.end() - m.start() - len(word))]
        found.append(Moved(m.start(), m.end(), tuple(at), tuple(i + 1 for i in at)))
        done = m.end()
    if not found:
        return text, moved
    parts.append(text[done:])
    return "".join(parts), tuple(sorted((*moved, *found), key=lambda t: t.start))


def lower(text: str) -> str:
    """Lower-case ``text`` keeping its length (a few letters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the text and its index."""

    index: int
    start: int
    end: int


#: ... and a full stop glued to the next sentence ("беспилотников.Как он написал"): a word of
#: three letters or more, the stop, a capitalised word (abbreviations are shorter).
_BOUNDARY = re.compile(
    r"\n+|(?<=[.!?…])[\"»”]?\s+|(?<=[.!?][\"”»])(?=[A-ZА-Я])|(?<=[^\W\d_]{3}[.!?])(?=[А-ЯA-Z][а-яa-z])"
)
#: Where a boundary can start, one branch for each of ``_BOUNDARY``'s: at a line break, or
#: right after a stop followed by a space, by a closing quote and a capital, or by a capital
#: and a small letter. ``_BOUNDARY`` begins with lookbehinds, which make the
#: regular-expression engine try it at every character; every branch here begins with a
#: character, which it skips through quickly, and a stop inside a word ("a.b.c", "1.5",
#: "т.е.") is not tried at all (a run of 2 MB of "a.ж." took 0.5 s of tries).
#: (Written as "\n|[.!?…](?=[\"»”]?\s)|[.!?][\"”»](?=[A-ZА-Я])|[.!?](?=[А-ЯA-Z][а-яa-z])",
#: with the branches' first characters as one class in front: same matches, and the engine
#: skips to that class instead of trying four branches at every character.)
_BOUNDARY_HINT = re.compile(
    r"[\n.!?…](?:(?<=\n)|(?<=[.!?…])(?=[\"»”]?\s)|(?<=[.!?])[\"”»](?=[A-ZА-Я])|(?<=[.!?])(?=[А-ЯA-Z][а-яa-z]))"
)


#: The same places found from the character after the stop: a line break, a space, a quote
#: or a capital, with the stop behind it (the ``after`` group marks the closing quote of
#: ``_BOUNDARY``'s third branch, after which its match starts). A text of stops without
#: spaces ("a.ж.a.ж.", 2 MB: 0.08 s of tries at every stop) is searched this way.
_BOUNDARY_HINT_AFTER = re.compile(
    r"[\s\"»”A-ZА-Я](?:(?<=\n)|(?<=[.!?…]\s)|(?<=[.!?…][\"»”])(?=\s)"
    r"|(?<=[.!?][\"”»])(?P<after>)(?=[A-ZА-Я])|(?<=[.!?][А-ЯA-Z])(?=[а-яa-z]))"
)


def _hints(text: str, *, after: bool | None = None) -> Iterator[int]:
    """Where a match of ``_BOUNDARY`` can start, in order: found from the stop, or from the
    character after it (``after``; by default when the text holds more full stops than
    spaces)."""
    if after is None:
        after = text.count(".") > text.count(" ")
    if after:
        for h in _BOUNDARY_HINT_AFTER.finditer(text):
            yield h.end() if h.group("after") is not None else h.start()
    else:
        for h in _BOUNDARY_HINT.finditer(text):
            yield h.start() if h.group() == "\n" else h.end()


def _boundaries(text: str, *, after: bool | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``_BOUNDARY.finditer(text)``, tried only where one can start."""
    allowed = 0  # a match may start here or later (after the last one, as finditer goes on)
    for at in _hints(text, after=after):
        if at < allowed:
            continue
        m = _BOUNDARY.match(text, at)
        if m is None:
            continue
        yield m
        # after an empty match finditer moves on one character (no branch that failed here
        # can match at the same place with more characters)
        allowed = m.end() if m.end() > at else at + 1


_ABBREV = re.compile(
    # ("Шебекинский г.о. — 4", "Валуйский м. о.": a governor's districts, short)
    # ("в т.ч. 15 летевших на Москву": "в том числе" written short, the sentence goes on)
    r"(?:\b(?:г|т\.г|т\.\s?ч|т|п|с|д|им|ул|св|ок|пос|обл|кр|[Рр]есп|шт|ед|р-н|[гм]\.\s?о|тыс|млн|gen|St|Mr|Dr|No|a\.m|p\.m|U\.S"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)$"  # "overnight on Sept. 2", "1,5 тыс. БПЛА"
)
#: A counter word written short ends its sentence when a capital opens the next word and no
#: drone noun follows ("над X уничтожены БПЛА — 5 шт. Над Y ...": two sentences; "5 ед. БПЛА"
#: is one): the two had been read as one, and neither place kept its figure.
_COUNTER_ENDS = re.compile(r"(?<![\w-])(?:шт|ед)\.\s+(?=[А-ЯЕA-Z])(?!БПЛА|БпЛА|Беспилот|Дрон|UAV)")
_CLOCK_LEAD = re.compile(r"(?:^|\n)\s*\d{1,2}[:.]\d{2}\.$")
_SPACE_RUN = re.compile(r"\s*")
#: The longest sentence the rules read at once (characters). Real sentences stay far below
#: (the longest ministry list in the development corpus has 631); a longer run of text
#: without a sentence end (a pasted table, a line of garbage) is read in pieces of at most
#: this length, cut at a space, so the rules' work per sentence stays bounded.
MAX_SENTENCE_CHARS = 3000


def _pieces(text: str, a: int, e: int) -> list[tuple[int, int]]:
    """Cut ``text[a:e]`` into spans of at most ``MAX_SENTENCE_CHARS``, at spaces where it can."""
    out = []
    while e - a > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
        cut = cut if cut > a else a + MAX_SENTENCE_CHARS
        out.append((a, cut))
        a = _SPACE_RUN.match(text, cut, e).end()  # type: ignore[union-attr]
    if e > a:
        out.append((a, e))
    return out


def _after_a_long_word(text: str, stop: int) -> bool:
    """Whether the five characters before ``text[stop]`` are letters: no abbreviation of
    ``_ABBREV`` (its last run of letters has four at most, after a word boundary or a mark)
    nor a clock time of ``_CLOCK_LEAD`` (a digit before the stop) ends there, and the stop
    after most words of a text is tested in C, not by the two searches."""
    return stop >= 5 and text[stop - 5 : stop].isalpha()


def _symbol(c: str) -> bool:
    """A symbol character (emoji, pictographs, arrows): category S*."""
    return unicodedata.category(c).startswith("S")


#: How many sentence ends :func:`sentences` reads between two calls of its ``step``.
STEP_ENDS = 20000


def sentences(text: str, *, step: Callable[[], None] | None = None) -> list[Sentence]:
    """Split normalised text into sentences on line breaks and sentence-final punctuation.

    A sentence longer than ``MAX_SENTENCE_CHARS`` is split further (see there). ``step()``
    is called every ``STEP_ENDS`` sentence ends read and sentences cut (10 MB of short
    statements hold 120,000 sentences: 0.46 s of CPU).
    """
    cuts = [0]
    for k, m in enumerate(_boundaries(text), 1):
        if step is not None and k % STEP_ENDS == 0:
            step()
        if "\n" not in m.group():
            at = m.start()  # right after the stop (or its closing quote)
            # (an abbreviation and a clock time both end with the full stop here)
            if (
                text[at - 1] == "."
                and not _after_a_long_word(text, at - 1)
                and (
                    _ABBREV.search(text[max(0, at - 12) : at])
                    or _CLOCK_LEAD.search(text[max(0, at - 8) : at])
                )
                and not _COUNTER_ENDS.search(text, max(0, at - 4), m.end() + 12)
            ):
                continue
            nxt = text[m.end() : m.end() + 1]
            # an emoji or other symbol opens a sentence too ("... 15 БПЛА. ❗️Всего за ночь ...")
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in '"«“—–-▫▪•' or _symbol(nxt)):
                continue
        cuts.append(m.end())
    cuts.append(len(text))
    out: list[Sentence] = []
    for k, (a, b) in enumerate(itertools.pairwise(cuts), 1):
        if step is not None and k % STEP_ENDS == 0:
            step()
        # (the blanks around it by ``str.strip``, in C: ``\s`` and ``str.isspace`` are the same
        # characters, and a match of ``_SPACE_RUN`` a sentence cost about as much as the rest)
        piece = text[a:b]
        a += len(piece) - len(piece.lstrip())
        e = a + len(piece.strip())
        if e - a <= MAX_SENTENCE_CHARS:  # one piece, already stripped (most sentences)
            if e > a:
                out.append(Sentence(len(out), a, e))
            continue
        for start, end in _pieces(text, a, e):
            end = start + len(text[start:end].rstrip())
            if end > start:
                out.append(Sentence(len(out), start, end))
    return out


#: A page's heading over links to other stories, on a line of its own: "Ещё по теме", "Новости
#: по теме", "Другие новости", "Самое читаемое", "Related stories", "More on this story", "Most
#: read", "Читайте также:", "See also". The headlines under it are other reports, not this one's.
_RELATED_HEADING = re.compile(
    r"\W*(?:(?:(?:ещё|еще|другие|похожие|все)\s+)?(?:(?:новости|материалы|статьи)\s+)?по\s+теме"
    r"|(?:читайте|смотрите)\s+(?:также|ещё|еще)|(?:read|see)\s+also"
    r"|(?:другие|похожие|последние|главные|популярные)\s+(?:новости|материалы)"
    r"|самое\s+(?:читаемое|популярное|интересное)"
    r"|related(?:\s+(?:stories|articles|news|coverage|content))?|more\s+on\s+this(?:\s+story)?"
    r"|more\s+stories|most\s+(?:read|popular|viewed)|recommended(?:\s+stories)?"
    r"|you\s+may\s+also\s+like)\W*",
    re.IGNORECASE,
)
#: How a sentence that ends a text's paragraph ends: a headline has no full stop.
_SENTENCE_END = '.!?…»"”)'


def _own_line(text: str, s: Sentence) -> bool:
    """Whether ``s`` is a line of its own (nothing before or after it on its line)."""
    before = text.rfind("\n", 0, s.start)
    after = text.find("\n", s.end)
    return (
        not text[before + 1 : s.start].strip()
        and not text[s.end : len(text) if after < 0 else after].strip()
    )


def without_related_stories(text: str, cut: list[Sentence]) -> list[Sentence]:
    """``cut`` without a block of links to other stories: its heading alone on a line ("Ещё
    по теме") and the headlines under it (lines without a full stop), up to the first line
    that ends like a sentence. Sentences keep their offsets; their indices are renumbered."""
    out: list[Sentence] = []
    block = False
    for s in cut:
        if (
            s.end - s.start <= 40
            and _RELATED_HEADING.fullmatch(text, s.start, s.end)
            and _own_line(text, s)
        ):
            block = True
            continue
        if block and text[s.end - 1] not in _SENTENCE_END and _own_line(text, s):
            continue
        block = False
        out.append(s if s.index == len(out) else Sentence(len(out), s.start, s.end))
    return out


#: From this many characters on, :func:`prepare` calls its ``between`` after each of its
#: passes over the whole text (a text of 10 MB takes a few tenths of a second in each); a
#: shorter text is prepared in milliseconds and calls nothing.
LONG_TEXT = 2**20


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text as the rules read it: normalised, lower-cased and cut into sentences."""

    text: str
    norm: str
    low: str
    sentences: tuple[Sentence, ...]
    #: the tokens normalising wrote again (:func:`to_original` maps a span back through them)
    moved: tuple[Moved, ...] = ()


#: The text prepared last: ``parsing.diagnostics.diagnose`` reads the very text (the same
#: object) that ``parse`` read just before it, and preparing 10 MB again took it 0.2-0.9 s.
#: One entry, replaced whole (threads that interleave only prepare again), and let go by
#: :func:`release` once the check is done, so a long text is not held after its import.
_last: Prepared | None = None


def prepare(text: str, *, between: Callable[[], None] | None = None) -> Prepared:
    """Return ``text`` normalised (:func:`normalise`), lower-cased and cut into sentences.

    The same ``text`` object as the last call's is not prepared again. For a text of
    ``LONG_TEXT`` characters or more, ``between()`` is called after each pass over it and
    every ``STEP_ENDS`` sentence ends of its split (an exception it raises stops the
    preparation there: how a cancel is heard).
    Raises :class:`ReportTooLongError` for a text over ``MAX_REPORT_CHARS``.
    """
    global _last
    last = _last
    if last is not None and last.text is text:
        return last
    step = between if between is not None and len(text) >= LONG_TEXT else _nothing
    norm, moved = normalise_moved(text)
    step()
    low = lower(norm)
    step()
    cut = without_related_stories(norm, sentences(norm, step=None if step is _nothing else step))
    _last = found = Prepared(text, norm, low, tuple(cut), moved)
    step()
    return found


def release(text: str) -> None:
    """Let go of ``text``'s preparation (kept by :func:`prepare`) once nothing reads it again."""
    global _last
    last = _last
    if last is not None and last.text is text:
        _last = None


def _nothing() -> None:
    pass

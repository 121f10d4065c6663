"""Who said it: the reporter a sentence names, and the region a head of region named without a
title speaks for.

News texts quote governors by name alone ("Гладков сообщил", "Shapsha said"); the table of
names is :data:`parsing.vocab.GOVERNORS`. A sentence naming one and no titled speaker is the
governor's, and gives its report the speaker's region, as "губернатор Белгородской области" does.
A head of city named so ("Метшин сообщил") is a mayor, by :data:`parsing.vocab.CITY_HEADS`.
"""

from __future__ import annotations

import re

from parsing import vocab
from parsing.model import REPORTERS, Reporter
from parsing.word_start import from_blank

_BY_AREA = [(area, vocab.alt(pattern)) for area, pattern in vocab.GOVERNORS.items()]
#: Every head of region's name, searched from the blank or the mark before a word
#: (``word_start.from_blank``): the names open with some twenty letters ("г", "с", "б", "м",
#: "в" ...), so the word-start pattern stopped at most words of a Russian sentence and tried
#: the names of that letter there (about 3 µs a sentence of news filler, 25 µs a ministry
#: statement's long sentence); too many strings to key (45). Same matches.
_ANY = from_blank("|".join(vocab.GOVERNORS.values()))

#: The ministry's formula for who shot (``vocab.DUTY_FORMULA``), the one reporter entry that
#: names no speaker.
_DUTY_FORMULA = re.compile(vocab.DUTY_FORMULA)

_BY_TOWN = [(town, vocab.alt(pattern)) for town, pattern in vocab.CITY_HEADS.items()]
#: Every head of city's name (``vocab.CITY_HEADS``), searched as :data:`_ANY` is.
_ANY_CITY_HEAD = from_blank("|".join(vocab.CITY_HEADS.values()))

#: A word every match of a governor's or a mayor's entry of ``vocab.REPORTERS`` holds: a
#: sentence with the formula and none of them names no such speaker after it (the second search
#: is spared, same result).
_HEAD_WORDS = (
    "губернатор", "глав", "мэр", "оперштаб", "оперативн", "руководител", "собянин",
    # "власти/правительство Курской области", "администрация Миасса"
    "власт", "правительств", "админ", "управ",
    "governor", "mayor", "city", "head", "regional", "operational", "crimean", "sobyanin",
)  # fmt: skip


def _named_after_formula(low: str) -> bool:
    """Whether ``low`` holds a word of ``_HEAD_WORDS`` (a test in C, no scan)."""
    return any(w in low for w in _HEAD_WORDS)


#: What :func:`sentence_reporter` searches a sentence for (``parsing.gate``).
PATTERNS = (
    vocab.NOT_REPORTER_RE,
    vocab.REPORTER_RE,
    _ANY,
    _ANY_CITY_HEAD,
    vocab.MINISTRY_AGAIN_RE,
    _DUTY_FORMULA,
)


def governor_region(low: str) -> str | None:
    """The area of the first head of region a lower-cased sentence names, else None."""
    return _first_named(low, _ANY, _BY_AREA)


def city_head_town(low: str) -> str | None:
    """The town (as the gazetteer names it) of the first head of city a lower-cased sentence
    names by his name ("сообщил Ильсур Метшин" -> "Казань"), else None."""
    return _first_named(low, _ANY_CITY_HEAD, _BY_TOWN)


def _first_named(
    low: str, anyone: re.Pattern[str], by_key: list[tuple[str, re.Pattern[str]]]
) -> str | None:
    """The key of the first name of ``by_key`` in ``low``, found by ``anyone`` (every name)."""
    m = anyone.search(low)
    if m is None:
        return None
    for key, rx in by_key:
        if rx.match(low, m.start()):
            return key
    return None


def sentence_reporter(low: str, *, ministry_named: bool = False) -> Reporter | None:
    """The reporter a sentence names, ignoring "силами ПВО Минобороны" (who shot, not who said);
    after the text has named the defence ministry (``ministry_named``), "министерство сообщило",
    "the ministry's statement" name it again."""
    cleaned = vocab.NOT_REPORTER_RE.sub(" ", low)
    m = vocab.REPORTER_RE.search(cleaned)
    if m is None:
        # a head of region named without a title ("Гладков сообщил") when no title is named
        if governor_region(cleaned) is not None:
            return "governor"
        if city_head_town(cleaned) is not None:
            return "mayor"  # ... and a head of city ("Ильсур Метшин сообщил")
        return "mod" if ministry_named and vocab.MINISTRY_AGAIN_RE.search(cleaned) else None
    # the earliest reporter named; at its place the entry listed first
    at = m.start()
    who = _joint_speaker(
        cleaned, m, next(w for w, rx in vocab.REPORTER_RES if rx.match(cleaned, at))
    )
    if who == "mod" and _named_after_formula(cleaned) and _DUTY_FORMULA.match(cleaned, at):
        # "дежурными средствами ПВО уничтожены 2 БПЛА, сообщил глава региона": the ministry's
        # words for who shot; a head of region or a mayor named after them is the speaker
        nxt = vocab.REPORTER_RE.search(cleaned, m.end())
        if nxt is not None:
            later = next(w for w, rx in vocab.REPORTER_RES if rx.match(cleaned, nxt.start()))
            if later in ("governor", "mayor"):
                return later  # type: ignore[return-value]
    return who  # type: ignore[return-value]


#: What joins two speakers of one verb of saying: "regional authorities and the Defence
#: Ministry said", "сообщили губернатор и Минобороны", "the ministry as well as local officials".
_AND_SPEAKER = re.compile(r"[\s,]*(?:and|и|as\s+well\s+as|а\s+также)\s+")
#: A word of the second speaker's own before its name ("the", "regional" of "the regional
#: governor"): at most two are skipped.
_SPEAKER_WORD = re.compile(r"[\w'’]+\s+")


def _joint_speaker(cleaned: str, m: re.Match[str], who: str) -> str:
    """The reporter of speakers joined by "and" as the subject of one verb of saying: the one of
    highest rank (``model.REPORTERS``: the ministry before a governor), whose figures the others
    confirm; ``who`` is the first one's."""
    while (join := _AND_SPEAKER.match(cleaned, m.end())) is not None:
        at, nxt = join.end(), vocab.REPORTER_RE.match(cleaned, join.end())
        for _ in range(2):
            if nxt is not None or (word := _SPEAKER_WORD.match(cleaned, at)) is None:
                break
            at = word.end()
            nxt = vocab.REPORTER_RE.match(cleaned, at)
        if nxt is None:
            break
        other = next(w for w, rx in vocab.REPORTER_RES if rx.match(cleaned, nxt.start()))
        if REPORTERS.index(other) < REPORTERS.index(who):  # type: ignore[arg-type]
            who = other
        m = nxt
    return who


#: A quotation's close and the verb of saying after it, then who said it: "«... Пострадавших
#: не пострадал», — написал глава региона в телеграме", "», — сообщил мэр".
_SAID_AFTER_QUOTE = re.compile(
    r"»\s*,?\s*[—–-]\s*(?:сообщ|написа|заяви|рассказа|отмети|подчеркну|добави|уточни|пиш)\w*"
    r"\s+([^.!?\n]{1,80})"
)


def quote_speaker(low: str, start: int, end: int) -> Reporter | None:
    """The reporter a quotation that holds the sentence ``low[start:end]`` is given to after it
    closes ("«Дежурными средствами ПВО уничтожен БПЛА. Никто не пострадал», — написал глава
    региона": the head of region's words, every sentence of them), None when the sentence lies
    in no quotation or the words after its close name nobody."""
    opened = low.rfind("«", 0, end)
    if opened < 0 or low.rfind("»", opened, start) >= 0:
        return None
    close = low.find("»", max(start, opened))
    if close < 0 or low.find("«", opened + 1, close) >= 0:
        return None  # (a quotation inside it: whose words is not read)
    said = _SAID_AFTER_QUOTE.match(low, close)
    return None if said is None else sentence_reporter(said[1])


def only_the_formula(low: str) -> bool:
    """Whether the ministry's formula for who shot ("дежурными средствами ПВО") is the only
    reporter a sentence names: in a governor's or a mayor's own channel the post is his, the
    formula says who shot."""
    return _DUTY_FORMULA.search(low) is not None and (
        sentence_reporter(_DUTY_FORMULA.sub(" ", low)) is None
    )


#: A sentence opening on a verb of saying in the first person singular ("Уточню: в
#: Грайворонском округе ...", "Добавлю, что ...", "Со своей стороны сообщаю ..."): the words of
#: the post's author, after what he retold of another's.
_FIRST_PERSON_SAYS = re.compile(
    r"\W*(?:(?:со\s+своей\s+стороны|также|и|ещё|еще)\s+)?"
    r"(?:уточню|уточняю|добавлю|дополню|сообщаю|информирую)(?![\w-])"
)


def author_speaks(low: str) -> bool:
    """Whether a lower-cased sentence opens on its author's own verb of saying in the first
    person ("Уточню: ...", "Добавлю, что ..."): the one who published the text speaks."""
    return _FIRST_PERSON_SAYS.match(low) is not None


#: "it said" in English: a pronoun for an institution named in a sentence before ("The Defense
#: Ministry keeps a different ledger. On October 3, it said 71 drones had been downed").
_IT_SAYS = re.compile(
    r"(?<![\w-])it\s+(?:also\s+|later\s+|earlier\s+|further\s+)?"
    r"(?:said|says|reported|reports|added|stated|claimed|announced|wrote|noted|specified)(?![\w-])"
)
#: A reporter named as an institution, which "it" can stand for (never a person: "Governor
#: Shapsha said" is "he").
#: (keyed and letter first, ``vocab.alt``: with the lookbehind first the engine tried it at every
#: character of each sentence that names a speaker)
_INSTITUTION = vocab.alt(
    r"(?:ministry|government|administration|authorities|headquarters|hq|military"
    r"|city\s+hall)(?![\w-])"
)


def it_says(low: str) -> bool:
    """Whether a lower-cased English sentence says "it said" (its speaker a pronoun)."""
    return "it " in low and _IT_SAYS.search(low) is not None


def names_an_institution(low: str) -> bool:
    """Whether a lower-cased sentence names its reporter as an institution ("the ministry", "the
    regional government"), which a later "it said" may stand for."""
    return _INSTITUTION.search(low) is not None

"""Which side a sentence speaks for: Russia's reports, or Ukraine's own claims.

Ukraine's air force reports the Russian drones it shot down over Ukraine; those are never
interceptions over Russia. A text in Ukrainian, or a sentence retelling Ukraine's side, is
kept apart; a sentence that gives both sides' claims is cut into its two clauses.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from parsing import vocab
from parsing.region_context import speaker_region
from parsing.speakers import governor_region, sentence_reporter
from parsing.text import Sentence, count_cyrillic

_UA_LETTER_LIST = "іїєґІЇЄҐ"
_UA_LETTERS = re.compile(f"[{_UA_LETTER_LIST}]")


#: What :func:`is_ukrainian_side` and :func:`is_russian_side` search a sentence for
#: (``parsing.gate``).
PATTERNS = (
    _UA_LETTERS,
    vocab.UA_SIDE_RE,
    vocab.UA_SIDE_NEWS_RE,
    vocab.UA_NAMED_RU_RE,
    vocab.UA_SPEAKER_RU_RE,
    vocab.RU_SIDE_NEWS_RE,
)


def ukrainian_letters(text: str) -> int:
    """How many letters of the Ukrainian alphabet ``text`` holds."""
    if text.isascii():
        return 0  # known in C without a scan (an English sentence)
    # (each letter counted in C: the class's scan tried every character, several times slower)
    return sum(map(text.count, _UA_LETTER_LIST))


#: The fewest letters of the Ukrainian alphabet a Ukrainian text holds.
_UA_LETTERS_MIN = 3


def ukrainian_language(text: str, *, letters: int | None = None) -> bool:
    """True for Ukrainian: three letters or more of the Ukrainian alphabet, and for a long
    text at least one in a hundred of its Cyrillic letters (a Russian text quoting a
    Ukrainian name is Russian). ``letters``: ``ukrainian_letters(text)``, when counted."""
    n = ukrainian_letters(text) if letters is None else letters
    return n >= _UA_LETTERS_MIN and n * 100 >= count_cyrillic(text)


def may_be_ukrainian(letters: int) -> bool:
    """Whether a text holding ``letters`` letters of the Ukrainian alphabet (``ukrainian_letters``)
    may have a part that is Ukrainian (a part holds no more of them than the whole)."""
    return letters >= _UA_LETTERS_MIN


def is_ukrainian_side(text: str, low: str, *, letters: bool = True) -> bool:
    """True for Ukraine's own claims (Ukrainian-language text or its air force retold).
    ``letters=False``: ``text`` is a part of a text ``may_be_ukrainian`` said no part of is
    Ukrainian, so its letters are not counted (eight passes over each sentence of a long text)."""
    return (
        (letters and ukrainian_language(text))
        or bool(vocab.UA_SIDE_RE.search(low))
        or bool(vocab.UA_SIDE_NEWS_RE.search(low))
        or (
            vocab.UA_NAMED_RU_RE.search(low) is not None
            and vocab.UA_SPEAKER_RU_RE.search(low) is not None
        )
    )


#: Where one sentence passes from one side's words to the other's: ", while Russia said ...".
_SIDES_JOIN = re.compile(
    r",\s+(?:while|whereas)\s+|;\s+|,\s+(?:а|но|однако|тогда\s+как|в\s+то\s+время\s+как)\s+"
    # ", and Ukraine's air force said ...", ", as Kyiv said ...", ", but Russia said ...": a
    # conjunction only before a side's name
    r"|,\s+(?:and|as|but)\s+(?=(?:the\s+)?(?:ukrain|kyiv|kiev|russia|moscow))"
    # ", and Tula's governor said two more ...", ", и губернатор Курской области сообщил о ...":
    # a clause coordinated with its own verb of telling, a few words after the conjunction (the
    # checks below cut it only where two speakers' words meet)
    r"|,\s+(?:and|и)\s+(?=(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|wrote|added|announced"
    r"|confirmed|сообщил\w*|заявил\w*|написал\w*|добавил\w*|уточнил\w*|рассказал\w*)(?![\w-]))"
    # two sides' words spliced with a comma: "Russia said it destroyed 17 drones, Ukraine said
    # it downed 25"
    r"|,\s+(?=(?:ukraine|kyiv|kiev|russia|moscow)\s+(?:said|says|claimed|claims|reported)(?![\w-]))"
)


def _join_marks(low: str) -> list[int]:
    """Where ``low`` holds a comma or a semicolon, in order (``str.find`` in C: a sentence
    without one holds no join of ``_SIDES_JOIN``, and is not searched)."""
    found = []
    for mark in ",;":
        at = low.find(mark)
        while at >= 0:
            found.append(at)
            at = low.find(mark, at + 1)
    found.sort()
    return found


#: How many sentences :func:`split_sides` reads between two calls of its ``step``.
STEP_SENTENCES = 20000


def split_sides(
    sents: Sequence[Sentence], text: str, low: str, *, step: Callable[[], None] | None = None
) -> list[Sentence]:
    """Cut a sentence that gives both sides' claims ("Ukraine's air force said it downed 50 of
    76 drones, while Russia's defence ministry said it destroyed 24 over several regions") into
    its two clauses, so each is read as its own side's; so is one that gives two Russian
    speakers' words ("..., Sobyanin said, while the governor reported ..."). ``step()`` is
    called every ``STEP_SENTENCES`` sentences (120,000 short statements took 0.2 s)."""
    out: list[Sentence] = []
    marks = _join_marks(low)
    for s in sents:
        if step is not None and s.index and s.index % STEP_SENTENCES == 0:
            step()
        at, to = bisect.bisect_left(marks, s.start), bisect.bisect_left(marks, s.end)
        if at == to:
            # no comma or semicolon, where every join opens: nothing to cut (most sentences)
            out.append(s if s.index == len(out) else Sentence(len(out), s.start, s.end))
            continue
        cut = None
        # the joins tried at the marks alone (what ``finditer`` finds: each join opens at a
        # mark and holds no other, so none is skipped inside the one before)
        joins = [j for p in marks[at:to] if (j := _SIDES_JOIN.match(low, p, s.end)) is not None]
        for k, m in enumerate(joins):
            head, tail = low[s.start : m.start()], low[m.end() : s.end]
            head_ua = is_ukrainian_side(text[s.start : m.start()], head)
            if head_ua and _russian_speaker(tail):
                cut = m
                break
            # Russia's words first: "Russia's defence ministry said it shot down 54 drones,
            # while Kyiv said it hit an airfield"
            if (
                not head_ua
                and _russian_speaker(head)
                and is_ukrainian_side(text[m.end() : s.end], tail)
            ):
                cut = m
                break
            # a clause Ukraine's side opens as its speaker after Russia's figures: "Над
            # Курской областью сбиты 10 БПЛА, а в ВСУ заявили об атаке на ..." (the figures
            # before it stay Russia's; the whole sentence had been read as Ukraine's)
            if not head_ua and vocab.UA_SPEAKER_RU_RE.match(tail) is not None:
                cut = m
                break
            # two Russian speakers: "four drones were shot down, Sobyanin said, while the
            # region's governor reported debris in ..."; each clause is its speaker's
            # (each clause alone, from the join before to the join after: a long sentence of
            # many clauses is read once, not once per join)
            lo = joins[k - 1].end() if k else s.start
            hi = joins[k + 1].start() if k + 1 < len(joins) else s.end
            said = sentence_reporter(low[lo : m.start()])
            says = sentence_reporter(low[m.end() : hi]) if said is not None else None
            if (
                said is not None
                and says is not None
                and (said != says or _two_heads(text[lo : m.start()], text[m.end() : hi], said))
            ):
                cut = m
                break
        if cut is None:
            out.append(s if s.index == len(out) else Sentence(len(out), s.start, s.end))
            continue
        out.append(Sentence(len(out), s.start, cut.start()))
        out.append(Sentence(len(out), cut.end(), s.end))
    return out


def _two_heads(said: str, says: str, reporter: str) -> bool:
    """Two heads of region, one a clause: "the Lipetsk governor said two were downed over ...,
    while his Voronezh counterpart Alexander Gusev said five were destroyed over ..."; each
    named by his name or by his title and region ("the Tambov governor said ...")."""
    if reporter != "governor":
        return False
    head, tail = _head_region(said), _head_region(says)
    return head is not None and tail is not None and head != tail


def _head_region(clause: str) -> str | None:
    """The region of the head of region a clause names: by his name, else by his title."""
    return governor_region(clause.lower()) or speaker_region(
        clause, english=count_cyrillic(clause) == 0
    )


def _russian_speaker(low: str) -> bool:
    """True for a clause that Russia's side speaks: "Russia said", a ministry, a governor."""
    return is_russian_side(low) or sentence_reporter(low) in ("mod", "governor", "mayor")


def is_russian_side(low: str) -> bool:
    """True for a sentence that names Russia's side as its speaker ("Moscow also said ...")."""
    return bool(vocab.RU_SIDE_NEWS_RE.search(low))

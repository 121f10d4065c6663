"""Sentence rules that keep things out: places outside Russia or the front, what a speaker
did not say, weapons that are not drones, airports. They run in the order of
``parsing.rules.RULES``.
"""

from __future__ import annotations

import re

from parsing import vocab
from parsing.counts import Count
from parsing.literals import Keyed, keyed, none_in
from parsing.numbers import find_numbers
from parsing.reading import ListItem, Reading, blank, names_drone
from parsing.speakers import sentence_reporter
from parsing.text import lower
from parsing.time_clauses import TIME_PHRASE
from parsing.word_start import fronted, word_start

#: The airspace a figure lies in, just before the place's name: "над Украиной", "над территорией
#: Украины", "over Ukraine", "across Ukraine" (unlike "drones launched at targets in Ukraine":
#: where they flew to).
_OVER_BEFORE = re.compile(
    r"(?:над|over|across)\s+(?:(?:всей\s+)?территори\w+\s+|the\s+territory\s+of\s+)?$"
)


def over_own_country(r: Reading, it: ListItem) -> bool:
    """Whether item ``it`` of a sentence in Ukraine's words names no place but Ukraine itself
    (its foreign mentions are all the country's name, each after "над"/"over"/"across": its airspace)."""
    return (
        r.ctx.ukraine_side
        and bool(it.groups)
        and not it.placed
        and all(
            m.foreign
            and vocab.UKRAINE_NAME_RE.fullmatch(m.text) is not None
            and _OVER_BEFORE.search(r.low, max(0, m.start - r.base - 30), m.start - r.base)
            is not None
            for g in it.groups
            for m in g.mentions
        )
    )


def rule_over_own_country(r: Reading) -> None:
    """ "В Воздушных силах ВСУ сообщили о 40 дронах, сбитых над Украиной": Ukraine's side
    telling its figure over Ukraine itself gives Ukraine's total (no place over Russia), never a
    figure abroad that ``rule_not_over_russia`` throws away."""
    if not r.ctx.ukraine_side:
        return
    for _i, it in r.open_items():
        if it.count is not None and over_own_country(r, it):
            c = it.count
            if not (c.each or c.extra or c.attack or c.attempt or c.subset or c.running or c.part):
                r.total(c, 0 if r.total_mark else 2)
            it.settled = True


def rule_not_over_russia(r: Reading) -> None:
    """ "в зоне проведения СВО сбиты 30 БПЛА", "над Киевом сбиты 10 дронов": items over the
    front or over a foreign place give no claim and no total."""
    # (a sentence without the front's keys has it in no item: one test, not one an item)
    front = not none_in(r.low, vocab.SVO_ZONE_RE)
    for _i, it in r.open_items():
        if (front and vocab.SVO_ZONE_RE.search(r.low, it.start - r.base, it.end - r.base)) or (
            it.groups and any(m.foreign for g in it.groups for m in g.mentions)
        ):
            it.settled = True
            if it.count is not None:
                r.ctx.abroad.add(it.count.value)


#: A clause that says the speaker did not name something: "did not mention the attacks in X",
#: "не уточнили, в каком районе", "не сообщил о ...", "did not confirm any interceptions over X",
#: "не подтвердили перехват беспилотников над X".
_NOT_SAID = word_start(
    r"(?:did\s+not|didn't|does\s+not|doesn't|ha(?:s|ve|d)\s+not|(?:has|have|had)n't)\s+(?:\w+\s+)?"
    r"(?:mention|say|name|specify|report|comment|confirm)\w*"
    r"|не\s+(?:упомина|упомяну|упомяне|назва|называ|уточня|уточни|сообщ|коммент|подтверд|подтвержд)\w*"
    # "112 drones over 14 regions, without saying how many were over Nizhny Novgorod": what
    # the clause leaves unsaid is no place of the figure
    r"|without\s+(?:saying|specifying|naming|mentioning|giving)"
    # "There was no immediate information about any drones being shot down over the region",
    # "нет информации о сбитых беспилотниках", "сведений о перехвате ... не поступало": nobody
    # said drones were downed there (only of drones or their downing: "no information about
    # casualties" beside a figure leaves it)
    r"|no\s+(?:immediate\s+|official\s+|further\s+|other\s+)?(?:information|word|reports?|"
    r"confirmation|details|data)\s+(?:about|on|of|regarding)\s+(?:any\s+)?(?:(?:drones?|uavs?)"
    r"(?![\w-])|interceptions?|shoot-?downs?|(?:being\s+)?(?:shot\s+down|downed|intercepted))"
    r"|(?:нет|не\s+было|не\s+поступало)\s+(?:(?:официальной|никакой|пока)\s+)?"
    r"(?:информации|данных|сведений|сообщений)\s+о\s+(?:сбит|уничтож|перехват|беспилотн|бпла|дрон)"
    r"|(?:информаци|сведени|данны|сообщени)\w*\s+о\s+(?:сбит|уничтож|перехват)\w*"
    r"(?:\s+[а-я]+){0,4}?\s+(?:пока\s+)?(?:не\s+поступал\w*|нет)(?![\w-])",
    ignorecase=True,
)


def _may_say_not(low: str) -> bool:
    """Whether a lower-cased sentence holds a string every match of ``_NOT_SAID`` holds ("не",
    "not", "n't", "without", "no "): without one no item of it can say what was not said (one test in C a
    sentence instead of a search of each item)."""
    return "не" in low or "not" in low or "n't" in low or "without" in low or "no " in low


def _item_may_say_not(part: str) -> bool:
    """Whether a part of a lower-cased sentence holds a string every match of ``_NOT_SAID``
    inside it holds: "не", "no" (also of "not", and of "no" before any blank), "n't", "thout"
    (the letters of "without" that ``re.IGNORECASE`` folds onto no other: "wıthout" matches
    it). Asked of each item, after ``_may_say_not`` let the sentence through: a match lies
    within the item searched, so an item without one of these strings has none."""
    return "не" in part or "no" in part or "n't" in part or "thout" in part


#: What Russia's side said, as the object of a verb that says another speaker did not answer
#: it: "(Kyiv did not comment on) Russian claims that ...", "Moscow's statement that ...",
#: "claims by the Russian defence ministry that ...", "(не прокомментировали) заявления
#: Минобороны России о том, что ...": its words are Russia's report, told by the writer.
_RUSSIAN_CLAIM = word_start(
    r"(?:russian|russia['’]s|moscow['’]s|the\s+kremlin['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:claims?|statements?|assertions?|figures?)\s+(?:that|of)(?![\w-])"
    r"|(?:claims?|statements?|assertions?)\s+(?:by|from)\s+(?:russia|moscow|the\s+russian\s+"
    r"(?:[\w-]+\s+){0,2}?ministry)\s+that(?![\w-])"
    r"|(?:заявлени|утверждени|данны)\w*\s+(?:минобороны\s+россии|российск\w+\s+\w+|москвы)"
    r"\s+(?:о\s+том,?\s+что|об?)(?![\w-])",
    ignorecase=True,
)


def rule_not_said(r: Reading) -> None:
    """ "The statement did not mention the strikes on Krasnodar, but said ...": places in a clause
    that says the speaker did not name or report something give no claim; but what Russia's
    side claimed, as the object of that verb ("It did not comment on Russian claims that 19
    drones were intercepted over X", ``_RUSSIAN_CLAIM``), is Russia's report."""
    if not _may_say_not(r.low):
        return
    for _i, it in r.open_items():
        if not it.placed:
            continue
        a, b = it.start - r.base, it.end - r.base
        if not _item_may_say_not(r.low[a:b]):
            continue  # (a list's row without such a string: "Воронежской" opened the sentence's)
        unsaid = _NOT_SAID.search(r.low, a, b)
        if unsaid is None:
            continue
        first = min(p.start for p in it.placed) - r.base
        if first > unsaid.end() and _RUSSIAN_CLAIM.search(r.low, unsaid.end(), first):
            continue
        it.settled = True


#: A newsroom's word on its own story's earlier version: "Correction: an earlier version of this
#: story said 14 drones were downed over X", "An earlier version of this article misstated the
#: figure ...", "В предыдущей версии материала говорилось о 14 беспилотниках" (the figure the
#: correction replaced, no report: docs/labels.md).
_EARLIER_VERSION = word_start(
    r"(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:story|article|report|item)"
    r"|(?:предыдущей|прежней|первоначальной)\s+версии\s+(?:этого\s+)?"
    r"(?:материала|статьи|текста|новости|публикации)",
    ignorecase=True,
)


def rule_earlier_version(r: Reading) -> None:
    """ "Correction: an earlier version of this story said 14 drones over the Sea of Azov; the
    ministry's figure was 12": what a story's earlier version said, up to a semicolon, is the
    figure a correction replaced; its items give no claim and no total."""
    if "version" not in r.low and "верси" not in r.low:
        return
    m = _EARLIER_VERSION.search(r.low)
    if m is None:
        return
    end = r.low.find(";", m.end())
    a, b = r.base + m.start(), r.base + (len(r.low) if end < 0 else end)
    for _i, it in r.open_items():
        if it.end > a and it.start < b and (it.count is None or it.count.start > a):
            it.settled = True


#: A past time a clause "when ..." hangs on: "since April 2024, when drones struck ...", "in
#: 2023, when ...", "last year, when ...", "two years ago, when ...", "с апреля 2024 года,
#: когда ...", "в прошлом году, когда ..." (a month or a year with its preposition, never a
#: bare day: "on Sunday, when" may be the night the text tells).
_PAST_WHEN = word_start(
    r"(?:(?:in|since|back\s+in|as\s+early\s+as)\s+(?:(?:early|mid|late)[\s-]+)?"
    rf"(?:{vocab.EN_MONTHS_RE}(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    r"|last\s+(?:week|month|year|summer|winter|spring|autumn|fall)"
    r"|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?|weeks?)\s+ago"
    r"|(?:в|с|со)\s+(?:(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)"
    r"[еяа]\s+)?(?:19|20)\d\d\s*(?:г\.|года?)?"
    r"|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
    r"|в\s+прошлом\s+(?:году|месяце)|(?:год|месяц\w*|недел\w*)\s+назад)"
    r"\s*,\s*(?:when|когда)(?![\w-])",
    ignorecase=True,
)


#: Where a sentence goes on after a clause of no event (``rule_past_clause``,
#: ``rule_habitual``) with a clause of its own: after a semicolon, or after ", and"/", а"/", но"
#: when a time of its own opens it ("...; on Sunday night five were downed", "..., and overnight
#: five were downed", "..., а этой ночью сбиты пять"); "..., when five were downed over X, and
#: two over Y" goes on with the past clause.
_CLAUSE_OF_ITS_OWN = re.compile(
    r";|,\s+(?:and|but|while|и|а|но|однако)\s+"
    rf"(?=(?:[\w-]+\s+){{0,2}}?(?<![\w-])(?:{TIME_PHRASE}))"
)


def rule_past_clause(r: Reading) -> None:
    """ "Tatarstan has been targeted since April 2024, when drones struck a dormitory in
    Yelabuga": a clause "when ..." (", когда ...") hung on a past month or year tells that
    earlier event; the items after it up to a clause joined by a semicolon or "and"/"but"
    ("..., and on Sunday night five drones were downed over X": that night's) give no claim
    and no total."""
    if "when" not in r.low and "когда" not in r.low:
        return
    m = _PAST_WHEN.search(r.low)
    if m is None:
        return
    end = _CLAUSE_OF_ITS_OWN.search(r.low, m.end())
    stop = len(r.low) if end is None else end.start()
    for _i, it in r.open_items():
        if m.start() <= it.start - r.base < stop:
            it.settled = True


#: A habit, not an event: "Every morning, the ministry publishes a tally: dozens over X, a
#: handful over Y", "Каждую ночь над регионом сбивают беспилотники", "Как правило, ...".
_HABITUAL = word_start(
    r"(?:every|each)\s+(?:single\s+)?(?:morning|night|day|evening|week)"
    r"|night\s+after\s+night|day\s+after\s+day|as\s+a\s+rule|typically|usually"
    r"|кажд(?:ую|ое|ый)\s+(?:ночь|утро|день|вечер|неделю)|ежедневно|еженощно|как\s+правило"
    r"|обычно|ночь\s+за\s+ночью",
    ignorecase=True,
)


#: What may stand before the habit a sentence opens on.
_BEFORE_HABIT = " ,.:;-–—\"'«»"


def rule_habitual(r: Reading) -> None:
    """ "Every morning, the ministry's channel publishes a tally that reads like a weather report:
    dozens over Bryansk, a handful over the Moscow region": a sentence that opens on a habit
    ("every morning", "night after night", "as a rule", "каждую ночь", "как правило") before
    any figure or place tells what usually happens, no night's event; its items (up to a
    clause of its own after a semicolon or ", and"/", а"/", но") give no claim and no total."""
    # (only a habit the sentence opens on: "..., as it does every night" tells one; every
    # habit starts with a letter, so it is matched where the sentence's first character other
    # than a blank, a quote or a mark is, not searched for in the whole sentence)
    opening = len(r.low) - len(r.low.lstrip(_BEFORE_HABIT))
    m = _HABITUAL.match(r.low, opening) if r.items else None
    if m is None or r.items[0].start - r.base < m.start():
        return
    # (up to a clause of its own: "Every night this week, drones were shot down over X; on
    # Tuesday night alone, 12 were destroyed", "Каждую ночь над X сбивают дроны, а этой ночью
    # уничтожены 12" tell that night's event)
    end = _CLAUSE_OF_ITS_OWN.search(r.low, m.end())
    stop = len(r.low) if end is None else end.start()
    for _i, it in r.open_items():
        if (it.count.start if it.count is not None else it.start) - r.base < stop:
            it.settled = True


#: A shoot-down the speaker only holds possible: a modal of possibility that governs the
#: interception verb ("по информации каналов, ночью могли сбить до 20 дронов", "могло быть
#: уничтожено около десяти"). The sentence asserts no figure.
_MAY_HAVE_DOWNED = word_start(
    r"мог(?:ли|ло|ла|ут)?\s+(?:быть\s+)?(?:сбит|сбил|уничтож|перехват|подав)\w*",
    ignorecase=True,
)


def rule_speculated(r: Reading) -> None:
    """ "Над областью ночью могли сбить до 20 дронов": a sentence whose only interception
    verbs are under a modal of possibility ("мог", "могли", "могло быть") tells a guess, not a
    shoot-down; its items give no claim and no total."""
    if "мог" not in r.low:
        return
    guesses = [m.span() for m in _MAY_HAVE_DOWNED.finditer(r.low)]
    if not guesses or any(
        not any(a <= m.start() < b for a, b in guesses) for m in vocab.INTERCEPT_RE.finditer(r.low)
    ):
        return
    for _i, it in r.open_items():
        it.settled = True


#: A recording or a post, told as a thing that shows or claims something: "a video", "the
#: clip", "footage", "photos".
_RECORDING = r"(?:videos?|clips?|footage|posts?|photos?|images?|recordings?)"
#: A source of no party and no newsroom, the subject of the verb that tells a figure: "a viral
#: post claims 300 drones were shot down", "A social media post claimed that ...", "unverified
#: reports said ...", "rumours that 50 drones were downed". What it tells is no one's report.
#: So is what a recording passed around shows ("A clip shared widely on X this week shows air
#: defences shooting down 200 drones", "a video circulating online, claiming to show ..."),
#: what one claims, purports or is said to show, or does not show ("Video does not show '200
#: drones' shot down", "a clip claims to show a drone exploding above X"), and what "a video
#: of" holds ("video of 'drone shot down over X' is from 2022").
_UNVERIFIED = word_start(
    r"(?:(?:(?:viral|widely[\s-]shared|social[\s-]media|online|anonymous)\s+"
    r"(?:posts?|videos?|accounts?|channels?|messages?)"
    r"|posts?\s+on\s+social\s+media|unverified\s+(?:claims?|reports?|posts?|videos?)"
    r"|unconfirmed\s+(?:claims?|reports?))"
    r"(?:\s+[\w-]+){0,3}?\s+(?:claim(?:s|ed)?|sa(?:id|ys)|suggest(?:s|ed)?|report(?:s|ed)?"
    r"|show(?:s|ed)?|alleg(?:e|es|ed))(?![\w-])"
    rf"|(?P<passed>{_RECORDING}\s+(?:shared|circulating|posted|spreading|spread)(?![\w-])[^.;:]{{0,90}}?"
    r"(?<![\w-])(?:claim(?:s|ed|ing)?|show(?:s|ed|ing)?|sa(?:id|ys)|purport(?:s|ed|ing)?)(?![\w-]))"
    rf"|{_RECORDING}(?:\s+[^\s.;:]+){{0,12}}?\s+(?:(?:claim|purport|appear|seem)(?:s|ed|ing)?"
    r"|(?:is|was|are|were)\s+said)\s+to\s+show(?![\w-])"
    rf"|{_RECORDING}\s+(?:does|did|do)\s+not\s+show(?![\w-])"
    rf"|{_RECORDING}\s+of\s+(?:['\"‘“«]|(?P<of_noun>(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:drones?|uavs?)(?![\w-]))))"
    r"|rumou?rs?\s+(?:that|of)(?![\w-])"
)
#: A word every match of ``_UNVERIFIED`` holds (a test in C before the pattern's scan).
_UNVERIFIED_WORDS = ("viral", "shared", "media", "online", "anonymous", "unverified",
                     "unconfirmed", "rumo", "video", "clip", "footage", "post", "photo",
                     "image", "recording")  # fmt: skip


#: "In posts shared on Telegram, officials said ...": a recording passed around that someone's
#: words were put in ("in", a determiner) is where they said it, not the source that tells.
_PUT_IN = re.compile(r"(?<![\w-])in\s+(?:(?:a|an|the|his|her|its|their|several)\s+)?$")


#: What may stand before a recording "of" drones that is the sentence's subject, a fact check's
#: headline ("Video of drones downed over X is from 2020"): a label and an article. Elsewhere
#: ("Local television aired footage of drones over X, and officials said ...") the recording
#: is what the sentence tells of, no source.
_OPENS = re.compile(r"\W*(?:(?:fact[\s-]?check|false|misleading|fake)\W+)*(?:(?:an?|the|this)\s+)?")


def rule_unverified(r: Reading) -> None:
    """ "A viral post claims 300 drones were shot down over the Moscow region": a sentence whose
    interception verbs all come after an unverified source (a post, a video, rumours) that tells
    them, with no reporter named, gives no claim and no total (a fact check, a rumour)."""
    if not r.english or not any(w in r.low for w in _UNVERIFIED_WORDS):
        return
    first = _UNVERIFIED.search(r.low)
    if first is None or any(m.start() < first.start() for m in vocab.INTERCEPT_RE.finditer(r.low)):
        return
    if first["passed"] and _PUT_IN.search(r.low, max(0, first.start() - 16), first.start()):
        return
    if first["of_noun"] and not _OPENS.fullmatch(r.low, 0, first.start()):
        return
    if sentence_reporter(r.low) is not None:
        return  # "the governor dismissed rumours that ..., and said five were downed"
    for _i, it in r.open_items():
        it.settled = True


#: A verb that sets a claim aside, before the words that tell it: "dismissed rumours that ...",
#: "denied reports that ...", "rejected claims of ...", "denied that ...".
_SET_ASIDE = word_start(
    r"(?:dismiss|den(?:y|ie)|reject|refut|debunk)\w*\s+(?:(?:the\s+|online\s+|media\s+)?"
    r"(?:rumou?rs?|reports?|claims?|allegations?)\s+(?:that|of)|that)(?![\w-])"
)
#: Where the speaker's own words start after a claim set aside: "..., and said five were
#: downed", ", saying only five were", "but confirmed that five ...", "while ...".
_OWN_WORDS = word_start(
    r"(?:and|but)\s+(?:\w+\s+)?(?:said|says|added|stated|insisted|reported|confirmed|noted)"
    r"|(?:saying|adding|stating|insisting|noting)(?![\w-])|(?:while|whereas)(?![\w-])"
)


#: "якобы" (allegedly), before what a claim the speaker does not make tells: "информация о якобы
#: 30 беспилотниках, сбитых над X", "фейк о якобы сбитом над Y беспилотнике"; so does a rumour
#: the sentence names, with or without it: "фейк о ...", "слухи о 15 дронах, уничтоженных над
#: X", "вброс", what is being spread ("в пабликах распространяют сведения о ...").
_ALLEGED_RU = re.compile(
    r"(?<![\w-])(?:якобы(?![\w-])|фейк|слух|вброс"
    r"|распространя\w*\s+(?:[\w-]+\s+){0,3}?(?:информаци|сведени|сообщени|данны))"
)
#: A word every match of ``_ALLEGED_RU`` holds (a test in C before the pattern's scan).
_ALLEGED_WORDS = ("якобы", "фейк", "слух", "вброс", "распространя")
#: Where the speaker's own words start after it: "..., а на самом деле сбиты два", "; сбит один",
#: ", но ...", "и сообщил, что сбиты пять" (a speaker who denies the rumour and tells his own).
_OWN_WORDS_RU = re.compile(
    r";|,\s+(?:а|но|однако)(?![\w-])|на\s+самом\s+деле"
    r"|(?<![\w-])и\s+(?:сообщил|заявил|уточнил|добавил|подтвердил|написал)\w*"
)


def rule_claim_set_aside(r: Reading) -> None:
    """ "The governor dismissed rumours that 50 drones were downed and said five were": a verb
    that denies or dismisses rumours, reports or claims ("denied reports that", "rejected claims
    of", "denied that") sets aside the figures of the clause it governs, up to the speaker's own
    words ("and said", "saying", "while") or the sentence's end; those figures give no claim and
    no total (what the speaker says after them does). In Russian, "якобы" or a rumour named
    sets aside what follows it so ("распространяется информация о якобы 30 сбитых над городом
    беспилотниках", "слухи о 15 дронах, уничтоженных над X, — вброс": a mayor's denial of a
    rumour)."""
    if not r.english:
        if any(w in r.low for w in _ALLEGED_WORDS):
            _set_aside(r, _ALLEGED_RU, _OWN_WORDS_RU)
        return
    if not any(w in r.low for w in ("dismiss", "den", "reject", "refut", "debunk")):
        return
    _set_aside(r, _SET_ASIDE, _OWN_WORDS)


def _set_aside(r: Reading, mark: re.Pattern[str], own_words: re.Pattern[str]) -> None:
    """Settle, giving no claim, the items from each ``mark`` to the speaker's ``own_words``
    after it (or the sentence's end)."""
    for m in mark.finditer(r.low):
        own = own_words.search(r.low, m.end())
        end = r.base + (own.start() if own is not None else len(r.low))
        for _i, it in r.open_items():
            at = it.count.start if it.count is not None else it.start
            if r.base + m.end() <= at < end:
                it.settled = True


#: After an aerial-target count: "..., в том числе 10 беспилотников", ", including 10 drones".
_DRONES_AMONG = re.compile(
    r"\s*,\s*(?:в\s+том\s+числе|из\s+них|including|of\s+which)\s+(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:украинск\w+\s+|ukrainian\s+)?(?:беспилотн|бпла|дрон|drones?|uavs?)",
    re.IGNORECASE,
)


#: ``vocab.NAVAL`` without its assertions (the word-start test, "\b"): every match of
#: ``NAVAL_RE`` in an item's text (cut from its sentence) is a match of this in the sentence.
#: (keyed as ``NAVAL_RE``: its matches hold the same letters)
_BOAT_ANYWHERE = Keyed(fronted(vocab.NAVAL.replace(r"\b", "")), vocab.NAVAL_KEYS)


def rule_not_drones(r: Reading) -> None:
    """ "в Черном море уничтожены три безэкипажных катера", "над Крымом сбиты две ракеты":
    an item that names uncrewed boats, missiles, rockets or guided bombs and no aerial drone
    gives no claim and no total. "Воздушные цели" are the drones only in a sentence that names
    drones ("сбиты 25 воздушных целей в ходе отражения налета БПЛА"), never after a figure of
    drones by their own noun ("уничтожены три БПЛА и поражены ещё две воздушные цели": 3)."""
    drones_named = names_drone(r.low)
    # a sentence without a boat's name anywhere needs no boat test per item
    boats = _BOAT_ANYWHERE.search(r.low) is not None
    if not boats and none_in(r.low, vocab.NOT_DRONE_WEAPON_RE, vocab.AERIAL_TARGET_RE):
        # no item can name another weapon or aerial targets (each item's text lies in the
        # sentence, lowered the same), so none is settled or given another item's places
        return
    prev = None  # the item before, while it is a drone count with no place of its own
    other = None  # the item before, while it is another weapon's with a place
    counted = False  # an item before counted drones by their own noun
    for _i, it in r.open_items():
        before, prev = prev, None
        placed_before, other = other, None
        low = lower(r.of(it))
        masked = vocab.NAVAL_RE.sub(blank, low) if boats else low
        if it.count is not None and vocab.AERIAL_TARGET_RE.match(r.low, it.count.end - r.base + 1):
            # "12 воздушных целей, в том числе 10 беспилотников": the drones are the 10
            sub = _DRONES_AMONG.match(r.low, it.end - r.base)
            if sub is not None:
                n = find_numbers(sub["n"])
                if n:
                    at = r.base + sub.start("n")
                    it.count = Count(n[0].value, at + n[0].start, at + n[0].end, drone=True)
                    it.counts = [it.count, *it.counts[1:]]
                    continue
        if vocab.DRONE_RE.search(masked):
            counted = counted or it.count is not None
            if it.count is not None and not it.groups:
                prev = it
                if placed_before is not None and it.sep.lower() in ("and", "и"):
                    # "над Белгородской областью сбиты 11 снарядов РСЗО и 4 беспилотника":
                    # the place before the other weapons is the drones' too
                    it.groups = placed_before.groups
                    it.placed = placed_before.placed
            continue
        if (
            (boats and vocab.NAVAL_RE.search(low))
            or vocab.NOT_DRONE_WEAPON_RE.search(low)
            # (aerial targets beside drones counted by their own noun are other things: "три
            # БПЛА и ещё две воздушные цели", "two drones and three other aerial targets")
            or (vocab.AERIAL_TARGET_RE.search(low) and (counted or not drones_named))
        ):
            it.settled = True
            if it.groups:
                other = it
            if before is not None and it.groups and it.sep.lower() in ("and", "и"):
                # "downed 16 drones and a missile over Crimea": the place after the weapons
                # is the drones' too
                before.groups = it.groups
                before.placed = it.placed


#: An airport named before a place: "flights were halted at airports in Kazan and Nizhnekamsk".
#: (keyed: a sentence without "airport" or "аэропорт" is not searched before each place)
_AIRPORT_BEFORE = keyed(
    re.compile(r"(?:airports?|аэропорт\w*)\s+(?:(?:in|of|at|near|в|во|у)\s+)?(?:the\s+)?$")
)


#: ... and after its name: "Pulkovo flights disrupted", "the Vnukovo and Domodedovo airports",
#: "Platov airport suspended flights", "аэропорт" before the name is ``_AIRPORT_BEFORE``'s.
_AIRPORT_AFTER = re.compile(
    r"\s+(?:(?:international\s+)?airport(?P<plural>s)?(?![\w-])"
    r"|flights?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:disrupted|suspended|halted|restricted|delayed|cancell?ed|diverted|grounded)(?![\w-]))"
)


def rule_airport_places(r: Reading) -> None:
    """ "Flights were halted at airports in Kazan and Nizhnekamsk after drones were downed over
    Tatarstan", "Pulkovo flights disrupted": places named as an airport's are where flights
    stopped, not where drones were shot down; they give no claim."""
    before = not none_in(r.low, _AIRPORT_BEFORE)
    if not before and "airport" not in r.low and "flight" not in r.low:
        return  # no airport named anywhere: one test a sentence, not one for each place
    for _i, it in r.open_items():
        for g in it.groups:
            if before and _AIRPORT_BEFORE.search(
                r.low, max(0, g.start - r.base - 30), g.start - r.base
            ):
                it.placed = [p for p in it.placed if not g.start <= p.start < g.end]
            elif r.english and (m := _AIRPORT_AFTER.match(r.low, g.end - r.base)) is not None:
                # "the X and Y airports" are both airports; "over X, Y flights disrupted" only
                # the name before the noun
                at = g.start if m["plural"] else g.mentions[-1].start
                it.placed = [p for p in it.placed if not at <= p.start < g.end]


#: A drone as the subject of a verb of coming down, and where it came down after the verb
#: ("ещё один беспилотник упал на территории склада", "ещё один упал во дворе", "another drone
#: fell on a factory", "one more UAV crashed in a field"), or of a verb of attack or hit ("ещё
#: один дрон атаковал цех", "another drone struck a depot", "drones reached a plant in X"): a
#: drone that hit a place.
_DRONE_HIT = re.compile(
    r"(?P<drone>(?:беспилотн|бпла|дрон|квадрокоптер|аппарат|drone|uav|craft)\w*\s+(?:[\w-]+\s+){0,2}?)?"
    # (never a passive: "another drone was hit over the district" was downed there)
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!are\s)"
    r"(?:(?:упал[аио]?|рухнул[аио]?|fell|crashed|came\s+down)\s+"
    r"(?:во?|на|у|под|возле|около|рядом|близ|in|on|onto|into|near|at)"
    r"|атаковал[аи]?|ударил[аи]?\s+по|врезал(?:ся|ась|ись)|попал[аи]?\s+в"
    r"|attacked|struck|hit|slammed\s+into|targeted|reached|долетел[аи]?\s+до)(?![\w-])"
)
#: What the drones left after they were downed: a place told with it is where they fell.
_DEBRIS = re.compile(
    r"(?<![\w-])(?:обломк\w*|фрагмент\w*|осколк\w*|debris|wreckage|fragments?|remains)(?![\w-])"
)
#: A word that names drones downed: a verb of downing (``vocab.INTERCEPT_RE``) or the means
#: ("после работы средств РЭБ упали", "jammed by electronic warfare, it crashed").
_DOWNING = re.compile(
    r"(?<![\w-])(?:пво|рэб|радиоэлектрон\w*|противовоздушн\w*|подавл\w*|сбит\w*"
    r"|electronic\s+warfare|air[\s-]+defen[cs]\w*|jamm\w*|suppress\w*|downed|shot\s+down)(?![\w-])"
)
#: More drones told with no number: "Ещё один беспилотник", "Another drone", "One more UAV", "a
#: further drone" (a count's own ``extra`` says it when a number is read).
_MORE_DRONE = re.compile(
    r"(?<![\w-])(?:ещ[её]|another|one\s+more|a\s+further)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:беспилотн|бпла|дрон|drone|uav)",
)
#: The words :func:`rule_hit_not_downed` looks for first (a sentence without any has no hit).
_HIT_KEYS = (
    "упал",
    "рухнул",
    "fell",
    "crash",
    "came down",
    "атакова",
    "удари",
    "врезал",
    "попал",
    "долетел",
)
_HIT_KEYS_EN = ("attacked", "struck", "hit", "slammed", "targeted", "reached")


def hit_not_downed(r: Reading, it: ListItem) -> bool:
    """Whether item ``it`` tells a drone that fell on a place or hit it, with no word of its
    downing in the item (in the sentence, when the sentence downs nothing) and no debris in the
    sentence: more than the drones told before it ("ещё один", "another"), or, in a sentence
    that downs nothing, with no figure told before it (never a part of one: "Сбиты пять. Три
    упали в X районе" is where three of the five came down); or drones with no number as the
    subject, in a sentence that downs nothing and tells damage before any figure, that hit a
    district or a town ("Drones attacked the X district overnight, sparking a fire"). It hit the place
    (docs/labels.md: a place a drone hit or fell on, no downing or debris, has no row)."""
    low = lower(r.of(it))
    m = _DRONE_HIT.search(low)
    if (
        m is None
        or _DEBRIS.search(r.low) is not None
        or _DOWNING.search(low if r.interception else r.low) is not None
        or (r.interception and vocab.INTERCEPT_RE.search(low) is not None)
    ):
        return False
    c = it.count
    if c is not None:
        return 0 <= c.start - it.start <= m.end() and (
            c.extra or not (r.interception or r.ctx.figured or c.part or c.subset)
        )
    if _MORE_DRONE.search(low, 0, m.end()) is not None:
        return True
    # "Drones attacked the X district overnight, sparking a fire", "Беспилотники атаковали X
    # район, возник пожар": drones with no number as the subject, in a sentence that downs
    # nothing and tells damage, before any figure, hit a district or a town (a region attacked
    # frames the report; a town attacked with no damage told may be where they were downed:
    # "Drones attacked the city of X. Air defence brought down eight")
    return (
        not r.interception
        and vocab.DAMAGE_RE.search(vocab.NOT_DAMAGED_RE.sub(blank, r.low)) is not None
        and not r.ctx.figured
        and m["drone"] is not None
        and bool(it.placed)
        and all(p.place.district_id is not None for p in it.placed)
    )


def rule_hit_not_downed(r: Reading) -> None:
    """ "Сбиты два беспилотника. Ещё один упал на территории склада в Энске, повреждена
    кровля", "..., ещё один дрон атаковал цех в Энске", "Another drone fell on a factory in X": a
    drone told as falling on a place or hitting it, with no word of its downing and no debris,
    more than the drones before it (or, with no figure before it, in a sentence that downs
    nothing), hit that place: no claim, no total, and the place is no place of the report (a
    hit is no interception)."""
    if not any(key in r.low for key in _HIT_KEYS) and not (
        r.english and any(key in r.low for key in _HIT_KEYS_EN)
    ):
        return
    for _i, it in r.open_items():
        if hit_not_downed(r, it):
            it.settled = True
            for p in it.placed:
                # (the place hit still names its region: "Drones attacked the city of X,
                # sparking a fire. Eight were brought down over the region": X's region)
                if not p.place.area_id.startswith("SEA-") and "+" not in p.place.area_id:
                    r.ctx.region = p.place.area_id

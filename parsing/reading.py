"""One sentence being read: its list items, the facts it yields, and what sentences pass on.

:func:`split_items` cuts a sentence into list items at separators outside place groups and
:func:`fill_items` gives each item its marks (counts, place groups, Moscow targets); a
:class:`Reading` holds them while the rules of ``parsing.rules.RULES`` run over it
(``parsing.count_rules``, ``parsing.place_rules``, ``parsing.trap_rules``), and its
:class:`SentenceFacts` are what the sentence gives its report. :class:`Context` is what earlier
sentences leave for later ones.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields

from geo.area_ids import parts
from parsing import vocab
from parsing.counts import Count
from parsing.lookup import Resolved
from parsing.model import Claim, Qualifier
from parsing.places import Group
from parsing.rows import Body


@dataclass(slots=True)
class TotalCandidate:
    """A count that may be the report's total; lower priority wins."""

    value: int
    qualifier: Qualifier
    priority: int
    start: int
    end: int
    foreign: bool = False  # its item names a place the gazetteer does not know ("over Kyiv")
    #: its sentence spreads it over several regions ("43 drones over 8 regions"): no one region's
    wide: bool = False
    #: the figure a flat list of districts shares ("над Валуйским и Волоконовским округами сбиты 5"):
    #: the report's total only when the report gives no other figure
    shared: bool = False
    #: the drones an attack was made with ("attacked the region with 20 drones"): the report's
    #: total only when its rows add up to them (docs/labels.md), never one of last resort
    attack: bool = False
    #: the areas a flat list shares it over ("50 над Брянской и Курской областями вместе"):
    #: their figure together, which the rest of a report's total leaves out
    over: tuple[str, ...] = ()
    #: the sum of one speaker's figures told apart ("об одном, в 02:14 — ещё о двух"): no
    #: whole the text wrote, never the report's total (docs/labels.md)
    added: bool = False


@dataclass(slots=True)
class SentenceFacts:
    """What one sentence contributes to a report."""

    claims: list[Claim] = field(default_factory=list)
    target_claims: list[Claim] = field(default_factory=list)  # counts of drones bound for Moscow
    totals: list[TotalCandidate] = field(default_factory=list)
    timestamped: bool = False  # a mayor's "04:42. ..." line: never a retelling
    #: one line of a series retold by its time ('Последнее сообщение поступило в 6:41: "Отражена
    #: атака ещё трёх ..."'): its "ещё" is more than the series' lines before it
    retold_line: bool = False
    #: its figures all count drones beyond those told before it ("сбиты ещё два", "two more
    #: were downed"): no retelling of a sentence that does not (a lede and its quote both say
    #: "ещё" or neither)
    more: bool = False
    #: where its claims of drones beyond those told before it begin ("сбиты ещё два, всего за
    #: ночь 9": the 2 is a part of the 9)
    more_at: list[int] = field(default_factory=list)
    #: the evidence of its claims whose figure adds up one speaker's figures told apart ("в
    #: 01:10 — об одном, в 02:35 — ещё о двух", "сбито 23, ещё 4 — над морем":
    #: ``count_rules._told_apart``), a sum the text did not write
    added_up: list[tuple[int, int]] = field(default_factory=list)
    #: a quotation opens before its first figure ('"Силами ПВО отражена атака двух БПЛА ...", -
    #: написал он'): the statement a lede before it may retell, with or without "ещё"
    quoted: bool = False
    attempt: Count | None = None
    #: the drones an attack was made with ("attacked the region with 20 drones"): candidates
    #: for the report's total only (``TotalCandidate.attack``), never figures that make the
    #: sentence a report's
    attack_sizes: list[TotalCandidate] = field(default_factory=list)
    #: the drones it tells as more with no place ("A further 27 were downed between midnight
    #: and 7 a.m.", "С 23:00 до 07:00 уничтожены ещё 24"): the total of a report of a time of
    #: its own that tells no other figure (``build``), never more of another report's
    more_counts: list[TotalCandidate] = field(default_factory=list)
    #: "пресечена попытка атаки БПЛА на объекты в X" with no number: an attempt of no known size
    unsized_attempt: bool = False
    #: what was read but not decided: (why, span), e.g. a place name of several regions
    doubts: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    #: the region in context while the sentence was read (named by its head noun in it or before
    #: it, or by an earlier figure): a town of that region named alone is no guess
    region: str | None = None
    #: the region the text had named itself when the sentence was read (``Context.named``)
    named: str | None = None
    #: the region a heading line named before the sentence (``Context.titled``)
    titled: str | None = None
    #: it states a running total ("количество сбитых беспилотников достигло 25"): its own report
    running: bool = False
    #: the regions of districts it names by their head noun ("в Курском районе"): named, no guess
    headed: set[str] = field(default_factory=set)
    #: it shoots drones down (an interception verb), unlike a line of damage alone
    downs: bool = False
    #: it corrects figures told before it ("UPD: по уточненным данным ...", or after a line
    #: "Уточнение."): its figures replace theirs (``report_rules.rule_corrected_figures``)
    correction: bool = False
    #: where its correcting words begin (the sentence's start, or "позже уточнил" inside it)
    correction_at: int = 0


class WhenAsked:
    """A yes or no about the whole text, weighed the first time it is asked (``bool(...)``)
    and kept: ``Context.tally`` searches the whole text, and most texts never ask it (a long
    line of words with no drone noun spent a tenth of its parse there). Copies of a context
    share it: the answer is the text's."""

    __slots__ = ("_answer", "_weigh")

    def __init__(self, weigh: Callable[[], bool]) -> None:
        self._weigh: Callable[[], bool] | None = weigh
        self._answer = False

    def __bool__(self) -> bool:
        if self._weigh is not None:
            self._answer, self._weigh = self._weigh(), None
        return self._answer


@dataclass(slots=True)
class Context:
    """What earlier sentences leave for later ones."""

    region: str | None = None
    #: the last region the text named itself (by its name or head noun, its governor, a heading
    #: or the source's channel), never only through a district or town of it
    named: str | None = None
    #: the attempt preamble's count (None when it gives no number) and its places
    attempt: tuple[Count | None, list[Group]] | None = None
    had_claims: bool = False
    drone_seen: bool = False
    sea: str | None = None  # the sea last named ("над акваторией" alone means it)
    town: Resolved | None = None  # the town last named ("над городом" alone means it)
    district: Resolved | None = None  # the district last named ("над районом" alone means it)
    #: the area of the last figure read ("ещё пять" with no place is more of its drones)
    counted: str | None = None
    #: a sentence before gave a figure of drones: ordinals after it ("Первый — над X") tell
    #: where those drones fell (``counts._ordinal_counts``)
    figured: bool = False
    #: a sentence before began telling a figure's drones by their ordinals: "Второй и третий —
    #: над Y" on a line after it goes on with the telling
    enumerating: bool = False
    #: that figure was a district's: "ещё три" over another district goes on with the breakdown
    #: of the region's figure ("В районе Твери сбиты пять. Над Конаковским округом ещё три")
    counted_district: bool = False
    #: ... and that district: "Позже — ещё один" after "над Энским районом сбиты два" is more of its
    #: drones (``count_rules.rule_more_in_region``)
    counted_in: Resolved | None = None
    #: the last weapon named was no drone ("drones and a Neptune missile"): a following
    #: sentence naming no weapon ("The latter was shot down over ...") is about it
    other_last: bool = False
    #: the lines before were rows of another weapon in a list whose head names none ("Сбиты:\n▪️
    #: 2 ракеты;"): a row after them that names drones is the head's
    other_rows: bool = False
    #: a timed line ("04:42. ...") named drones flying at Moscow: the timed lines after it are
    #: about Moscow too
    moscow_lines: bool = False
    #: the sentence being read opens the line after a clock on a line of its own ("28 окт,
    #: 00:31" over "Уничтожен ещё один ..."): a timed line, as "00:31. Уничтожен ..." is
    stamped: bool = False
    #: the last sentence with figures gave drones flying at Moscow and no place's figure: a speaker
    #: telling of more after it ("Позднее он написал ещё об одном сбитом дроне") tells of more of them
    moscow_told: bool = False
    #: a sentence before named Moscow as the drones' target ("on approach to Moscow"), or
    #: Moscow's mayor: "flying toward the city", "летевших на город" after it is Moscow's target
    moscow_aimed: bool = False
    #: a district named alone on a heading line ("Грайворонский округ."): the figures after it
    #: that name no place of their own are its (a governor's post, district by district)
    heading: tuple[Resolved, int, int] | None = None  # the district and its name's span
    #: the heading when a line said air defence was at work over its place ("Над Энском
    #: работает ПВО."), no dateline: when the figures after it fall over places of their own,
    #: it is still a place the drones were engaged over (``count_rules.rule_heading_district``)
    at_work_heading: tuple[Resolved, int, int] | None = None
    #: a region named alone on a heading line ("Пензенская область." on top of a post): the
    #: region the post's figures without a place are, as a speaker's region would be
    titled: str | None = None
    #: drones the last sentence named and did not down ("Над областью обнаружен беспилотник."):
    #: their count (None when not told) and places, for a pronoun after it ("Его сбили")
    sighted: tuple[Count | None, list[Group]] | None = None
    #: a line without figures said that what follows corrects what came before ("Уточнение.")
    correcting: bool = False
    #: the sentences since the last one read for figures (damage, a warning: "В Калачёвском
    #: районе повреждена подстанция."), with their offsets: the town or district "над районом"
    #: means after them may be theirs (``rules.recall_unread``)
    unread: tuple[tuple[str, int], ...] = ()
    #: the first town a sentence without figures named with no place preposition, as its
    #: subject or the news' source ("Новости из Шебекино."): "над городом" after it, when no
    #: town was named otherwise (``rules.recall_bare_town``)
    bare_town: Resolved | None = None
    #: the last line headed a list of places hit ("Обломки упали:"), or was one of its lines
    hit_list: bool = False
    #: a sentence of the paragraph told drones' own strikes and downed none ("Противник 30 раз
    #: атаковал приграничье с помощью FPV-дронов."): the people hurt and things damaged told
    #: after it in the paragraph are the strikes' (``place_rules._drone_struck``)
    struck: bool = False
    #: the post's list rows that name their drones ("▪️ Мещовский район — 2 БПЛА") tell drones
    #: downed: the post shoots drones down somewhere, or tells no attack at all
    #: (``rules.tallies_rows``, weighed once for the whole text, when a row first asks: ``parse``
    #: gives a :class:`WhenAsked`)
    tally: bool | WhenAsked = False
    #: figures of drones read over the front or a foreign place ("в зоне проведения СВО сбиты 184
    #: БПЛА"): a headline's bare 184 is that figure told again, no report over Russia
    abroad: set[int] = field(default_factory=set)
    #: the text is headed as the ministry's summary of the special operation ("Сводка ... о ходе
    #: проведения специальной военной операции"): its drones downed with no place are the
    #: front's, as under "в зоне проведения СВО" (``rules.svo_summary``)
    svo_summary: bool = False
    #: a sentence read the past day's drones beside the front's weapons with no place
    #: (``rules.front_tally``): the statement quoted after it, the day left out, is that line
    front_day: bool = False
    #: the sentence read is in Ukraine's words ("Украинская сторона заявила, что ..."): Ukraine
    #: named in it is its own country, where its figures lie (``trap_rules.rule_over_own_country``)
    ukraine_side: bool = False
    #: the one figure the last sentence with figures gave and placed nowhere ("The ministry said
    #: 30 drones were destroyed."): a fraction after it ("Half of them were over X") is of it
    whole: Count | None = None
    #: the last sentence with figures shot drones down, or one without figures since did ("Air
    #: defences destroyed drones over several regions."): "The Kursk and Oryol regions reported
    #: three drones apiece" after it tells drones downed, not attacks (``rules._interception``)
    downed: bool = False
    #: the regions earlier sentences gave a figure of their own ("17 — над Воронежской
    #: областью, ... один — над Волгоградской" in the ministry's list): a district of one of them
    #: named after it ("в Лискинском районе повреждена линия") is that region's, though the
    #: region in context is the list's last (``places.find_groups``' ``known``)
    figured_regions: frozenset[str] = frozenset()
    #: the regions an English text named by their head noun ("the Saratov region", "Oryol Region
    #: governor"): its bare name of the same word is then the city ("in Saratov"; ``places.
    #: find_groups``' ``regions_named``)
    regions_named: frozenset[str] = frozenset()


#: ``Context``'s fields in the order its ``__init__`` takes them.
_CONTEXT_FIELDS = operator.attrgetter(*(f.name for f in fields(Context) if f.init))


def copy_context(ctx: Context) -> Context:
    """A copy of ``ctx`` (what ``dataclasses.replace(ctx)`` makes, several times faster: a
    sentence with no region in context is read with a copy kept)."""
    return Context(*_CONTEXT_FIELDS(ctx))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place mention the gazetteer resolved."""

    place: Resolved
    start: int
    end: int


@dataclass(slots=True)
class ListItem:
    """One list item: the marks between two separators, and what the rules made of it."""

    start: int
    end: int
    sep: str  # the separator before it
    counts: list[Count] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)
    placed: list[PlaceMention] = field(default_factory=list)
    #: the count this item's places take (its first count until a rule says otherwise)
    count: Count | None = None
    settled: bool = False  # a rule has used this item
    claims: list[int] = field(default_factory=list)  # indexes into facts.claims it produced


@dataclass(slots=True)
class Reading:
    """One sentence being read: its text, offset, flags, items, and what the rules found."""

    text: str
    low: str
    base: int
    english: bool
    interception: bool
    #: the sentence is a line of a list of places hit (under "Обломки упали:"): it tells damage
    hit_list: bool
    ctx: Context
    groups: list[Group]
    items: list[ListItem]
    facts: SentenceFacts = field(default_factory=SentenceFacts)
    #: the drones the sentence leaves out of those it downs ("все, кроме одного, уничтожены":
    #: one), never a figure of their own
    excepted: Count | None = None
    # (``damage`` and ``total_mark`` once asked: a few rules ask, in some sentences only)
    _damage: bool | None = field(default=None, init=False, repr=False)
    _total_mark: bool | None = field(default=None, init=False, repr=False)

    @property
    def damage(self) -> bool:
        """Whether the sentence tells of damage or harm, not counting damage it denies ("the
        plant was not damaged"), or is a line of a list of places hit."""
        if self._damage is None:
            self._damage = self.hit_list or _damage_told(self.low)
        return self._damage

    @property
    def total_mark(self) -> bool:
        """Whether the sentence holds a word that marks a total ("всего", "in total")."""
        if self._total_mark is None:
            self._total_mark = vocab.TOTAL_MARK_RE.search(self.low) is not None
        return self._total_mark

    def of(self, it: ListItem) -> str:
        """The text of one item."""
        return self.text[it.start - self.base : it.end - self.base]

    def open_items(self) -> list[tuple[int, ListItem]]:
        """The items no rule has settled yet, with their positions."""
        return [(i, it) for i, it in enumerate(self.items) if not it.settled]

    def claim(
        self,
        it: ListItem | None,
        place: Resolved,
        count: Count | None,
        span: tuple[int, int],
        rule: str,
    ) -> None:
        """Add a claim made from item ``it`` (None for a whole-sentence rule)."""
        if it is not None:
            it.claims.append(len(self.facts.claims))
        if count is not None and count.extra:
            self.facts.more_at.append(span[0])
        if count is not None and count.added:
            self.facts.added_up.append(span)
        self.facts.claims.append(make_claim(place, count, span, rule, self.english))

    def total(
        self, c: Count, priority: int, *, shared: bool = False, over: tuple[str, ...] = ()
    ) -> None:
        """Add a candidate for the report's total (``over``: the areas a list shares it over).
        A sum of figures told apart (``Count.added``) is one the text did not write: a row of
        the area it falls to, never the report's total (``build._unwritten_sums``)."""
        if c.added:
            self.facts.added_up.append((c.start, c.end))
        self.facts.totals.append(
            TotalCandidate(
                c.value,
                c.qualifier,
                priority,
                c.start,
                c.end,
                shared=shared,
                over=over,
                added=c.added,
            )
        )


def make_claim(
    place: Resolved, count: Count | None, span: tuple[int, int], rule: str, english: bool
) -> Claim:
    """A claim over ``place`` with ``count`` (None: a place without a figure), named in the
    report's language."""
    return Claim(
        area_id=place.area_id,
        area=place.area_en if english else place.area_ru,
        count=count.value if count is not None else None,
        qualifier=count.qualifier if count is not None else "exact",
        evidence=span,
        district_id=place.district_id,
        district=(place.district_en if english else place.district_ru),
        rule=rule,
    )


def combined_place(places: list[Resolved], english: bool) -> Resolved:
    """One combined area of ``places`` ("SEA-AZOV+SEA-BLACK", ids sorted); the ministry's
    Moscow region among them is its two parts ("RU-MOS+RU-MOW+SEA-BLACK")."""
    ids = sorted({part for p in places for part in parts(p.area_id)})
    names = [p.area_en if english else p.area_ru for p in sorted(places, key=lambda p: p.area_id)]
    return Resolved("+".join(ids), " + ".join(names), " + ".join(names), "combined")


def join_spans(*spans: tuple[int, int]) -> tuple[int, int]:
    """The span from the first start to the last end."""
    return min(s[0] for s in spans), max(s[1] for s in spans)


# ---------------------------------------------------------------- items

_SEP = re.compile(
    # a colon between digits is a clock ("в 05:20 сбит"), no list. The same matches as
    # "[;\n▫▪•]|(?<!\d):|:(?!\d)|,(?!\d)|\s(?:и|...)\s", written to start with one class of
    # every separator's first character: the engine then jumps from one such character to
    # the next instead of trying each branch at every character of the sentence
    r"[;\n▫▪•:,\s](?:(?<=[;\n▫▪•])|(?<=:)(?<!\d:)|(?<=:)(?!\d)|(?<=,)(?!\d)"
    r"|(?<=\s)(?=[иаонaipbw])(?:и|а\s+также|and|as\s+well\s+as|in\s+addition\s+to|plus|но|однако|but|while|whereas"
    # "112 drones downed overnight as explosions were reported in Saratov": "as" opening a
    # clause of its own (``_AS_CLAUSE_BEFORE`` decides; never "as many as", "as part of")
    r"|as(?=\s+(?!(?:well|many|much|few|little|long|far|soon|part|of|if|though|such|usual|expected|a\s+result)\b)[a-z]))\s)",
    re.IGNORECASE,
)
#: What "as" must follow to open a clause of its own: the drones downed or their time
#: ("downed as fire broke out", "overnight as residents reported blasts"); "as" after another
#: word ("known as", "identified as", "the same as") joins its own phrase.
_AS_CLAUSE_BEFORE = re.compile(
    r"(?<![\w-])(?:downed|destroyed|intercepted|down|overnight|drones|uavs|night|morning"
    r"|evening|day|weekend)\s+$"
)
#: What an "as" clause opens with when it tells the drones' own course, no clause of its own:
#: an attack on the places or a flight to them ("30 drones downed as they attacked the Bryansk
#: and Kursk regions", "... as Ukraine launched an attack on the Belgorod region", "as the
#: drones flew over X"): its places are where the figure's drones were.
_AS_COURSE_AFTER = re.compile(
    r"(?:[\w'’-]+\s+){0,4}?(?:attack(?:ed|ing)|attacks?\s+on|target(?:ed|ing)|fl(?:ew|ying)"
    r"|approach(?:ed|ing)|head(?:ed|ing))(?![\w-])"
)


#: The whole a figure before it is part of, with no comma before it: " out of 25 in total",
#: " of 25 drones altogether", " out of a total of 25" (the space before it is the cut). The
#: whole is a figure: "12 of them in total" is a part of the drones told before, no item.
_WHOLE_OF = re.compile(
    r"(?<=[^\s,])\s(?=(?:out\s+)?of\s+(?:a\s+total\s+of\s+[\w-]+|(?:the\s+)?"
    r"(?!(?:them|these|those|which|drones?|uavs?)(?![\w-]))[\w-]+\s+"
    r"(?:(?:drones?|uavs?)\s+)?(?:in\s+total|altogether|overall))(?![\w-])"
    # " as part of 49 destroyed across seven regions", " part of a total of 49 drones downed":
    # the whole the figure before it belongs to, told with its own verb (a figure, then a verb
    # of downing: "part of the region" is no whole)
    r"|(?:as\s+)?part\s+of\s+(?:a\s+(?:total|tally)\s+of\s+)?(?:the\s+)?[\w-]+\s+"
    r"(?:(?:ukrainian\s+)?(?:drones?|uavs?)\s+)?(?:(?:that|which)\s+(?:were|had\s+been)\s+)?"
    r"(?:destroyed|downed|intercepted|shot\s+down)(?![\w-]))"
)


_VERB_BEFORE = re.compile(
    rf"(?:{vocab.VERB_STEM_RU})\w*\s*$|(?:intercepted|destroyed|downed|shot\s+down|suppressed)\s*$"
    # any past participle or verb before an interception verb: "обнаружен и уничтожен",
    # "обнаружили и сбили", "was detected and destroyed"
    r"|(?<![\w-])[а-я]{3,}(?:ен|ан|ены|ана|ано|ена|ено|аны|ил|ила|или|ал|ала|али)\s*$"
    r"|(?<![\w-])(?:was|were)\s+[a-z]{3,}ed\s*$"
)
_VERB_AFTER = re.compile(
    rf"\s*(?:{vocab.VERB_STEM_RU})|\s*(?:intercepted|destroyed|downed|shot\s+down|suppressed)\b"
)


#: a dash, and the "по" of "по N" ("по пять над ...") after it; an opening parenthesis opens a
#: breakdown the same way ("9 БПЛА (6 – над X, 3 – над Y)", "8 дронов (5 над X и 3 над Y)")
#: A dash (or an opening parenthesis) with the spaces around it: "\s*[—–(-]\s*", written to
#: open with one class (a space or the dash itself) that the engine skips to, not a repeat
#: tried at every character: the same matches.
_DASH = re.compile(r"[\s—–(-](?:(?<=[—–(-])|\s*[—–(-])\s*")
_EACH_BEFORE = re.compile(r"(?:по|each)?\s*", re.IGNORECASE)


def _has_dash(gap: str) -> bool:
    """Whether ``gap`` holds a character every match of ``_DASH`` holds (a dash or "(")."""
    return "–" in gap or "—" in gap or "-" in gap or "(" in gap


def _breakdown_dashes(
    s: str, base: int, groups: list[Group], counts: list[Count], body: Body | None = None
) -> list[tuple[int, int, str]]:
    """ "уничтожены 15 БПЛА — 5 над Курской, 10 над Брянской", "12 дронов – по три над ...":
    a dash right after a counted drone noun, with a figure right after it, opens the breakdown
    of that figure as a colon does (a dash before a place, "27 БПЛА – над ...", is no cut).
    ``body``: the sentence's list rows, between two of whose figures no dash is one (each
    row's dash is before its place, "над территорией ...", and no other dash is in a row)."""
    cuts = []
    # (each row's figure -> the next row's: ``parsing.rows``)
    row_to_row = {} if body is None else {a[0]: b[0] for a, b in itertools.pairwise(body.rows)}
    for c, nxt in itertools.pairwise(counts):
        if not c.drone or row_to_row.get(c.start - base, -1) == nxt.start - base:
            continue
        gap = s[c.end - base : nxt.start - base]
        if not _has_dash(gap):
            continue  # (every match of ``_DASH`` holds one: a test in C, no scan)
        dashes = list(_DASH.finditer(gap))
        if not dashes or not _EACH_BEFORE.fullmatch(gap, dashes[-1].end()):
            continue
        m = dashes[-1]
        a, b = c.end + m.start(), c.end + m.end()
        if any(c.end <= g.start < a for g in groups):
            continue  # a place between the figure and the dash: "5 БПЛА над X – 3 над Y"
        cuts.append((a, b, ":"))
    return cuts


#: A source named between two commas inside a clause: "Еще два, по данным Минобороны,
#: уничтожены над ...", "Four more, according to the ministry, were downed over ...", by a
#: pronoun ("Один из дронов, по его словам, был уничтожен в районе X", "по их данным") or a verb
#: of telling ("Один, как уточнил мэр, сбит над X"); never the English "X said" between commas,
#: which ends a clause as often ("..., the ministry said, with 23 of them over X"). So is the
#: ministry's "lost control" between a drone's two verbs: "Еще три БПЛА подавлены средствами РЭБ
#: и, потеряв управление, упали в X" (the drones came down where they fell), and so is any such
#: adverbial participle of a perfective verb opening the words between the commas, "не" before it
#: or not: "Ещё пять подавлены средствами РЭБ и, не достигнув целей, упали в акваторию моря",
#: "..., изменив курс, упали ..." (a gerund tells how the verb after it came about, never a place
#: or a figure of its own).
_ASIDE = re.compile(
    r"\s*(?:(?:по\s+(?:данным|словам|информации|сообщению)|according\s+to|as\s+\w+\s+(?:said|reported)"
    r"|как\s+(?:сообщил|уточнил|написал|заявил|отметил)\w*)\s[^,;:\n]{1,60}"
    r"|по\s+(?:его|ее|их)\s+(?:данным|словам|информации)"
    r"|потеряв\s+управление|having\s+lost\s+(?:its\s+|their\s+)?control"
    r"|(?-i:(?:не\s+)?[а-я]{2,}[аеиуяы]в(?:шись)?(?:\s+[^\W\d_]+){0,3}))\s*",
    re.IGNORECASE,
)


def _without_asides(
    s: str, base: int, cuts: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Drop the two comma cuts around a source named inside a clause: the count before it and
    the verb and place after it stay one item."""
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(cuts):
        sep = cuts[k][2]
        if (
            sep == ","
            and k + 1 < len(cuts)
            and cuts[k + 1][2] == ","
            and _ASIDE.fullmatch(s, cuts[k][1] - base, cuts[k + 1][0] - base)
        ):
            k += 2
            continue
        out.append(cuts[k])
        k += 1
    return out


#: What follows a figure set between commas that is its own clause's: "the largest share, 19,
#: brought down over the Bryansk region", "the most, 12, over the Kursk region", "Больше всего
#: беспилотников, 22, сбито над X", "Больше всего, 15, сбили над X" (any verb that downs).
_APPOSED_NEXT = re.compile(
    r"\s*(?:(?:were|was|had\s+been)\s+)?(?:brought\s+down|intercepted|destroyed|downed|shot\s+down"
    r"|over|above)(?![\w-])"
    rf"|\s*(?:был[оаи]?\s+)?(?:(?:{vocab.VERB_STEM_RU})\w*|над)(?![\w-])"
)


#: The longest figure set between commas: a figure and up to two words of its noun ("19",
#: "twenty-one", "15 аппаратов", "19 attack drones": "Больше всего, 11 аппаратов, уничтожено над X").
_APPOSED_LEN = 40
_APPOSED_WORDS = 3


def _without_apposed_figures(
    s: str, base: int, cuts: list[tuple[int, int, str]], counts: Sequence[Count]
) -> list[tuple[int, int, str]]:
    """Drop the comma cut after a figure set between commas when its verb or place follows
    ("..., the largest share, 19, brought down over the Bryansk region"): the figure, its verb
    and its place are one item (the comma before it still cuts it from the phrase it names)."""
    out: list[tuple[int, int, str]] = []
    for k, (a, b, sep) in enumerate(cuts):
        if (
            sep == ","
            and k > 0
            and cuts[k - 1][2] == ","
            and a - cuts[k - 1][1] <= _APPOSED_LEN
            and len(s[cuts[k - 1][1] - base : a - base].split()) <= _APPOSED_WORDS
            # the figure opens the words between the commas ("11 аппаратов")
            and any(cuts[k - 1][1] <= c.start <= cuts[k - 1][1] + 1 and c.end <= a for c in counts)
            and _APPOSED_NEXT.match(s, b - base)
        ):
            continue
        out.append((a, b, sep))
    return out


#: "between 7 a.m. and 9 a.m.", "between 20:00 and 23:00 Moscow time", "between midnight and
#: 7 a.m.": the "and" of a window joins its two hours.
_BETWEEN_BEFORE = re.compile(
    r"(?<![\w-])between\s+(?:\d{1,2}(?:[:.]\d{2})?|midnight|noon)"
    r"(?:\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|moscow\s+time|msk|local\s+time|hours))*\s*$"
)
_CLOCK_AFTER = re.compile(r"\s*(?:\d{1,2}(?:[:.]\d{2})?|midnight|noon)(?![\w-])")
#: A relative clause about the place before its comma: "in the Belgorod region, where three
#: were destroyed", "над Курской областью, где сбиты четыре" (the figure is that place's).
_WHERE_AFTER = re.compile(r"\s*(?:where|где)\s")


def _separators(s: str, body: Body | None) -> list[tuple[int, int, str]]:
    """Every match of ``_SEP`` in ``s`` outside a body's rows as (start, end, separator
    lower-cased and stripped); the rows are not scanned (no match of ``_SEP`` lies inside a
    row, and the body's own separators are ``body.cuts``: ``parsing.rows``)."""
    if body is None:
        return [(m.start(), m.end(), m.group().strip().lower()) for m in _SEP.finditer(s)]
    out = []
    for m in _SEP.finditer(s):
        if m.start() >= body.start:
            break
        out.append((m.start(), m.end(), m.group().strip().lower()))
    out += [(m.start(), m.end(), m.group().strip().lower()) for m in _SEP.finditer(s, body.end)]
    return out


def split_items(
    s: str,
    base: int,
    groups: list[Group],
    counts: Sequence[Count] = (),
    body: Body | None = None,
) -> list[ListItem]:
    """Split a sentence into list items at separators outside place groups; "и"/"and" between
    two verbs ("перехвачены и уничтожены", "intercepted and destroyed") joins them, it is no cut;
    a dash after a figure and its drone noun opens that figure's breakdown. ``body``: the
    sentence's list rows (``rows.find_body``), whose separators are known without a scan."""
    cuts: list[tuple[int, int, str]] = _breakdown_dashes(s, base, groups, list(counts), body)
    low = s.lower()
    # which characters of the sentence lie inside a place group (one lookup a separator)
    inside = bytearray(len(s))
    for g in groups:
        x, y = max(0, g.start - base), min(len(s), g.end - base)
        if y > x:
            inside[x:y] = b"\x01" * (y - x)
    for c in counts:
        if c.ordinal:
            # "второй и третий — над Y": one figure of two ordinals, no list of two
            x, y = max(0, c.start - base), min(len(s), c.end - base)
            inside[x:y] = b"\x01" * (y - x)
    if "of" in low and (
        "total" in low or "altogether" in low or "overall" in low or "part of" in low
    ):
        # "17 drones over the Kursk region out of 25 in total": the whole is an item of its
        # own, as after a comma ("..., out of 25 in total")
        cuts += [
            (base + m.start(), base + m.start() + 1, ",")
            for m in _WHOLE_OF.finditer(low)
            if not inside[m.start()]
        ]
    for a, b, sep in _separators(s, body):
        if inside[a]:
            continue
        if (
            sep in ("и", "and")
            and _VERB_AFTER.match(low, b)
            and _VERB_BEFORE.search(low, max(0, a - 24), a)
        ):
            continue
        if sep == "," and _WHERE_AFTER.match(low, b):
            continue
        if sep == "as" and (
            not _AS_CLAUSE_BEFORE.search(low, max(0, a - 14), a + 1)
            or _AS_COURSE_AFTER.match(low, b)
        ):
            continue
        if (
            sep == "and"
            and _CLOCK_AFTER.match(low, b)
            and _BETWEEN_BEFORE.search(low, max(0, a - 40), a)
        ):
            continue  # "shot down between 7 a.m. and 9 a.m. over ...": one window, no list
        cuts.append((base + a, base + b, sep))
    if body is not None:
        # A row's separator has the next row's figure right after it (a space at most between):
        # no verb ("перехвачены и уничтожены"), "where" or clock ("between 7 a.m. and 9 a.m.",
        # whose hour before "and" no row's "Region" is) follows it, so only a place group
        # around it keeps it from cutting
        cuts += [(base + a, base + b, sep) for a, b, sep in body.cuts if not inside[a]]
    cuts.sort()
    cuts = _without_asides(s, base, cuts)
    if counts and "," in s:
        cuts = _without_apposed_figures(s, base, cuts, counts)
    items = []
    prev_end, prev_sep = base, ""
    for a, b, sep in cuts:
        items.append(ListItem(prev_end, a, prev_sep))
        prev_end, prev_sep = b, sep
    items.append(ListItem(prev_end, base + len(s), prev_sep))
    return items


def _share_marks(
    items: list[ListItem], counts: list[Count], groups: list[Group], targets: list[tuple[int, int]]
) -> None:
    """Give each item the counts, groups and targets that start inside it, in their order.

    Items that follow one another without overlapping (every item ``split_items`` makes from
    cuts that do not overlap) hold each mark in at most one item, found by bisecting their
    starts: one lookup a mark instead of one test a mark and an item. Others (overlapping
    cuts) are read item by item."""
    starts = [it.start for it in items]
    if all(a.start <= a.end <= b.start for a, b in itertools.pairwise(items)):
        for it in items:
            it.counts, it.groups, it.targets = [], [], []
        for c in counts:
            k = bisect.bisect_right(starts, c.start) - 1
            if k >= 0 and c.start < items[k].end:
                items[k].counts.append(c)
        for g in groups:
            k = bisect.bisect_right(starts, g.start) - 1
            if k >= 0 and g.start < items[k].end:
                items[k].groups.append(g)
        for t in targets:
            k = bisect.bisect_right(starts, t[0]) - 1
            if k >= 0 and t[0] < items[k].end:
                items[k].targets.append(t)
        return
    for it in items:
        it.counts = [c for c in counts if it.start <= c.start < it.end]
        it.groups = [g for g in groups if it.start <= g.start < it.end]
        it.targets = [t for t in targets if it.start <= t[0] < it.end]


def fill_items(
    items: list[ListItem], counts: list[Count], groups: list[Group], targets: list[tuple[int, int]]
) -> list[ListItem]:
    """Give each item its marks; a target without a count joins the count just before it
    ("..., летевших на Москву"); a subset with no place of its own is dropped ("в том числе
    три, летевших на Москву" is part of a row already counted)."""
    _share_marks(items, counts, groups, targets)
    for k, it in enumerate(items):
        if (
            it.targets
            and not it.counts
            and not it.groups
            and k > 0
            and items[k - 1].counts
            and not items[k - 1].groups
        ):
            items[k - 1].targets.extend(it.targets)
            it.targets = []
    kept = [it for it in items if it.counts or it.groups or it.targets or it.sep in ("и", "and")]
    for it in kept:
        it.placed = [
            PlaceMention(m.place, m.start, m.end)
            for g in it.groups
            for m in g.mentions
            if m.place is not None
        ]
        it.counts = [c for c in it.counts if not c.subset or it.placed]
        it.count = it.counts[0] if it.counts else None
    return kept


def blank(m: re.Match[str]) -> str:
    """A match blanked to spaces of its length (offsets stay the same)."""
    return " " * len(m.group())


def _damage_told(low: str) -> bool:
    """Whether a lower-cased sentence tells of damage or harm, not counting damage it denies
    ("the plant was not damaged")."""
    # (every match holds one of these: "not", "n't", "n’t", "undamaged", "не ")
    if ("not" in low or "n't" in low or "n’t" in low or "undamaged" in low or "не " in low) and (
        vocab.NOT_DAMAGED_RE.search(low)
    ):
        low = vocab.NOT_DAMAGED_RE.sub(blank, low)
    return bool(vocab.HIT_RE.search(low) or vocab.HARM_RE.search(low))


@functools.lru_cache(maxsize=8)
def without_boats(low: str) -> str:
    """A lower-cased sentence with the names of uncrewed boats blanked ("морские дроны" are
    boats, their drone nouns no aerial drones). Several rules ask it of one sentence: read once."""
    return vocab.NAVAL_RE.sub(blank, low)


@functools.lru_cache(maxsize=8)
def names_drone(low: str) -> bool:
    """Whether a lower-cased sentence names an aerial drone (a drone noun outside the names of
    uncrewed boats)."""
    return bool(vocab.DRONE_RE.search(without_boats(low)))


Rule = Callable[[Reading], None]

"""The sentence reader: :func:`read_sentence` runs every rule of ``RULES`` over a sentence, in order.

A sentence is read as marks (counts, place groups, Moscow targets) and cut into list items at
separators that lie outside place groups (``parsing.reading``). Every rule has the same
signature, ``rule(reading) -> None``: it looks at the items no earlier rule has settled,
adds claims, report-total candidates or context to ``reading.facts``, and settles the items
it used. The rules live by family in ``parsing.count_rules`` (linking counts to places),
``parsing.place_rules`` (places and lists) and ``parsing.trap_rules`` (what stays out);
``RULES`` below is the one list that runs. A claim's ``rule`` names the rule that made it;
``python -m parsing --explain`` prints the rules in order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from geo.area_ids import is_combined, is_sea
from parsing import region_context, vocab
from parsing.count_rules import (
    ACCOUNTED_FOR,
    BARE_ROW_RU,
    BULLETS,
    DASH_NAME_RU,
    EACH_SUBJECT,
    LIST_DASH_RU,
    NAME_DASH_EN_LINE,
    NAME_DASH_RU,
    PAIR_DASH_RU,
    PAREN_ROW_EN,
    PAREN_ROW_RU,
    count_dash_name_at,
    each_subject_line,
    rule_accounted_for,
    rule_added_count,
    rule_all_destroyed,
    rule_apposed_place,
    rule_attempt,
    rule_bare_sea,
    rule_count_dash_name,
    rule_each_after_list,
    rule_each_subject,
    rule_fronted_place,
    rule_heading_district,
    rule_heading_place,
    rule_more_in_region,
    rule_moscow_target,
    rule_name_dash_count,
    rule_of_which,
    rule_paren_count,
    rule_pronoun_downed,
    rule_respectively,
    rule_rest_of_count,
    rule_sum_verbs,
    rule_then_sequence,
    rule_unplaced_total,
    sighted_drones,
)
from parsing.counts import (
    ELIDED_LINE,
    GAPPED_TIME_LINE,
    ORDINALS_RU,
    THEIR_NUMBER,
    TOLD_FIGURE,
    Count,
    find_counts,
    sets_a_figure_right,
    tells_one_drone,
)
from parsing.gate import Gate, compile_gate
from parsing.lookup import Resolved, find_any_place, region_names
from parsing.model import Claim
from parsing.morph import noun_lemmas
from parsing.numbers import WORDS, find_numbers
from parsing.place_rules import (
    FRACTION_LINE,
    REMAINDER_LINE,
    rule_all_of_count,
    rule_clause_of_its_own,
    rule_fraction_of_count,
    rule_listed_twice,
    rule_places,
    rule_region_after_clause,
    rule_share_of_count,
    rule_shared_count,
    rule_town_of_its_head,
    rule_undecided_place,
    rule_wider_area,
)
from parsing.places import Mention, city_region, find_groups, find_targets, is_town_name
from parsing.reading import (
    Context,
    ListItem,
    Reading,
    Rule,
    SentenceFacts,
    blank,
    fill_items,
    names_drone,
    split_items,
    without_boats,
)
from parsing.region_context import (
    bare_town,
    context_region,
    mayor_city,
    speaker_district,
    speaker_region,
)
from parsing.rows import find_body
from parsing.share_rules import (
    FELL_TO_PATTERNS,
    SHARE_SUBJECT,
    TALLY_HEAD,
    fell_to_line,
    rule_elided_shares,
    rule_fell_to,
    rule_share_subject,
    rule_verbless_tally,
    share_subject_line,
    tally_line,
)
from parsing.text import lower
from parsing.time import PERIOD_RE, compared_since, find_time
from parsing.trap_rules import (
    over_own_country,
    rule_airport_places,
    rule_claim_set_aside,
    rule_earlier_version,
    rule_habitual,
    rule_hit_not_downed,
    rule_not_drones,
    rule_not_over_russia,
    rule_not_said,
    rule_over_own_country,
    rule_past_clause,
    rule_speculated,
    rule_unverified,
)
from parsing.word_start import word_start

#: The rules :func:`read_sentence` runs, in order (``python -m parsing --explain`` prints them).
RULES: tuple[Rule, ...] = (
    rule_paren_count,
    rule_name_dash_count,
    rule_count_dash_name,
    rule_accounted_for,
    rule_each_subject,
    rule_elided_shares,
    rule_share_subject,
    rule_verbless_tally,
    rule_fell_to,
    rule_attempt,
    rule_of_which,
    rule_fronted_place,
    rule_apposed_place,
    rule_heading_place,
    rule_respectively,
    rule_each_after_list,
    rule_sum_verbs,
    rule_then_sequence,
    rule_over_own_country,
    rule_not_over_russia,
    rule_not_said,
    rule_earlier_version,
    rule_past_clause,
    rule_habitual,
    rule_speculated,
    rule_unverified,
    rule_claim_set_aside,
    rule_not_drones,
    rule_hit_not_downed,
    rule_airport_places,
    rule_region_after_clause,
    rule_wider_area,
    rule_fraction_of_count,
    rule_share_of_count,
    rule_all_of_count,
    rule_shared_count,
    rule_bare_sea,
    rule_rest_of_count,
    rule_pronoun_downed,
    rule_clause_of_its_own,
    rule_places,
    rule_added_count,
    rule_moscow_target,
    rule_more_in_region,
    rule_heading_district,
    rule_town_of_its_head,
    rule_unplaced_total,
    rule_all_destroyed,
    rule_listed_twice,
    rule_undecided_place,
)


def rule_name(rule: Callable[..., object]) -> str:
    """A rule's name as claims and ``--explain`` write it ("rule_places" -> "places")."""
    return rule.__name__.removeprefix("rule_")


# ---------------------------------------------------------------- the sentence

_LIST_LINE = re.compile(
    r"^\s*(?:[▫▪•·*◾◽●○–—-]\s*)?(?:(?:по\s+)?[\wё]+(?:\s+(?:из\s+них|of\s+them))?\s*(?:бпла\s*)?"
    # ("— по одному в Россошанском и Каменском районах": "по N" and its places with no dash
    # between, a figure each, as "по одному — в ..." is)
    r"[–—-]\s*|по\s+[\wё]+\s+(?:бпла\s+)?)"
    # ("Один из них — на подлёте к Энску, четыре — в районе Н.": where the row's drones were
    # downed told by nearness: the row goes on with the figure before it as "— над Н." does)
    r"(?:над|в|во|over|in|у|под|около|возле|вблизи|близ|на\s+подл[её]те\s+к|near)\s",
    re.IGNORECASE,
)
#: The words that leave drones out of those a sentence downs, right before their number: "все
#: беспилотники, кроме одного, уничтожены", "за исключением двух".
_EXCEPT_BEFORE = re.compile(r"(?<![\w-])(?:кроме|за\s+исключением|all\s+but)\s+$")
#: "кроме" leaves them out only after "все": with no "все" before it, it is "besides" ("Кроме
#: двух беспилотников над Брянской областью, ПВО сбили три над Курской": two drones of their
#: own); "за исключением" and "all but" always leave out.
_ALL_BEFORE_EXCEPT = re.compile(r"(?<![\w-])(?:все|всех)(?![\w-])")
#: A sentence that goes on with the list before it: "Another 34 over the Bryansk region, 28 over
#: ...", "Ещё 5 — над Курской областью", "Other regions listed included Belgorod and Oryol",
#: "These included the Oryol and Tula regions",
#: "А также в Каменском и Тарасовском районах".
#: (Written as one IGNORECASE pattern, ``_LIST_GOES_ON_AS_WRITTEN`` in the tests, it opened with
#: a lookbehind and was tried at every character: 8 µs a sentence, paid by every sentence
#: without drones after a text's first claim. Its three parts below match where it does.)
_LIST_GOES_ON = word_start(
    r"(?:another|ещ[её])\s+\w+\s+(?:(?:were|was|were\s+\w+|[–—-])\s+)?(?:over|in|над|в)\s"
    r"|regions?\s+(?:\w+\s+){0,2}?(?:included|including|such\s+as)\s",
    ignorecase=True,
)
#: "Sobyanin said eight of them were flying towards the capital", "три из них летели на
#: Москву": the part of the drones just counted that flew at a target (the mayor's figure).
#: (Each first letter in both its cases, what IGNORECASE matches with it, so it is skipped to.)
_OF_THEM_FLYING = re.compile(
    r"(?:o(?i:f\s+them)|O(?i:f\s+them)|и(?i:з\s+них)|И(?i:з\s+них))"
    r"(?i:\s+(?:(?:were|had\s+been)\s+)?(?:flying|heading|летел|летели|направлял))"
)
#: ... and at the sentence's start only.
_LIST_GOES_ON_OPENING = re.compile(
    r"\s*(?:these|they|those)\s+(?:areas\s+|regions\s+)?(?:included|include)\s"
    # "It lists the Bryansk, Kursk and Tula regions, but gives no breakdown": the speaker of the
    # figure before names its places (``places._EN_TRIGGER_ALTS``' "lists")
    r"|\s*(?:it|the\s+(?:ministry|statement))\s+(?:also\s+)?list(?:s|ed)\s"
    r"|\s*(?:а\s+также|а\s+ещ[её]|также|and\s+also)\s"
    # "Больше всего — над Рыльским районом": where most of the drones just counted were
    r"|\s*(?:больше\s+всего|(?:основн|больш)(?:ая|ую)\s+част[ьи])(?:\s+из\s+них)?\s*(?:[–—-]\s*)?(?:над|в)\s",
    re.IGNORECASE,
)


def _list_goes_on(s: str) -> bool:
    """Whether a sentence goes on with the list before it (see ``_LIST_GOES_ON``)."""
    return bool(
        _LIST_GOES_ON.search(s) or _OF_THEM_FLYING.search(s) or _LIST_GOES_ON_OPENING.match(s)
    )


_OVER = r"over|над"
_OVER_AFTER = re.compile(
    rf"\s*(?:(?:of|из)\s+(?:them|these|those|них)\s*)?(?:[–—-]\s*)?(?:(?:were|was)\s+)?(?:\w+\s+|за\s+ночь\s+)?(?:{_OVER})\s",
    re.IGNORECASE,
)


#: Every match of ``_OVER_AFTER`` holds one of these (same flags, so the same letters).
_OVER_WORD = re.compile(_OVER, re.IGNORECASE)


def _count_over(s: str) -> bool:
    """A number followed by "over"/"над" ("Twelve were over the Kursk region", "9 — над ...",
    "Seven of them were over ...", "пять из них — над ...")."""
    if _OVER_WORD.search(s) is None:
        return False  # no "over"/"над" at all: no need to read the numbers
    return any(_OVER_AFTER.match(s, n.end) for n in find_numbers(s))


#: A line of places and their figures: "Над Трубчевским районом — 5, над Погарским — 4".
_PLACE_DASH_LINE = re.compile(
    # (the line's clock time before its place: "- в 03:35 над Павловским районом - 1.")
    r"^\W*(?:(?:в|около|примерно\s+в)\s+\d{1,2}[:.]\d{2}\s+)?"
    r"(?:из\s+них,?\s+)?(?:над|в|во)\s+(?:территори\w+\s+)?[А-ЯЕ][\w-]*(?:\s+[\w-]+){0,3}?\s*[–—-]\s*"
    # ("– в Кировском и Тарусском районах – по одному.": a figure each of the places)
    r"(?:по\s+)?(?:\d|[а-яе]+[,;.]?\s*(?:$|над|в\s))",
    re.IGNORECASE,
)
#: A line of a figure's drones told by their ordinals: "Второй и третий — над Шебекинским
#: округом." (``counts._ordinal_counts``).
_ORDINAL_LINE = re.compile(
    rf"^\W*(?:а\s+)?(?:{ORDINALS_RU})(?:\s+(?:беспилотник\w*|бпла|дрон\w*))?\s*[–—-]\s*"
    r"(?:над|в|во|у|под|около|возле|вблизи|близ)\s",
    re.IGNORECASE,
)
#: A line of a place and its figure without a dash, the figure ending the line: "— над
#: Белгородской областью 6,", "• над Курской областью 4 БПЛА;".
_PLACE_FIGURE_LINE = re.compile(
    r"^\W*(?:над|в|во)\s+(?:территори\w+\s+)?[А-ЯЕ][\w-]*(?:\s+[\w-]+){0,3}?\s+\d{1,4}"
    r"(?:\s+(?:бпла|беспилотник\w*|дрон\w*))?\W*$",
    re.IGNORECASE,
)
#: A line that totals the figures before it: "Всего за сутки — девять", "В общей сложности 12".
#: "В ночь на среду — еще пять.", "Утром — ещё два": a dash for the verb, more of the same
#: area's drones (after the figures of a report).
_MORE_LINE = re.compile(
    rf"{vocab.MORE_LEAD_RU}\s*ещ[её]\s+(?:\d+|[а-я]+)(?=\s*(?:[,.;!]|$))", re.IGNORECASE
)
#: ("The total for the night was five.": an English number word ends it, ``_total_line``)
#: What may stand before a post's total line: an update's label with its number or time
#: (``vocab.UPDATE_ALONE_RE``), or a clock alone.
_UPDATE_LEAD = (
    r"(?:upd|update|обновлено|обновление|дополнено|дополнение|апдейт)(?![\w-])(?:\s+в)?[\s\d:.,()№#-]*"
    r"|\d{1,2}[:.]\d{2}\W*"
)
_TOTAL_LINE = re.compile(
    # (an update's label or its clock may open it: "Upd. 08:10 Итого за ночь и утро — 5.",
    # "Обновлено 09:00: итого за ночь — пять", "08:10 Всего за ночь — 5": ``_UPDATE_LEAD``)
    rf"^\W*(?:{_UPDATE_LEAD})?(?:{vocab.TOTAL_MARK})(?![\w-])[^.!?]{{0,60}}?(?<![\w-])(?P<figure>\d+|[а-яеa-z]+)\W*$",
    re.IGNORECASE,
)


#: A window heading the rows under it, its verb told once above ("Сегодня дежурными средствами
#: ПВО перехвачены и уничтожены украинские БПЛА." then "В период с 08.00 до 14.00 мск — 21
#: БПЛА:" and its bulleted rows): the hours, maybe a date, maybe the window's figure, a colon.
_WINDOW_HEADING = re.compile(
    r"^\W*(?:(?:в|за)\s+период\s+)?[сc]\s+\d{1,2}[.:]\d{2}[^:]{0,50}?\s(?:до|по)\s+\d{1,2}[.:]\d{2}"
    r"[^:.;]{0,40}:\s*$",
    re.IGNORECASE,
)


def _total_line(s: str) -> bool:
    """Whether a line totals the figures before it: "Всего за сутки — девять.", "The total for
    the night was five." (an English last word only when it is a number)."""
    m = _TOTAL_LINE.match(s)
    return m is not None and (
        not m["figure"].isascii() or m["figure"].lower() in WORDS or m["figure"].isdigit()
    )


def total_first(low: str) -> bool:
    """Whether a sentence tells a total whose figure ends it, a number ("Итого за ночь над
    областью — пять.", "Всего за ночь над регионом сбито 5"): a post's whole may open it, told
    before the drones it counts are named."""
    m = _TOTAL_LINE.match(low)
    return m is not None and (m["figure"].isdigit() or m["figure"] in WORDS)


#: The night's part of a day's recap, cut from it: "83 — ночью", "20 — в ночное время", "83
#: overnight" (a figure and the night, nothing else); the night first, the figure after a dash:
#: "ночью — 15".
_NIGHT_PART = re.compile(
    r"\W*(?:(?:в\s+том\s+числе|из\s+них)\s+)?(?:(?:\d+|[а-яе]+|[a-z-]+)"
    # ("31 of them overnight", "20 из них — ночью": the figure before the words of the part)
    rf"(?:\s+(?:{vocab.OF_THEM}))?\s+(?:[–—-]\s+)?(?:{vocab.NIGHT_RU}|{vocab.NIGHT_EN})"
    rf"|(?:{vocab.NIGHT_RU})\s+(?:[–—-]\s+)?(?:\d+|[а-яе]+))\W*$",
    re.IGNORECASE,
)
#: A short head of a list that ends in a colon: "Сбиты:", "За ночь уничтожены:".
_BARE_HEAD = re.compile(
    # (a place and a time before it: "За ночь над Курской областью сбиты:")
    rf"\W*(?:[\w.]+\s+){{0,8}}?\w*(?:{vocab.VERB_STEM_RU})\w*\s*:\s*$",
    re.IGNORECASE,
)
#: A line that is a row of a list, by its mark: "▪️ 2 крылатые ракеты;".
_ROW = re.compile(rf"\s*[{BULLETS}*–—-]")
#: A bulleted line that opens on a place after its preposition: "• в Задонском округе — без
#: последствий;", a line of the list a head of damage opens ("Обломки упали:").
_PLACE_BULLET = re.compile(
    rf"^\s*[{BULLETS}*–—-]+\s*(?i:в|во|на\s+территории|у|под|вблизи|возле)\s+[А-ЯЕ]"
)
#: A heading line that is a district's name alone: "Грайворонский округ.", "📍 Курский район".
_HEADING_DISTRICT = re.compile(
    r"\W*(?P<name>[А-ЯЕ][а-яе-]+(?:ий|ый|ой)\s+(?:(?:городской|муниципальный)\s+)?(?:район|округ))\W*$"
)
#: A line opening on its clock, maybe after a list's dash or bullet: "04:42. Сбит ...", "— 01:05
#: сбиты два ...;", "• 02:40 ещё один ...".
_TIMESTAMP = re.compile(rf"^\s*(?:[{BULLETS}*•–—-]+\s*)?\d{{1,2}}[:.]\d{{2}}\.?\s")
#: A line of a series told by its time or as the last one, before its words after a colon or
#: a quotation mark: "Последнее сообщение мэра поступило в 6:41: «...»", "В 05:10 он написал:",
#: "His last update, at 6:41 a.m., read:" (a clock opens on a digit, the rest on a letter).
_RETOLD_LINE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}|(?<![\w-])(?:последн|last|latest|final)\w*\s+(?:\w+\s+)?"
    r"(?:сообщени|пост|публикаци|запис|post|update|message))(?:[^.!?]|[ap]\.m\.)*?[:«\"“„]"
)
#: An opening quotation mark: at the sentence's start, or after a space or a colon ("Он
#: написал: «Над областью сбиты два»").
_QUOTE_OPENS = re.compile(r'(?:^|[\s:])[«"“„]')
#: A post's title that names the attack's target alone: "Атака на Великие Луки", "Ночная атака
#: на Кстово.", "⚡️ Атака дронов на Сафоново" (the figures after it name no place of their own).
_ATTACK_HEADING = re.compile(
    r"\W*(?:[А-ЯЕа-яе]+(?:ая|яя)\s+)?(?i:атака)\s+(?:(?i:бпла|беспилотник\w*|дрон\w*)\s+)?на\s+"
    r"(?P<name>[А-ЯЕ][а-яе]+(?:-[А-ЯЕа-яе][а-яе]+)*(?:\s+[А-ЯЕ][а-яе]+)?)[.!:]?\s*$"
)
#: A sentence that asks ("Did Russia down 300 drones in one night?", "Сколько беспилотников
#: сбили над Брянском?"): a question asserts no figure (a fact check's headline, a Q&A's
#: question); its answer, if any, is the next sentence.
_QUESTION = re.compile(r"\?[\s\"'”»)]*$")
#: Words that tell drones attacking, striking, launched or seen rather than downed: a post that
#: holds one and no interception verb lists attacks in its rows ("Атакованы:\n▪️ Белгородский
#: район — 5 БПЛА"), never drones downed.
_NOT_A_TALLY = re.compile(
    r"атак|удар|прилет|налет|обстрел|замечен|обнаруж|зафиксир|запущ|выпущ|летят|движ|направлен"
)


#: A heading with no verb over the rows of a night's figures: a summary noun and a colon at the
#: line's end. "Итоги ночи в регионах:", "Итоги ночной атаки:", "Ночная атака в цифрах:",
#: "Сводка за ночь:", "Данные регионов:" (the rows under it, "— Брянская область: 14", down
#: drones as the rows under "Сбиты:" do).
_TALLY_HEAD = re.compile(
    r"\W*(?:[^\W\d_]+\s+){0,4}?(?:итог\w*|сводк\w*|данн(?:ые|ым)|в\s+цифрах|статистик\w*)"
    r"(?:\s+[^\W\d_]+){0,4}\s*:\s*$"
)
#: ... unless it heads what is not drones downed: "Итоги обстрелов за сутки:", "Итоги атак:",
#: "Данные о пострадавших:" (the attack of the night, "Итоги ночной атаки", is the event).
_NOT_DOWNED_HEAD = re.compile(
    r"обстрел|удар|прил[её]т|нал[её]т|пострадав|ранен|поврежд|запущ|выпущ|(?<![\w-])атак(?![\w-])"
)


def tally_heading(line_low: str, low: str) -> bool:
    """Whether a short line heads a list of drones downed without a verb ("Итоги ночи:" over
    "— Курская область: 9"): a summary's heading in a text that names drones."""
    return (
        ":" in line_low
        and _TALLY_HEAD.match(line_low) is not None
        and not _NOT_DOWNED_HEAD.search(line_low)
        and vocab.DRONE_RE.search(low) is not None
    )


def tallies_rows(low: str) -> bool:
    """Whether a post's list rows that name their drones ("▪️ Мещовский район — 2 БПЛА") tell
    drones downed: the post downs drones somewhere (a lede before the rows, or a summary
    after them: "Всего над областью за ночь уничтожены шесть"), or tells no attack at all (a
    bare tally under the region's name)."""
    return bool(vocab.INTERCEPT_RE.search(low)) or not _NOT_A_TALLY.search(low)


#: How far into a text its heading may name the special operation's summary: a channel's name
#: line and the summary's title ("Минобороны России" over "Сводка ... о ходе проведения СВО").
_HEADING_SPAN = 300


#: A place named after its preposition, capitalised: "в Белгородской области", "на Москву",
#: "in the Kursk region" ("в течение ночи" names none).
_NAMED_PLACE = re.compile(
    r"(?<![\w-])(?:[Нн]ад|[Вв]о?|[Нн]а|[Пп]од|[Уу]|[Oo]ver|[Ii]n|[Nn]ear|[Aa]bove)\s+(?:the\s+)?[A-ZА-ЯЁ]"
)


def svo_summary(low: str) -> bool:
    """Whether a lower-cased text is headed as the ministry's summary of the special operation
    ("Сводка Министерства обороны ... о ходе проведения специальной военной операции (с 8 по 14
    ноября)"): the summary tells the front's figures, so what air defence shot down with no place
    in it is no interception over Russia."""
    head = low[:_HEADING_SPAN]
    # (the words first, a test in C: the pattern opens on each line's start and walks its words)
    return ("сводк" in head or "summary" in head) and vocab.SVO_SUMMARY_RE.search(head) is not None


def _week_of_the_summary(low: str) -> bool:
    """Whether a sentence of the summary of the special operation tells its week's or month's
    drones ("Средствами ПВО за неделю сбиты: самолет Су-27, ... и 1 245 беспилотников"): the
    ministry's weekly summary is a recap of its own (docs/labels.md), never the front's day."""
    return PERIOD_RE.search(low) is not None


def front_tally(low: str, *, told: bool = False) -> bool:
    """Whether a sentence's words are those of a line of the ministry's daily summary of the war:
    the drones of the past day listed beside the front's weapons (guided bombs, a launcher's
    rockets, missiles: "за сутки сбиты 4 управляемые авиабомбы, 2 снаряда HIMARS и 206 БПЛА",
    "shot down two JDAM bombs, three HIMARS rockets and 198 drones over the past 24 hours").
    With no place named its figures are over the zone of the war, not over Russia: no report
    (docs/labels.md); a place named keeps them ("над Белгородской областью за сутки сбиты шесть
    авиабомб и 14 БПЛА").

    ``told``: such a line came before, so the span of the day may be left out: the statement
    quoted under the lede that retold it ("'Air defence assets shot down four guided bombs,
    three rockets and 173 drones,' the ministry said") is the same line; a night named is
    another report ("Ночью сбиты 20 БПЛА и две ракеты")."""
    return (
        "над" not in low
        and "территори" not in low
        and (
            vocab.PAST_DAY_RE.search(low) is not None
            or (told and "ноч" not in low and "night" not in low)
        )
        and vocab.NOT_DRONE_WEAPON_RE.search(low) is not None
    )


def front_day(low: str) -> bool:
    """Whether a lower-cased sentence tells the front's past day in the ministry's daily summary
    of the war ("Over the past 24 hours, Battlegroup South units took ...", "За сутки
    подразделения группировки войск «Центр» нанесли поражение ...", ``vocab.FRONT_DAY``): the
    summary's air defence line after it is the front's (:func:`front_tally`, ``told``)."""
    return (
        ("сутки" in low or "past" in low or "last" in low or "previous" in low)
        and vocab.PAST_DAY_RE.search(low) is not None
        and vocab.FRONT_DAY_RE.search(low) is not None
    )


def _other_named_last(low: str) -> bool:
    """Whether a sentence naming drones names another weapon after its last drone noun."""
    other = [m.end() for rx in (vocab.BOAT_RE, vocab.NOT_DRONE_WEAPON_RE) for m in rx.finditer(low)]
    if not other:
        return False
    drones = [m.end() for m in vocab.DRONE_RE.finditer(without_boats(low))]
    return max(other) > max(drones, default=-1)


def _third_country_speaks(s: str, low: str) -> bool:
    """Whether a sentence gives a third country's military's words about its own air defence
    ("the Belarusian defence ministry said ...", "Минобороны Белоруссии сообщило ...")."""
    for m in vocab.THIRD_COUNTRY_NAME_RE.finditer(s):
        a = max(0, m.start() - 40)
        if vocab.THIRD_COUNTRY_MILITARY_RE.search(low, a, m.end() + 60):
            return True
    return False


def _tells_hurt(low: str) -> bool:
    """Whether a sentence tells people killed or hurt ("ранены двое", "погиб мужчина"), not
    that nobody was ("пострадавших нет")."""
    return bool(vocab.HARM_RE.search(low)) and not vocab.NO_CASUALTIES_RE.search(low)


#: "ВСУ предприняли попытку атаковать Тулу" (the drones named in the next sentence): the place
#: an attempt was made on, read like an attempt preamble (``count_rules.rule_attempt``).
_ATTEMPT_ON = re.compile(
    rf"(?:{vocab.ATTEMPT_TO_ATTACK_RU}|{vocab.ATTEMPT_TO_ATTACK_EN})(?=\s+(?-i:[А-ЯЕA-Z]))",
    re.IGNORECASE,
)


#: Words one of which every form of ``_ATTEMPT_ON`` holds (a cheap test before it).
_ATTEMPT_KEYS = ("атак", "удар", "налет", "attack")


def _downed_but(counts: list[Count], excepted: Count) -> list[Count]:
    """The counts of a sentence that downs all but ``excepted`` of the drones it counted before
    them: "отражена атака семи БПЛА, все, кроме одного, сбиты" is six downed. An attack's or an
    attempt's count is left to ``count_rules.rule_attempt``, which takes them away itself."""
    told = [
        c
        for c in counts
        if c.start < excepted.start and c.drone and not (c.attempt or c.attack or c.each)
    ]
    if not told or told[-1].value <= excepted.value:
        return counts
    last = told[-1]
    return [replace(c, value=c.value - excepted.value) if c is last else c for c in counts]


def _left_out(low: str, at: int) -> bool:
    """Whether the number at ``at`` counts the drones a sentence leaves out of those it downs
    ("все, кроме одного, уничтожены", "за исключением двух"), never a figure of its own."""
    m = _EXCEPT_BEFORE.search(low, max(0, at - 20), at)
    return m is not None and (
        not m[0].startswith("кроме") or _ALL_BEFORE_EXCEPT.search(low, 0, m.start()) is not None
    )


def _tells_the_attempt(attempted: Count | None, facts: SentenceFacts) -> bool:
    """Whether a sentence's placed figures add up to all of an attempt's drones (to some, when
    the attempt gave no number): "Два уничтожены над X" after an attempt of five leaves three
    that "Остальные подавлены" may tell."""
    placed = [c.count for c in facts.claims if c.count is not None and c.district_id is None]
    return bool(placed) and (attempted is None or sum(n or 0 for n in placed) >= attempted.value)


def _goes_on_list(s: str, low: str, ctx: Context) -> bool:
    """Whether a sentence after figures is a line of their list, or goes on with it: a row
    ("▪️ Воронежская область — 4;"), more of the same drones, a total, a place's share. Each
    test needs a match of one of ``LIST_LINE_PATTERNS``: a sentence :func:`list_line_gate`
    finds nothing in is none."""
    return bool(
        _LIST_LINE.match(s)
        or _list_goes_on(s)
        or _count_over(s)
        or NAME_DASH_RU.match(s)  # "▪️ Воронежская область — 4;"
        or LIST_DASH_RU.match(s)  # "• Павловский, Бутурлиновский районы — по 2"
        or PAIR_DASH_RU.match(s)  # "▪️ Курский район и г. Курск — 8"
        or PAREN_ROW_RU.match(s)  # "▪️ Брянская область (5);"
        or PAREN_ROW_EN.match(s)  # "• Bryansk region (5);"
        or BARE_ROW_RU.match(s)  # "▪️ Брянская область 5;"
        or NAME_DASH_EN_LINE.match(s)  # "Saratov Region – 22;"
        or count_dash_name_at(s)  # "▪️ 4 — Воронежская область;"
        or _total_line(s)  # "Всего за сутки — девять.", "The total was five."
        or _MORE_LINE.search(s)  # "В ночь на среду — еще пять."
        or _PLACE_DASH_LINE.match(s)  # "Над Трубчевским районом — 5, над Погарским — 4."
        or _ORDINAL_LINE.match(s)  # "Второй и третий — над Шебекинским округом."
        or _PLACE_FIGURE_LINE.match(s)  # "— над Белгородской областью 6,"
        or ACCOUNTED_FOR.search(s)  # "The Bryansk region accounted for 12 of them."
        or share_subject_line(s)  # "Kursk saw 31 of them, while ..."
        or (ctx.moscow_lines and _TIMESTAMP.match(s))  # "05:30. Сбит ещё один."
        or vocab.TOLD_OF_MORE_RE.search(s)  # "Позднее он сообщил ещё об одном, летевшем на ..."
        or TOLD_FIGURE.search(low)  # "Губернатор сообщил лишь о 12."
        or THEIR_NUMBER.search(low)  # "Позже он уточнил, что их было восемь."
    )


def _interception(s: str, low: str, ctx: Context, *, hit_list: bool = False) -> bool | None:
    """Whether a sentence shoots drones down; None when it carries nothing for a report."""
    if vocab.CHROME_RE.match(s):
        return None
    has_drone = names_drone(low)  # "морские дроны" are boats
    interception = bool(vocab.INTERCEPT_RE.search(low))
    if interception and vocab.UNSAID_RE.search(low):
        # "..., without saying whether any drones had been shot down": that verb downs nothing
        interception = bool(vocab.INTERCEPT_RE.search(vocab.UNSAID_RE.sub(blank, low)))
    if interception and vocab.NOT_DOWNED_RE.search(low):
        # "no drones were shot down", "сбитых беспилотников нет": a denied verb downs nothing
        interception = bool(vocab.INTERCEPT_RE.search(vocab.NOT_DOWNED_RE.sub(blank, low)))
    if (
        not interception
        and (ctx.drone_seen or has_drone)
        and (" at " in low or " of " in low or " to " in low)
        and vocab.PUT_AT_RE.search(low)
    ):
        # "Gladkov put the figure for his region at 14"; "The ministry put the overnight figure
        # at 52 drones" (the drones named in the same sentence); "..., then raised the count to
        # seven": the figure set right
        interception = True
    if not interception and ctx.drone_seen and _NIGHT_PART.match(s):
        # "83 — ночью" cut from "за сутки уничтожены 120 БПЛА, в том числе 83 — ночью"
        # (``time_clauses``): the night's part of the day's recap, the recap's drones downed
        interception = True
    if not interception and ctx.had_claims and GAPPED_TIME_LINE.match(s):
        # "..., в ночь на среду — 12", "Днём — 4." after a figure: the drones of the clause
        # before, downed at another time
        interception = True
    if not interception and ctx.downed and ELIDED_LINE.match(s):
        # "Сбито два БПЛА. По уточнённым данным — три.", "03:40 Ещё один.": the figure of the
        # drones the sentence before downed, its verb and noun elided
        interception = True
    if not interception and ctx.whole is not None and FRACTION_LINE.match(s):
        # "Half of them were over the Bryansk region." after "30 drones were destroyed."
        interception = True
    if not interception and ctx.had_claims and ctx.drone_seen and REMAINDER_LINE.match(s):
        # "The remaining six were split evenly between X and Y." after a partition of drones
        interception = True
    if not interception and ctx.drone_seen and not ctx.had_claims and total_first(low):
        # "Итого за ночь над областью — пять." opening a post that names drones only after it
        # (``pipeline``): the whole of the drones the post goes on to tell
        interception = True
    if not interception and ctx.downed and each_subject_line(s):
        # "The Rostov and Voronezh regions reported three drones apiece." after a sentence
        # that shot drones down: the verb of telling stands for that one
        interception = True
    if not interception and ctx.drone_seen and tally_line(s):
        # "The tally: Belgorod 12, Kursk 7." after a sentence that downed drones
        interception = True
    if not interception and ctx.had_claims and vocab.AT_WORK_RE.search(low):
        # "Air defences had been working over the X and Y districts." after the figures: the
        # places where the drones told were engaged, named without a figure of their own
        interception = True
    if not interception and ctx.drone_seen and fell_to_line(s):
        # "На Брянскую область пришлось 17 из них." after a sentence that downed drones
        interception = True
    if not interception and ctx.downed and vocab.EVENT_AGAIN_RE.match(low):
        # "Сбит беспилотник. Это произошло недалеко от Энска": where the drones of the
        # sentence before were downed (no figure of its own)
        interception = True
    if not interception and ctx.downed and _WINDOW_HEADING.match(s):
        # "В период с 08.00 до 14.00 мск — 21 БПЛА:" under a sentence that downed drones with
        # no figure: the window's drones downed, its rows under it
        interception = True
    other_rows, ctx.other_rows = ctx.other_rows, False
    if has_drone:
        ctx.drone_seen = True
        ctx.other_last = _other_named_last(low)
        if not interception and other_rows and _ROW.match(s):
            # "Сбиты:\n▪️ 2 ракеты;\n▪️ 31 БПЛА – 20 над X и 11 над Y": a row that names drones
            # after rows of other weapons in the list of a head that names none is the head's
            interception = ctx.had_claims = True
    elif (
        vocab.MISSILE_RE.search(low)
        or vocab.BOAT_RE.search(low)
        or vocab.AERIAL_TARGET_RE.search(low)
    ):
        # a row of another weapon in a list ("▪️ 2 крылатые ракеты;", never the head of rows of
        # its own, "▪️ 4 ракеты:")
        ctx.other_rows = (other_rows or ctx.had_claims) and (
            _ROW.match(s) is not None and not s.rstrip().endswith(":")
        )
        ctx.had_claims = False  # a bullet list under "сбиты 4 ракеты:" is not about drones
        ctx.other_last = True
        return None
    if not interception and has_drone and ctx.tally and NAME_DASH_RU.match(s):
        # "▪️ Мещовский район — 2 БПЛА" as a post's first row, before any figure (the lede that
        # downs them may come after the rows): the drones downed over that place
        interception = True
    if (
        not interception
        and ctx.had_claims
        and list_line_gate().search(low) is not None
        and _goes_on_list(s, low, ctx)
    ):
        # a bulleted line under "уничтожены 23 БПЛА:" ("▫️ 15 – над территорией ..."), with
        # its drone noun or without ("Над территорией Курской области — 12 БПЛА, Брянской — 7")
        interception = True
    elif not has_drone and ctx.other_last and not vocab.HIT_RE.search(low):
        return None  # "The latter was shot down over the Black Sea" after "drones and a missile"
    if not interception and not has_drone and hit_list and _PLACE_BULLET.match(s):
        ctx.hit_list = True  # the list goes on
        return False  # a place hit, one line of the list under "Обломки упали:"
    if interception and not has_drone and _BARE_HEAD.match(s):
        # "Сбиты:" heads the rows under it ("Курская обл. — 5 БПЛА"), also as a post's first
        # line, before any drone is named ("Над Курской областью сбиты:" and its districts'
        # rows; a row of missiles ends the list)
        ctx.had_claims = True
        return None
    # a damage sentence after drones were mentioned ("Обломки упали в ...") names the places hit,
    # and so does one that tells people hurt after the figure ("Над регионом сбиты 34 БПЛА. В
    # Валуйском округе ранены двое"); before any figure, people hurt "in the attack" may be
    # where drones hit anywhere in a wide attack
    if (
        not has_drone
        and not (any(key in low for key in _ATTEMPT_KEYS) and _ATTEMPT_ON.search(s))
        and not (
            (ctx.had_claims or ctx.drone_seen)
            and (interception or vocab.HIT_RE.search(low) or (ctx.had_claims and _tells_hurt(low)))
        )
    ):
        return None
    if vocab.WARNING_RE.search(low) and not interception:
        return None
    if (
        vocab.SVO_ZONE_RE.search(low)
        # a figure the summary of the special operation gives with no place at all ("Средствами
        # ПВО сбиты ... 213 беспилотников"): the front's ("уничтожены 20 БПЛА в Белгородской
        # области" names its place)
        or (
            ctx.svo_summary
            and "над" not in low
            and not _week_of_the_summary(low)
            and "over" not in low
            and _NAMED_PLACE.search(s) is None
        )
    ) and "территори" not in low:
        if interception and has_drone:
            # "в зоне проведения СВО сбили ... 184 беспилотника": a headline's bare 184 retells it
            ctx.abroad.update(c.value for c in find_counts(s, low, 0, drones_named=True) if c.drone)
        return None
    if _third_country_speaks(s, low):
        return None  # another country's air defence: none of Russia's figures
    if vocab.DROPPED_RE.search(low):
        interception = interception and bool(re.search(r"shot\s+down|сбит|уничтож|перехвач", low))
        if not interception:
            return None
    return interception


#: What :func:`read_sentence` searches a sentence for before it knows whether the sentence
#: carries anything (``parsing.gate``): the region in context and its speaker, a district's
#: heading line, and what
#: ``_interception`` tests first (a drone noun, outside a boat's name; another weapon) ...
PATTERNS_ALWAYS = (
    *region_context.PATTERNS,
    _ATTEMPT_ON,  # "Атака была направлена на Липецк." names the place before any drone
    _HEADING_DISTRICT,
    _ATTACK_HEADING,
    vocab.AT_WORK_RE,
    vocab.FRONT_DAY_RE,  # "За сутки подразделения группировки войск ...": the front's day
    vocab.DRONE_RE,
    vocab.NAVAL_RE,
    vocab.MISSILE_RE,
    vocab.BOAT_RE,
    vocab.AERIAL_TARGET_RE,
)
#: ... once drones were named in the text (a verb or a damage word alone then carries) ...
PATTERNS_AFTER_DRONES = (
    _TOTAL_LINE,  # "Итого за ночь над областью — пять." before the drones (``total_first``)
    _PLACE_BULLET,
    _NIGHT_PART,  # "83 — ночью" cut from the day's recap
    GAPPED_TIME_LINE,  # "..., в ночь на среду — 12": the figure of another time
    ELIDED_LINE,  # "Ещё один.", "По уточнённым данным — три." after drones downed
    vocab.INTERCEPT_RE,
    vocab.PUT_AT_RE,
    vocab.HIT_RE,
    vocab.HARM_RE,
    _BARE_HEAD,
    TALLY_HEAD,  # "The tally: Belgorod 12, Kursk 7." (``share_rules.tally_line``)
    FRACTION_LINE,  # "Half of them were over X." (``Context.whole``)
    REMAINDER_LINE,  # "The remaining six were split evenly between X and Y." after figures
    _WINDOW_HEADING,  # "С 8:00 до 14:00 мск:" under the day's verb, its rows under it
    vocab.EVENT_AGAIN_RE,  # "Это произошло недалеко от Энска." after a sentence that downed
)
#: The patterns :func:`_goes_on_list` searches a sentence for, one of which each of its tests
#: needs to match (``_list_goes_on``'s three, ``_count_over``'s word, ``count_dash_name_at``'s
#: dash and place, ``share_subject_line``'s verb, ``_total_line``'s mark ...).
LIST_LINE_PATTERNS = (
    _LIST_LINE,
    _LIST_GOES_ON,
    _OF_THEM_FLYING,
    _LIST_GOES_ON_OPENING,
    _OVER_WORD,
    # (its fragments, the marks of ``ROW_DASH``, are held by every row of LIST_DASH_RU and
    # PAIR_DASH_RU too, whose own are endings and head nouns: in most Russian sentences)
    NAME_DASH_RU,
    NAME_DASH_EN_LINE,
    PAREN_ROW_RU,
    PAREN_ROW_EN,
    BARE_ROW_RU,  # "Брянская область 5" on a line of its own
    DASH_NAME_RU,  # (``count_dash_name_at`` finds nothing without a match of it)
    _TOTAL_LINE,
    _MORE_LINE,
    vocab.TOLD_OF_MORE_RE,
    _PLACE_DASH_LINE,
    _ORDINAL_LINE,
    _PLACE_FIGURE_LINE,
    ACCOUNTED_FOR,
    SHARE_SUBJECT,  # "Kursk saw 31 of them"
    _TIMESTAMP,
    TOLD_FIGURE,  # "Губернатор сообщил лишь о 12." (the drone noun said before)
    THEIR_NUMBER,  # "Позже он уточнил, что их было восемь."
)
#: ... and once a sentence gave a figure (the lines a list goes on with).
PATTERNS_AFTER_CLAIMS = (
    *LIST_LINE_PATTERNS,
    vocab.CORRECTION_RE,  # "Уточнение." on a line of its own: the figures after it correct
    EACH_SUBJECT,  # "The Kursk and Oryol regions reported three drones apiece."
)


#: Every pattern :func:`_interception` searches a sentence for that can make it carry anything
#: or change the context (a drone noun, another weapon, a verb, a list line, a place hit, an
#: attempt, harm); the rest (``CHROME_RE``, ``UNSAID_RE``, ``WARNING_RE`` ...) only take away,
#: and run after one of these matched.
INTERCEPTION_PATTERNS = (
    vocab.DRONE_RE,
    vocab.AT_WORK_RE,  # "ПВО работала над X и Y районами" after the figures: the places named
    vocab.MISSILE_RE,
    vocab.BOAT_RE,
    vocab.AERIAL_TARGET_RE,
    _ATTEMPT_ON,
    *PATTERNS_AFTER_DRONES,
    *PATTERNS_AFTER_CLAIMS,
    *FELL_TO_PATTERNS,
)


@functools.cache
def interception_gate() -> Gate:
    """The gate of ``INTERCEPTION_PATTERNS`` (``parsing.gate``, compiled on first use): a
    sentence in which it finds nothing is one :func:`_interception` returns None for, in any
    context, and leaves the context as it was. Such a sentence passes the parse's gate when it
    names a region or a speaker ("Власти Курской области обсудили ремонт дорог"), and
    ``read_sentence`` read it for them, then ran the twenty-odd searches of ``_interception``
    for nothing."""
    return compile_gate(INTERCEPTION_PATTERNS)


@functools.cache
def list_line_gate() -> Gate:
    """The gate of ``LIST_LINE_PATTERNS``: a sentence in which it finds nothing is no line of
    a list (:func:`_goes_on_list` is False for it). Once a sentence gave figures,
    ``_interception`` asks those twenty-odd tests of every sentence after it; a sentence of
    news after a statement ("The council met on Tuesday ...") failed each of them in turn."""
    return compile_gate(LIST_LINE_PATTERNS)


def _cumulative_names(s: str, low: str, ctx: Context, *, english: bool) -> None:
    """Keep what a cumulative sentence names for the sentences after it, and read no figure.

    "С начала года над Брянщиной сбиты 1 500 беспилотников. За сутки сбиты ещё 12": the
    tally is no report, but the next sentence's "ещё 12" is about its drones and its region.
    """
    if not names_drone(low):
        return
    ctx.drone_seen = True
    regions = {
        m.place.area_id
        for g in find_groups(s, 0, region=ctx.region, english=english)
        for m in g.mentions
        if m.place and m.place.kind == "region" and not is_sea(m.place.area_id)
    }
    if len(regions) == 1:
        # the tally's one region is the one "ещё N" after it adds drones to
        ctx.region = ctx.counted = ctx.named = regions.pop()
        ctx.counted_district = False
        ctx.counted_in = None


def _district_of(c: Claim) -> Resolved:
    """The district a district's claim is over, as a place a later claim can take."""
    ru, en = region_names(c.area_id)
    return Resolved(c.area_id, ru, en, "district", c.district_id, c.district, c.district)


def _at_work(s: str, low: str, base: int, ctx: Context, at_work: re.Match[str] | None) -> bool:
    """ "Над Тулой работает ПВО." (then "Уничтожен один беспилотник."): a line that says air
    defence is at work over one town or district (``at_work``, the sentence's match of
    ``AT_WORK_RE``), or an attack on it, and gives no figure, heads the figures after it that
    name no place (``rule_heading_district``); True when the line was one."""
    if (
        not (at_work or vocab.ATTACK_ON_RE.search(low) or vocab.REPELLED_IN_RE.search(low))
        or find_numbers(s)
        or tells_one_drone(low)
    ):
        # ("ПВО отразили атаку беспилотника на Энск": one drone downed, a figure of its own)
        return False
    if at_work and _downed_after(low, at_work.end()):
        # "над городом работала ПВО, сбиты несколько беспилотников": the sentence tells its own
        # drones downed, with no figure (stop 46, discovery102 bd03: the line had been taken
        # for a heading of figures after it, and with none after it the post had no report)
        return False
    groups = find_groups(s, base, region=ctx.region, english=False, town=ctx.town)
    places = [(m.place, m.start, m.end) for g in groups for m in g.mentions if m.place is not None]
    regions = {p.area_id for p, _a, _b in places}
    if (
        at_work
        and len(places) > 1
        and len(regions) == 1
        and all(p.kind == "district" for p, _a, _b in places)
    ):
        # "Отработала ПВО в районе Любимовки и Качи.": air defence at work over several towns
        # of one region frames the figures after it as that region's (a figure over several
        # places is never one of theirs; an attack alone on them frames nothing, as on a
        # region); the sentence is read on
        ctx.region = ctx.titled = ctx.named = regions.pop()
        return False
    if len(places) != 1:
        return False
    place = places[0][0]
    if place.kind == "region" and not is_sea(place.area_id):
        if not at_work:
            # (an attack alone on a region, "атака БПЛА на предприятия Самарской области",
            # heads nothing: a news text's later figures are not that region's)
            return False
        # "Ночью ВС РФ отражали атаку на Севастополь.": the region the post's figures are, as
        # a heading's region is ("Татарстан." on top of a post)
        ctx.region = ctx.titled = ctx.named = place.area_id
        return True
    if place.kind != "district":
        return False
    ctx.heading = places[0]
    if at_work and not vocab.REPELLED_ON_RE.search(low):
        # (the line is read no further, ``read_sentence``: its place is named only by the
        # figures after it, or by ``rule_heading_district`` when they fall elsewhere)
        ctx.at_work_heading = ctx.heading
    ctx.region = place.area_id
    return True


def _downed_after(low: str, at: int) -> bool:
    """Whether the words after ``at`` down drones: a verb of downing and a drone noun."""
    return (
        vocab.INTERCEPT_RE.search(low, at) is not None
        and vocab.DRONE_RE.search(low, at) is not None
    )


def _attack_heading(s: str, base: int, ctx: Context) -> bool:
    """ "Атака на Кстово" as a post's title: the town (or district) attacked is where the figures
    after it that name no place were downed, and "над городом" there is that town, as under
    "Над Тулой работает ПВО" (``rule_heading_district``); True when the line was such a title."""
    h = _ATTACK_HEADING.match(s)
    if h is None:
        return False
    name = h["name"]
    words = name.split()
    cands = (
        [name, " ".join(noun_lemmas(w)[0] for w in words)]
        if len(words) > 1
        else [*noun_lemmas(name)]
    )
    place = find_any_place(cands, ctx.region)
    if place is None or place.kind != "district":
        return False
    ctx.heading = (place, base + h.start("name"), base + h.end("name"))
    ctx.region = place.area_id
    ctx.town = place
    return True


def _only_sighted(r: Reading) -> None:
    """ "Над Брянской областью замечены 3 беспилотника": drones seen, not shot down, give no
    figure and no total (a pronoun may down them in the next sentence, ``sighted_drones``)."""
    r.facts.claims.clear()
    r.facts.totals.clear()


#: How many sentences read without figures ``recall_unread`` looks back through.
_UNREAD_KEPT = 2
#: A word that points back at a town or district ("над районом", "над нашим городом", "на
#: подлёте к городу", "на территории округа") with no name after it.
_PLACE_AGAIN = re.compile(
    # (a name after the noun is the place named: "над городом Воронежем"; an abbreviation after
    # it is none, "над городом ПВО сбили три": ah21)
    # (a town's title as its noun: "над наукоградом", "к городу-курорту", stop 47)
    r"(?:над|к)\s+(?:наш\w+\s+)?(?:районом|округом|город(?:ом-(?:курортом|героем)|у-(?:курорту|герою))"
    r"|городом|городу|наукоград(?:ом|у))(?![\w-])"
    r"(?!\s+(?-i:[А-ЯЕ][а-яе]))"
    r"|территории\s+(?:наш\w+\s+)?(?:района|округа)(?![\w-])(?!\s+(?-i:[А-ЯЕ][а-яе]))",
    re.IGNORECASE,
)
#: ... and in English: "over the city", "near the town", "on approach to the city".
_PLACE_AGAIN_EN = re.compile(
    r"(?:over|above|near|approach(?:es)?\s+to)\s+the\s+(?:city|town)(?![\w-])(?!\s+of\s)",
    re.IGNORECASE,
)


def _remember_district(ctx: Context, m: Mention, words: str) -> None:
    """Remember a town or district just named (``words``, its span's text) as the one "над
    городом" or "над районом" means next."""
    if m.place is None:
        return
    if is_town_name(m.text) and not ctx.moscow_lines:
        # (in the Moscow mayor's timed lines, "на подлёте к городу" after "ещё один уничтожен в
        # районе Подольска" is still his city's: the town named is where one was downed)
        ctx.town = m.place
    if (
        not is_town_name(m.text)
        or not is_town_name(m.place.district_ru or "")
        or "район" in words
        or "округ" in words
    ):
        ctx.district = m.place  # "В Белгородском районе ..." ("над районом" later)


def keep_unread(ctx: Context, s: str, base: int) -> None:
    """Keep a sentence read without figures for :func:`recall_unread` (the last few only); it
    ends a list of places hit. Remember the town it names bare (:func:`recall_bare_town`)."""
    ctx.unread = (*ctx.unread[-(_UNREAD_KEPT - 1) :], (s, base))
    if ctx.town is None and ctx.bare_town is None:
        ctx.bare_town = bare_town(s)
    ctx.hit_list = False


def recall_unread(ctx: Context, text: str, *, english: bool) -> None:
    """Remember the town or district a sentence read without figures named ("В Калачёвском
    районе повреждена подстанция.") when this one points back at it ("Над районом сбиты
    шесть"): damage told first, the interception last, as posts often do."""
    unread, ctx.unread = ctx.unread, ()
    if not (_PLACE_AGAIN_EN if english else _PLACE_AGAIN).search(text):
        return
    for s, base in reversed(unread):
        groups = find_groups(s, base, region=ctx.region, english=english)
        places = [m for g in groups for m in g.mentions if m.place and m.place.kind == "district"]
        if places:
            _remember_district(ctx, places[-1], s[places[-1].start - base : places[-1].end - base])
            return


#: "над городом", "к городу" with no name after it (``_PLACE_AGAIN``'s town).
_TOWN_AGAIN = re.compile(
    r"(?:над|к)\s+(?:наш\w+\s+)?(?:городом|городу)(?![\w-])(?!\s+(?-i:[А-ЯЕ][а-яе]))",
    re.IGNORECASE,
)


def recall_bare_town(ctx: Context, s: str) -> None:
    """Take the town a sentence without figures named with no place preposition
    (``Context.bare_town``: "Трагические новости из Шебекино.", "Новороссийск пережил ночную
    атаку.") as the one "над городом" means, when no town was named otherwise (Russian)."""
    if ctx.town is None and ctx.bare_town is not None and _TOWN_AGAIN.search(s):
        ctx.town = ctx.bare_town
        ctx.region = ctx.region or ctx.town.area_id


def _placed_nowhere(items: list[ListItem]) -> Count | None:
    """The one figure of a sentence's items that no place took ("The ministry said 30 drones
    were destroyed."), else None."""
    whole = [it.count for it in items if it.count is not None and not it.placed]
    if len(whole) != 1 or len([it for it in items if it.counts]) != 1:
        return None
    c = whole[0]
    return None if c.each or c.subset or c.attempt or c.running or c.extra else c


def _tells_strikes(low: str, *, english: bool) -> bool:
    """Whether a sentence tells drones' own strikes ("противник 30 раз атаковал
    приграничье с помощью FPV-дронов", "дрон-камикадзе атаковал грузовик", "A Ukrainian drone
    struck an oil depot"): ``Context.struck``."""
    return (
        ("drone" in low or "uav" in low)
        if english
        else ("дрон" in low or "беспилот" in low or "бпла" in low or "fpv" in low)
    ) and (
        vocab.DRONE_STRUCK_RE.search(low) is not None
        and vocab.STRIKE_ATTEMPT_RE.search(low) is None
    )


#: A list item of an English tally that opens on its figure: "283 helicopters", "41,208 unmanned
#: aerial vehicles" after a comma (never a clause: "..., bringing to 900 the number ...").
_LIST_FIGURE_AFTER = re.compile(r"(?:and\s+)?\d[\d,.]*\s+[a-z]")
#: A whole item of such a list: its figure and the arms' words, no place or verb ("12 over
#: Kursk", "25 drones were downed" are a report's, never a war tally's).
_LIST_ITEM = re.compile(
    r"(?:and\s+)?\d[\d,.]*(?:\s+(?!(?:over|above|in|near|on|at|across|from|of|since|were|was"
    r"|had|have|has)(?![\w-]))[a-z-]+)+"
)


def _list_opening(low: str, cut: int) -> int:
    """Move the ``cut`` of a cumulative clause back over the items of a list of arms before it
    ("..., 283 helicopters, 41,208 drones and 596 systems since ..."): the list's commas are no
    clause's. An item before the cut must be one of the list too: "25 drones were destroyed
    overnight, and 41,000 since the start of the war" keeps its night."""
    while cut > 0 and _LIST_FIGURE_AFTER.match(low, cut + 2):
        before = max(low.rfind(", ", 0, cut), low.rfind("; ", 0, cut))
        if not _LIST_ITEM.fullmatch(low, before + 2 if before >= 0 else 0, cut):
            break
        cut = before
    return cut


def read_sentence(s: str, base: int, ctx: Context, *, english: bool) -> SentenceFacts | None:
    """Read one sentence with every rule of ``RULES``; None when it carries nothing for a report."""
    low = lower(s)  # same length as ``s``: offsets found in one index the other
    footer = vocab.FOOTER_RE.search(low)
    if footer is not None and english and compared_since(low, footer.start()):
        footer = None  # "... overnight in the largest attack since the start of the war"
    if footer is not None:
        # "..., which have all reported attacks since the start of the war": a cumulative
        # clause after the report's own words cuts the sentence; one that leads it voids it
        cut = max(low.rfind(", ", 0, footer.start()), low.rfind("; ", 0, footer.start()))
        if english:
            # "In all, the forces have destroyed 655 aircraft, 283 helicopters, 41,208 drones
            # and 596 air defence systems since ...": a list's commas are no clause's
            cut = _list_opening(low, cut)
        if cut <= 0 or not vocab.DRONE_RE.search(low, 0, cut):
            if (
                vocab.SINCE_PERIOD_RE.match(low, footer.start()) is None
                # "С начала года сбито 900, в том числе три этой ночью": a sentence that goes on
                # to tell a night or a day is read by that time, which its tally is not
                or (told := find_time(low, 0, None)) is None
                or told.kind != "period"
            ):
                _cumulative_names(s, low, ctx, english=english)
                return None
            # "С начала недели над областью уничтожены 96": the sentence a tally since the week
            # or the year began leads is a recap of its own (its period: ``time.PERIOD_RE``)
            footer = None
    if footer is not None:
        if vocab.INTERCEPT_RE.search(low, cut, footer.start()) and not vocab.INTERCEPT_RE.search(
            low, 0, cut
        ):
            # "Since the war began, ... 3,512 drones, ... have all been destroyed ...":
            # the cumulative clause holds the verb of the whole list (but "77 drones were
            # destroyed overnight, bringing to 900 the number shot down since ..." has its own)
            _cumulative_names(s, low, ctx, english=english)
            return None
        s, low = s[:cut], low[:cut]
    if not ctx.front_day and front_day(low):
        ctx.front_day = True  # "Over the past 24 hours, Battlegroup South units ...": the front's
    # a headline or lede without drones still names the region "над регионом" means later
    # ... and so does its speaker's ("Kursk Governor X said ... over the region")
    if not ctx.moscow_aimed and find_targets(s, 0):
        ctx.moscow_aimed = True  # "Drones downed on approach to Moscow": "the city" after it
    named = context_region(s, english=english) or speaker_region(s, english=english)
    if english and named is not None and named != "RU-MOW" and named not in ctx.regions_named:
        ctx.regions_named = ctx.regions_named | {named}
    ctx.region = named or ctx.region
    ctx.named = named or ctx.named
    if (
        # ("городской голова Калуги", "the Kaluga city head": stop 46, discovery102 bd14, bd31)
        ("ayor" in low or "city" in low or "head of" in low)
        if english
        else ("мэр" in low or "глав" in low or "админ" in low or "голов" in low)
    ) and (town := mayor_city(s, english=english)) is not None:
        # "Мэр Воронежа: над городом сбиты четыре": the town its head speaks for, also after
        # another town was named; Moscow's mayor ("... near Kolomna; the capital's mayor reported
        # four over the city") speaks for a city that is a region: no town named before is his
        # (his figure goes to Moscow as one without a place)
        ctx.town = town if town.kind == "district" else None
        ctx.region = ctx.region or town.area_id
        ctx.moscow_aimed = ctx.moscow_aimed or town.area_id == "RU-MOW"
    if (
        "city" in low and "governor" in low if english else "город" in low and "губернатор" in low
    ) and (city := city_region(speaker_region(s, english=english))) is not None:
        # "Over the Black Sea and above the city, ..., the Sevastopol governor said": the city
        # that is a region of its own is "the city" in its governor's words, a place of its own
        # in a list (the sea beside it shares the figure), not only the region a figure without
        # a place falls to (Moscow's mayor keeps his: see ``mayor_city`` above)
        ctx.town = city
    if not english and "глав" in low and (d := speaker_district(s, ctx.region)) is not None:
        # "Глава Рыльского района: над районом сбиты два": the district its head speaks for
        ctx.district = d
        ctx.region = ctx.region or d.area_id
    if len(s) < 60 and (h := _HEADING_DISTRICT.match(s)) is not None:
        place = find_any_place([h["name"]], ctx.region)
        if place is not None and place.kind == "district":
            # "Грайворонский округ." heads the lines after it
            ctx.heading = (place, base + h.start("name"), base + h.end("name"))
            return None
    if not english and ("работа" in low or "отра" in low or "атак" in low):
        at_work = vocab.AT_WORK_RE.search(low)
        if (
            _at_work(s, low, base, ctx, at_work)
            # (an attack on a place told without air defence at work, or repelled in the
            # passive, is read on: its place is named even when no figure follows, "отражена
            # атака на Волгоград. Обломки упали в ...")
            and at_work
            and not vocab.REPELLED_ON_RE.search(low)
        ):
            return None
    if not english and len(s) < 60 and "атак" in low and _attack_heading(s, base, ctx):
        return None
    if "?" in s and _QUESTION.search(s):
        keep_unread(ctx, s, base)
        return None
    said_right = vocab.CORRECTION_RE.search(low)
    corrects = ctx.correcting or bool(said_right) or sets_a_figure_right(low)
    hit_list, ctx.hit_list = ctx.hit_list, False
    interception = (
        _interception(s, low, ctx, hit_list=hit_list)
        # (a sentence with the commonest drone nouns skips the gate: a test in C, and skipping
        # it is always safe; such a sentence nearly always holds one of its patterns)
        if "бпла" in low
        or "беспилот" in low
        or "drone" in low
        or "uav" in low
        or interception_gate().search(low)
        else None  # (what ``_interception`` gives a sentence without any of its patterns)
    )
    if interception is None:
        ctx.correcting = corrects  # "Уточнение." on a line of its own: the figures after it
        ctx.struck = ctx.struck or _tells_strikes(low, english=english)
        keep_unread(ctx, s, base)
        return None
    if ctx.unread:
        recall_unread(ctx, s, english=english)
    if not english:
        recall_bare_town(ctx, s)
    body = find_body(s, english=english)  # the ministry's rows, read by one scan (or None)
    groups = find_groups(
        s, base, region=ctx.region, english=english, sea=ctx.sea, town=ctx.town,
        last_district=ctx.district, body=body, known=ctx.figured_regions,
        # (the ministry tells its figures by regions: its "over Rostov" is the region's)
        regions_named=ctx.regions_named if "ministr" not in low else frozenset(),
    )  # fmt: skip
    if (
        interception
        and (front_tally(low) or (ctx.front_day and front_tally(low, told=True)))
        and not any(m.place is not None for g in groups for m in g.mentions)
    ):
        ctx.front_day = True
        return None  # the front's figures
    counts = find_counts(
        s, low, base, drones_named=ctx.drone_seen and not ctx.other_last, body=body,
        figure_before=ctx.figured, enumerating=ctx.enumerating,
    )  # fmt: skip
    excepted = None
    if "кроме" in low or "исключени" in low or "all but" in low:
        # "все беспилотники, кроме одного, уничтожены": the drones left out are no figure
        # (``count_rules.rule_all_destroyed`` takes them from the attempt's)
        kept = [c for c in counts if not _left_out(low, c.start - base)]
        excepted = next((c for c in counts if c not in kept), None)
        counts = kept
        if excepted is not None and vocab.ALL_DESTROYED_RE.search(low):
            counts = _downed_but(counts, excepted)
    if any(c.ordinal for c in counts):
        ctx.enumerating = any(c.ordinal and c.part for c in counts)
    if (
        len(counts) == 1
        and not counts[0].drone
        and ctx.drone_seen
        and (whole := _TOTAL_LINE.match(s)) is not None
        and counts[0].end - base == whole.end("figure")
    ):
        # "Всего над областью и акваторией — 5.": a line that totals the figures before it
        # counts their drones, its noun elided as its verb is (a place or a list before its
        # dash, as "Всего — 5" has none)
        counts = [replace(counts[0], drone=True)]
    if counts and ctx.drone_seen and _NIGHT_PART.match(s):
        # "83 — ночью" cut from the day's recap: the recap's drones, the night's figure (also
        # after "из них" in a sentence of its own: "Из них 15 — ночью." is the night's whole)
        counts = [replace(c, drone=True, subset=False) for c in counts]
    items = fill_items(
        split_items(s, base, groups, counts, body),
        counts,
        groups,
        find_targets(s, base, city=ctx.moscow_aimed and ctx.town is None),
    )
    r = Reading(s, low, base, english, interception, ctx.hit_list, ctx, groups, items)
    r.excepted = excepted
    r.facts.timestamped = ctx.stamped or bool(_TIMESTAMP.match(s))
    r.facts.quoted = bool(counts) and bool(
        _QUOTE_OPENS.search(s, 0, min(c.start for c in counts) - base)
    )
    if counts and not r.facts.timestamped and all(c.extra for c in counts):
        first = min(c.start for c in counts) - base
        # (a clock or "последнее сообщение" before the words, told after a colon or a quote)
        r.facts.retold_line = (r.facts.quoted or s.find(":", 0, first) >= 0) and (
            _RETOLD_LINE.search(low, 0, first) is not None
        )
    # (every figure of it "ещё": "..., ещё два упали в X" beside a figure of its own is a lede)
    # (and every figure of a correction that adds: "Уточнение: над X дополнительно сбиты два")
    r.facts.more = bool(counts) and (
        all(c.extra for c in counts) or bool(corrects and vocab.ADDITION_RE.search(low))
    )
    r.facts.region = ctx.region
    r.facts.named = ctx.named
    r.facts.titled = ctx.titled
    r.facts.downs = interception
    r.facts.correction = corrects
    # ("сообщил о 5 ..., однако позже уточнил, что их было 7": the figures before the words
    # that correct, in the same sentence, are the ones set right)
    # (also after a sentence that said a correction follows: "The ministry revised its count.
    # In an initial statement, it had said 30 ...; an updated statement put the figure at 37")
    r.facts.correction_at = base + (said_right.start() if said_right else 0)
    for rule in RULES:
        rule(r)
    if (
        not interception
        and r.facts.claims
        and vocab.SIGHTED_RE.search(low)
        and not vocab.HIT_RE.search(low)  # "зафиксирован прилёт БПЛА в X" names where one hit
    ):
        _only_sighted(r)
    # "Над областью обнаружен беспилотник.": the drones a pronoun in the next sentence downs
    ctx.sighted = sighted_drones(r)
    facts = r.facts
    facts.running = (
        any(c.running for it in items for c in it.counts)
        or bool(vocab.RUNNING_SINCE_RE.search(low))
        or (bool(vocab.LATER_POST_RE.search(low)) and not vocab.MORE_TOLD_RE.search(low))
        or (
            not (facts.claims or facts.target_claims)
            and ("начала" in low or "since the" in low)
            and bool(vocab.RUNNING_NIGHT_RE.search(low))
        )
    )
    if (
        any(m.foreign for g in groups for m in g.mentions)
        and not any(m.place for g in groups for m in g.mentions)
        and not (ctx.ukraine_side and all(over_own_country(r, it) for it in items if it.groups))
    ):
        for t in facts.totals:
            t.foreign = True  # the sentence names only places outside Russia ("Over Kyiv, ...")
    if facts.totals and (vocab.SEVERAL_REGIONS_RE.search(low) or vocab.NATIONAL_RE.search(low)):
        for t in facts.totals:
            # "43 drones over 8 regions", "всего за ночь над Россией перехвачены 64": never
            # one region's figure
            t.wide = True
    if facts.attempt is not None:
        ctx.attempt = (facts.attempt, groups)
    elif facts.unsized_attempt:
        ctx.attempt = (None, groups)
    elif ctx.attempt is not None and _tells_the_attempt(ctx.attempt[0], facts):
        # "15 БПЛА пытались атаковать Крым. ... уничтожить 16, из которых восемь над Крымом и
        # восемь над морем": the attempt's drones are told; a figure after it (a governor's
        # "о шести сбитых") is no more of them
        ctx.attempt = None
    counted: set[str] = set()  # the regions (not their districts) given a figure
    for c in facts.claims:
        if not is_sea(c.area_id) and not is_combined(c.area_id):
            ctx.region = c.area_id
            if c.count is not None:
                ctx.counted = c.area_id
                ctx.counted_district = c.district_id is not None
                ctx.counted_in = _district_of(c) if c.district_id is not None else None
                if c.district_id is None:
                    counted.add(c.area_id)
    if counted:
        ctx.figured_regions = ctx.figured_regions | counted
    if len(counted) > 1:
        # "15 над Брянской областью, 10 — над Курской и восемь — над Орловской. Накануне были
        # сбиты ещё 12": "ещё N" after figures for several regions is more of the whole report's,
        # never the last region's
        ctx.counted = None
    for g in groups:
        for m in g.mentions:
            if m.place and m.place.kind == "region" and not m.place.area_id.startswith("SEA-"):
                ctx.region = ctx.named = m.place.area_id
            elif m.place and is_sea(m.place.area_id) and not is_combined(m.place.area_id):
                ctx.sea = m.place.area_id
            elif m.place and m.place.kind == "district":
                words = s[m.start - base : m.end - base]
                if "район" in words or "округ" in words:
                    r.facts.headed.add(m.place.area_id)  # "в Курском районе": its region is named
                _remember_district(ctx, m, words)
    if facts.claims or facts.totals:
        ctx.whole = _placed_nowhere(items) if not facts.claims else None
    ctx.correcting = False
    ctx.struck = not interception and (ctx.struck or _tells_strikes(low, english=english))
    if not interception and s.rstrip().endswith(":") and vocab.HIT_RE.search(low):
        ctx.hit_list = True  # "Обломки упали:" heads the places hit, one a line
    # (an attack's size is kept for the rows after it to add up to: ``build._pick_total``)
    if not (
        facts.claims
        or facts.target_claims
        or facts.totals
        or facts.doubts
        or facts.attack_sizes
        or facts.more_counts
    ):
        ctx.correcting = corrects
        if interception and ctx.drone_seen:
            ctx.downed = True  # "Air defences destroyed drones over several regions."
        if interception and s.rstrip().endswith(":") and ctx.drone_seen:
            # "Сбиты беспилотники:" heads the list lines under it, a figure or not
            ctx.had_claims = True
        return None
    # a lead with a count ("уничтожены 23 БПЛА:") lets the bulleted lines under it follow
    ctx.had_claims = True
    ctx.downed = interception
    ctx.moscow_told = bool(facts.target_claims) and not facts.claims
    ctx.figured = ctx.figured or bool(facts.totals) or any(c.count for c in facts.claims)
    return facts


__all__ = ["RULES", "front_tally", "keep_unread", "read_sentence", "rule_name", "total_first"]

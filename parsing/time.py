"""Times in reports: nights ("за ночь", "overnight"), windows ("с 20.00 до 23.00 мск"), days.

Every datetime is Moscow time (+03:00). A date without a year takes the publication year;
a date more than a day after publication belongs to the previous year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from parsing import vocab
from parsing.model import Period, Window
from parsing.numbers import CLOCK_DASH, CLOCK_PROSE_AFTER, ORDINALS
from parsing.text import lower
from parsing.word_start import Leftmost
from settings import MSK

_RU_MONTH_RE = "(?:" + "|".join((*vocab.RU_MONTHS_GEN, *vocab.UA_MONTHS_GEN)) + ")"
_EN_MONTH_RE = (
    "(?:"
    + "|".join(
        (
            *vocab.EN_MONTHS,
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sept?",
            "oct",
            "nov",
            "dec",
        )
    )
    + r")\.?"
)
_RU_WEEKDAYS = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"]
_EN_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD_RE = r"(?:понедельник\w*|вторник\w*|сред[ауы]|четверг\w*|пятниц[ауы]|суббот[ауы]|воскресень[еяю]|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_RE_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD_RE = "|".join(sorted(map(re.escape, ORDINALS), key=len, reverse=True))
#: A calendar day a text names of its own (a month, a weekday, a day before or this one, a
#: "day.month" date): a clause that names one keeps the publication's calendar
#: (``time_clauses.clause_time``).
NAMED_DAY_RE = re.compile(
    rf"(?<![\w-])(?:{_RU_MONTH_RE}|{_EN_MONTH_RE}|{_WD_RE}|вчера|накануне|сегодня|yesterday|today"
    r"|\d{1,2}\.(?:0[1-9]|1[0-2])(?!\d))(?![\w-])"
)

#: A date: "15 декабря", "двадцать второго октября", "28.09", "28.09.2025", "December 24".
DATE = (
    rf"(?:(?P<d1>\d{{1,2}})(?:-?(?:е|го|ое|ого))?\s+(?P<m1>{_RU_MONTH_RE})(?:\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>{_ORD_RE})\s+(?P<m2>{_RU_MONTH_RE})(?:\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<d3>\d{{1,2}})\.(?P<m3>\d{{2}})(?:\.(?P<y3>\d{{2,4}}))?(?!\d)"
    rf"|(?P<m4>{_EN_MONTH_RE})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y4>\d{{4}}))?"
    rf"|(?P<d5>\d{{1,2}})\s+(?P<m5>{_EN_MONTH_RE})(?:\s+(?P<y5>\d{{4}}))?)"
)
DATE_RE = re.compile(DATE)
#: An English date alone, month and day either way round ("March 11, 2025", "11 March"), its
#: groups ``DATE``'s 4 and 5 renamed with "f_" (``DAY_RE``'s "of <date>").
_OF_DATE = (
    rf"(?:(?P<f_m4>{_EN_MONTH_RE})\s+(?P<f_d4>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<f_y4>\d{{4}}))?"
    rf"|(?P<f_d5>\d{{1,2}})\s+(?P<f_m5>{_EN_MONTH_RE})(?:\s+(?P<f_y5>\d{{4}}))?)(?![\w-])"
)
#: A clock time: "20.00", "7:00"; in English also an hour alone before "a.m."/"p.m." ("9pm")
#: and four digits before GMT/UTC ("0400 GMT"). Groups: ``h``/``n`` (hour, minutes), ``x``
#: (an hour alone), ``g``/``m`` (four digits).
_CLOCK = (
    r"(?:(?P<{h}>\d{{1,2}})[.:](?P<{mi}>\d{{2}})|(?P<{h}x>\d{{1,2}})(?=\s*[ap]\.?m\b)"
    r"|(?P<{h}g>[01]\d|2[0-3])(?P<{h}m>[0-5]\d)(?=\s*(?:gmt|utc)\b"
    # "between 0100 and 0400 GMT": the zone said once, after the second clock
    r"|\s*(?:and|to|until|till|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc)\b))"
)
_CLOCK_W = _CLOCK.replace("[.:]", "(?:[.:]|" + CLOCK_DASH + ")", 1)
#: ... and in a single time only before "мск": "по состоянию на 07-00 мск", "до 23-30 мск".
#: ... or with what follows a time told in prose after "в", "около" ("в 6-05, сообщил",
#: "около 23-40 над X уничтожен": ``numbers.CLOCK_PROSE_AFTER``; "в 5-10 раз" is no clock).
_CLOCK_P = _CLOCK.replace(
    "[.:]",
    r"(?:[.:]|-(?=[0-5]\d(?!\d)(?:\s*(?:мск|по\s+московскому)|" + CLOCK_PROSE_AFTER + ")))",
    1,
)
_MSK = r"(?:\s*(?:мск|msk|по\s+московскому\s+времени|moscow\s+time))?"
#: A clock given in GMT/UTC itself ("between 0400 GMT and 0700 GMT"): Moscow is three hours ahead.
_UTC = r"(?:\s*(?P<{z}>gmt|utc)\b)?"
#: The GMT hours beside Moscow ones, in brackets: "(8:00 p.m. GMT)", "[from 5:00 a.m. to 10:00
#: a.m. GMT]", "(18:00 GMT on Tuesday)" (its weekday dates the Moscow hour too); Kyiv's hours
#: the same ("(7 p.m. to 10 p.m. Kyiv time)": a Ukrainian outlet's bracket).
_GMT = (
    r"(?:\s*[(\[][^)\]]{{0,60}}(?:gmt|utc|k(?:yi|ie)v\s+time)(?:\s+on\s+(?P<{w}>"
    + _WD_RE
    + r"))?[^)\]]{{0,20}}[)\]])?"
)
_AMPM = r"(?:\s*(?P<{n}>a\.?m\.?|p\.?m\.?))?"
#: A Russian hour without minutes in a window: "с 8 до 10 часов утра", "с 23 до 7 часов", "с 11
#: вечера до 7 утра" (the hour word or a part of the day after it, or after the other hour).
_PARTS_OF_DAY = r"утра|дня|вечера|ночи"
_HOURS = (
    r"(?P<{h}r>\d{{1,2}})(?=\s*(?:час|"
    + _PARTS_OF_DAY
    + r")|\s+(?:до|по)\s+\d{{1,2}}\s+(?:час|"
    + _PARTS_OF_DAY
    + r"))"
)
_PART = r"(?:\s*час(?:а|ов)?(?![\w-]))?(?:\s+(?P<{p}>" + _PARTS_OF_DAY + r")(?![\w-]))?"


def _renamed(prefix: str) -> str:
    """DATE with its groups renamed (a pattern may hold several dates)."""
    return re.sub(r"\?P<(\w+)>", lambda m: f"?P<{prefix}{m.group(1)}>", DATE)


def _dayref(name: str) -> str:
    inner = _renamed(name + "_")
    # "4 мая т.г.", "4 мая 2025 г.": the year words after the date belong to it
    # a weekday alone dates it too ("from 11 p.m. on Monday", "с 20:00 понедельника")
    return (
        rf"(?:\s*,?\s*(?:(?:в\s+|on\s+)?(?P<{name}w>{_WD_RE})\s*,?\s*)?"
        rf"(?:(?:on\s+)?(?P<{name}>{inner})(?:\s*(?:т\.\s?г\.|г\.|года))?)?)?"
    )


#: The time a clause opens on when a dash stands for its verb: "(, ) в ночь на среду — 12",
#: "днём — 3", "с 12:00 до 16:00 — 5" (its dash not included). One pattern for both places that
#: read such a clause: ``counts.GAPPED_TIME_LINE`` (the clause as a report of its own) and
#: ``time_clauses`` (where it starts); the text's "ё" is read as "е", "дн[её]м" takes either.
GAPPED_TIME = (
    r"(?:в\s+ночь\s+(?:на|с)\s+(?:[\w.-]+\s+){1,3}?|(?:дн[её]м|вечером)\s+"
    r"|с\s+\d{1,2}(?:[:.]\d\d)?\s+(?:[\w.]+\s+){0,3}?до\s+\d{1,2}(?:[:.]\d\d)?\s+(?:мск\s+)?)"
)


WINDOW_RE = re.compile(
    r"(?:в\s+период\s+|between\s+|from\s+)?(?:с|c|between|from)\s+"
    + r"(?:(?P<midnight1>полуночи|midnight)|(?P<noon1>полудня|noon)|"
    + _CLOCK_W.format(h="h1", mi="n1")
    + "|"
    + _HOURS.format(h="h1")
    + ")"
    + _AMPM.format(n="ap1")
    + _PART.format(p="pd1")
    + _UTC.format(z="z1")
    + _MSK
    + _GMT.format(w="gw1")
    + _dayref("sd")
    # the end joined by "и" too: "с 14.00 и до 20.00", "с 14.00 мск и по состоянию на 20.00 мск"
    # (the end's "по состоянию на" after a start is the window's end: docs/labels.md), and as
    # the wires translate it: "From 14:00 Moscow time and as of 20:00 Moscow time"
    + r"\s*,?\s*(?:(?:and\s+)?(?:until|till|to|as\s+of)|(?:и\s+)?(?:до|по(?:\s+состоянию\s+на)?)|and|-|–)\s+"
    + r"(?:(?P<midnight>полуночи|midnight)|(?P<noon2>полудня|noon)|"
    + _CLOCK_W.format(h="h2", mi="n2")
    + "|"
    + _HOURS.format(h="h2")
    + ")"
    + _AMPM.format(n="ap2")
    + _PART.format(p="pd2")
    + _UTC.format(z="z2")
    + _MSK
    + _GMT.format(w="gw2")
    + _dayref("ed"),
)
#: Two clocks joined by a dash with the zone after them and no "с"/"from" before: "08:00–14:00
#: Moscow time: 27 drones ...", "— 20:00–23:00 мск: 19 БПЛА" (a digest's or a wire's line heads its
#: window so; the zone makes it a window, never a score or a range of figures). Its groups are
#: ``WINDOW_RE``'s, those it cannot hold never matching.
_BARE_WINDOW_RE = re.compile(
    r"(?<![\w.:])(?P<midnight1>(?!))?(?P<noon1>(?!))?(?P<midnight>(?!))?(?P<noon2>(?!))?"
    r"(?P<h1r>(?!))?(?P<h2r>(?!))?"
    + _CLOCK.format(h="h1", mi="n1")
    + _AMPM.format(n="ap1")
    + _PART.format(p="pd1")
    + _UTC.format(z="z1")
    + _GMT.format(w="gw1")
    + _dayref("sd")
    + r"\s*[–—-]\s*"
    + _CLOCK.format(h="h2", mi="n2")
    + _AMPM.format(n="ap2")
    + _PART.format(p="pd2")
    + _UTC.format(z="z2")
    + r"\s*(?:мск|msk|по\s+московскому\s+времени|moscow\s+time)(?![\w-])"
    + _GMT.format(w="gw2")
    + _dayref("ed"),
)
#: Every window holds this ("с 20", "between 11"): a quick scan first spares the long pattern.
_WINDOW_HINT = re.compile(r"(?:с|c|between|from)\s+(?:\d|полуночи|midnight|полудня|noon)")
START_ONLY_RE = re.compile(
    r"в\s+период\s+с\s+" + _CLOCK_W.format(h="h1", mi="n1") + _MSK + _dayref("sd")
)
#: ... and without "в период", when the clock says "мск": "С 20.00 мск перехвачены и уничтожены
#: 5" (a start alone, like the first; a night the sentence names comes first: "Всего за ночь, с
#: 20.00 мск, уничтожены 41" is the night)
START_MSK_RE = re.compile(
    r"(?<![\w-])с(?=\s+\d{1,2}[.:-]\d{2}\s*(?:мск|по\s+московскому))\s+"
    + _CLOCK_W.format(h="h1", mi="n1")
    + _MSK
    + _dayref("sd")
)
#: A single time: "около 15.05", "в 13.40 мск", "около полудня", "at about 4:15 p.m. Moscow time".
POINT_RE = re.compile(
    # "в районе 6.30 мск" (about then: the clock after it says it is no place)
    # "До 7.00 мск ... уничтожены 6 БПЛА": a window given by its end alone is a point in time,
    # like "по состоянию на 7:00" (never a window from an unknown start)
    r"(?:около|примерно\s+в|в\s+районе|по\s+состоянию\s+на|до|в|as\s+of|(?:at\s+)?(?:about|around)|at)\s+"
    r"(?:(?P<noon>полудня|полдень)|"
    + _CLOCK_P.format(h="h1", mi="n1")
    + _AMPM.format(n="ap1")
    + r")(?P<msk>\s*(?:мск|moscow\s+time))?"
    + _dayref("pd"),
)
#: An English start with no end: "beginning at 9 p.m.", "starting from 10:30 p.m.", "since 8
#: a.m." (a clock with its "a.m."/"p.m.": "since 2023" is a year). A window's start and end
#: are ``WINDOW_RE``'s, tried first.
_START_EN = re.compile(
    r"(?<![\w-])(?:beginning|starting|since)\s+(?:at\s+|from\s+)?(?:about\s+|around\s+)?"
    r"\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?![\w-])"
)
#: An hour of the day in words: "в 5 утра", "в 9 часов вечера", "в 3:40 дня", "около 4 часов
#: утра 20 августа" (a time point; a date after it is its day). An hour with "часов" and no part
#: of the day is a clock hour only where it opens the sentence ("Сегодня около 11 часов
#: пресечена попытка ..."): "около 3 часов" inside one may be how long something lasted.
HOUR_OF_DAY_RE = re.compile(
    r"(?:(?<![\w-])(?:в|около|примерно\s+в)\s+(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s+(?:час(?:а|ов)?\s+)?(?P<part>утра|дня|вечера)"
    r"|^(?:сегодня\s+)?(?:в|около|примерно\s+в)\s+(?P<hc>\d{1,2})\s+час(?:а|ов)?)"
    r"(?![\w-])" + _dayref("hd")
)
#: Tried at every character as one pattern (alternatives open with a named group and a
#: digit): searched through ``word_start.Leftmost``, the same first match.
NIGHT_RE = Leftmost(
    # ("в течение вечера пятницы и ночи на субботу": the evening and the night after it, as "за
    # вечер и ночь" below, the night ending that morning)
    rf"(?:(?:в|у)\s+(?:ночь|ніч)|в\s+течени[еи]\s+(?:вечера\s+(?:{_WD_RE}\s+)?и\s+)?ночи)\s+(?:со?\s+(?:\d{{1,2}}\s+(?:{_RU_MONTH_RE}\s+)?|{_WD_RE}\s+))?на\s+(?:{_WD_RE}\s*,?\s*)?(?:(?P<nd>{_renamed('n_')})|(?P<ndd>\d{{1,2}})-?(?:е|го|ое)(?![\w-]))?"
    # the night named with its date and no preposition, as a heading or a dateline names it:
    # "Ночь на 5 мая в области.", "Курск, ночь на 3 мая:", "Ночь с 4 на 5 июня прошла ..."
    rf"|ночь\s+(?:со?\s+\d{{1,2}}\s+(?:{_RU_MONTH_RE}\s+)?|со?\s+{_WD_RE}\s+)?на\s+(?:(?P<nnd>{_renamed('nn_')})|{_WD_RE}(?![\w-]))"
    # "Накануне ночью над регионом сбиты 23", "в предыдущую ночь": the night before the one the
    # text tells, ending the day before publication (stop 47, news: an earlier night recalled
    # for comparison had been added to tonight's report)
    r"|(?P<prv>накануне\s+ночью|ночью\s+накануне|(?:предыдущей|позапрошлой)\s+ночью"
    r"|в\s+(?:предыдущую|позапрошлую)\s+ночь)(?![\w-])"
    # "прошлой ночью, на 8 февраля", "ночью на 3 мая": the night named by its date after "на",
    # as "в ночь на 3 мая" (before the bare "ночью" below, which would take the publication's)
    rf"|(?:(?:прошлой|минувшей|прошедшей|этой)\s+)?ночью,?\s+на\s+(?P<pnd>{_renamed('pn_')})"
    # ("за вечер и ночь": the evening and the night after it, the night ending that morning)
    r"|за\s+(?:прошедш\w+\s+|минувш\w+\s+)?(?:вечер\s+и\s+)?ночь|(?:сегодня\s+|этой\s+|минувшей\s+|прошедшей\s+)?ночью"
    r"|в\s+течени[еи]\s+(?:вечера\s+и\s+)?(?:прошедшей\s+|минувшей\s+)?ночи|с\s+начала\s+ночи|в\s+ночное\s+время"
    # "С полуночи над областью сбиты 5", "since midnight": since midnight, with no end, in the
    # post of the morning after is that night's (docs/labels.md); "с полуночи до 7:00" is a
    # window, read before this
    r"|с\s+полуночи(?!\s+(?:[\w-]+\s+){0,3}?(?:и\s+)?до(?![\w-]))"
    r"|since\s+midnight(?!\s+(?:[\w-]+\s+){0,3}?(?:to|until|till)(?![\w-]))"
    # "Итог ночи: сбиты пять", "по итогам ночи": the summary of a night is that night's
    rf"|{vocab.NIGHT_SUMMARY}"
    # the night as the subject: "Минувшая ночь прошла ...", "Ночь выдалась неспокойной"
    r"|(?:минувшая|прошедшая|эта|сегодняшняя)\s+ночь(?![\w-])|ночь\s+(?:прошла|выдалась|была)(?![\w-])"
    # "с вечера 26 июня (и) до утра 27 июня", "from the evening of June 26 to the morning of
    # June 27": an evening to the next morning is the night ending that morning ("в ночь со 2
    # на 3 июня" above: "со" before "2", "в ночь с 1 на 2 июня")
    rf"|с\s+вечера\s+(?:{_WD_RE}\s+|{_renamed('v1_')}\s+)?(?:и\s+)?до\s+утра(?:\s+(?P<vwd>{_WD_RE})|\s+(?P<ve>{_renamed('v_')}))?"
    rf"|from\s+(?:the\s+)?(?:evening|night)\s+(?:of\s+(?:{_WD_RE}|{_renamed('v2_')})\s+)?(?:to|until|till)\s+(?:the\s+)?morning(?:\s+of\s+(?:(?P<vwe>{_WD_RE})|(?P<vee>{_renamed('v3_')})))?"
    # "from Monday evening to Tuesday morning": the night ending that weekday
    rf"|from\s+{_WD_RE}\s+(?:evening|night)\s+(?:to|until|till|into)\s+(?P<vwm>{_WD_RE})\s+morning"
    r"|(?<![\w-])вночі(?![\w-])"  # Ukrainian "at night"
    # "об отражении ночной атаки: ... уничтожены десять": the attack of the night is the night
    r"|ночн(?:ой|ую|ая)\s+атак[аиуе](?![\w-])|ночного\s+налета(?![\w-])"
    # "Итог ночи: всего шесть", "сообщила о своих итогах ночи": the night's tally is the night
    r"|итог(?:и|ов|ах|ам|ом)?\s+(?:этой\s+|минувшей\s+|прошедшей\s+)?ночи(?![\w-])"
    # ... and the night's attacks in the plural: "сообщили о ночных атаках: над ... сбиты семь"
    r"|ночн(?:ые|ых|ым|ыми)\s+(?:атак(?:и|ах|ам|ами)?|налет(?:ы|ов|ах))(?![\w-])"
    # "с субботы на воскресенье": the night before that weekday
    rf"|(?<![\w-])с\s+{_WD_RE}\s+на\s+(?P<wdn>{_WD_RE})"
    # "в три часа ночи", "в 2:30 ночи": an hour of the night is that night
    r"|час(?:а|ов)?\s+ночи|\d\d?[:.]\d{2}\s+ночи"  # (a class first, not a repeat: skipped to)
    # "on the night of June 1 to 2", "over the night of 1-2 June", "the night of Sunday to Monday",
    # "in the night between September 20 and 21", "overnight between 20 and 21 September" (before
    # "overnight" alone below, which would end the match at its first word)
    rf"|(?:(?:on|over|during|in)\s+the\s+night|overnight)\s+(?:of|from|between)\s+"
    rf"(?:{_EN_MONTH_RE}\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+(?:to|into|and)\s+|\s*[-–]\s*)(?P<td>{_renamed('t_')}|\d{{1,2}})"
    rf"|(?:(?:on|over|during|in)\s+the\s+night|overnight)\s+(?:of|from|between)\s+{_WD_RE}"
    rf"\s+(?:to|into|and)\s+(?P<twd>{_WD_RE})"
    # "on the night of October 15", "Take the night to February 19", "the night to Wednesday,
    # May 20": English as translated from "в ночь на 15 октября", the night that ended on the
    # day named (one day: "the night of May 20-21" is the range above). "the night of" before
    # a weekday alone is left out: an English writer's own "the night of Sunday" is Sunday's
    # evening, a translator's the night before Sunday's morning.
    rf"|(?:(?:on|over|during|in)\s+)?the\s+night\s+(?:of|to|into)\s+"
    rf"(?:{_WD_RE_EN}\s*,?\s*)?(?P<no>{_renamed('no_')})(?!\d|\s*(?:to|into|and|[-–])\s*\d)"
    rf"|(?:(?:on|over|during|in)\s+)?the\s+night\s+(?:to|into)\s+(?P<ntwd>{_WD_RE_EN})(?![\w-])"
    # "overnight into Monday", "overnight from Sunday into Monday": the night ending that weekday
    rf"|overnight\s+(?:(?:from|on)\s+{_WD_RE}\s+)?(?:into|to)\s+(?P<owd>{_WD_RE})"
    rf"|overnight(?:\s+into\s+(?P<od>{_renamed('o_')}))?"
    # English "Monday night": the night that began that evening, ending the next morning
    rf"|(?P<wdon>{_WD_RE_EN})\s+night(?![\w-])"
    # "later in the night, another 14 were downed" after an evening's figure: the night after it
    r"|later\s+(?:in\s+the|that)\s+night"
    # ("in the night", "in the past night": "in" as "during"; the small or wee hours as the early)
    r"|last\s+night|(?:over|during|in(?:\s+the\s+course\s+of)?|throughout)\s+the\s+(?:past\s+)?night(?![\w-])|tonight|this\s+night|(?:early|small|wee)\s+hours\s+of\s+(?P<ewd>\w+day)"
    # "an attack ... was repelled at night" (never "wrote at night": see ``_said_early``)
    r"|(?<![\w-])(?P<atn>at\s+night)(?![\w-])"  # (never the end of "that night")
    # "in the early hours of the day": the small hours are the night that ended that morning.
    # "shot down early on Sunday" is no night: it dates the day as "on Sunday" does (a report
    # told "early on Sunday" is labelled overnight only where it says so)
    r"|(?:early|small|wee)\s+hours(?!\s+of\s+\w+day)"
    # "said on Tuesday it had shot down 22 drones the night before": the night that ended on the
    # day it was said (never "the night before last")
    r"|the\s+(?:night\s+before|previous\s+night|preceding\s+night)(?!\s+last)"
    # "destroyed 221 drones in a single night": a night, dated by "On September 12" if given;
    # "in the space of one night", "within a single night", "за одну ночь" the same
    r"|(?:in(?:\s+the\s+(?:space|course)\s+of)?|within)\s+(?:a\s+single|one)\s+night"
    r"|за\s+одну\s+ночь",
)
DAY_RE = re.compile(
    rf"(?P<d24>{vocab.PAST_DAY}"
    # "Всего за день уничтожено 38", "Всего за день 38 БПЛА" after the day's windows: the day's
    # tally, as "за сутки" (a date after it, "за день 18 января", is that day; a lede's "За
    # день средства ПВО уничтожили 30" over the day's window is its daytime, no tally)
    r"|(?:всего|итого)\s+за\s+(?:прошедший\s+|минувший\s+)?день(?![\w-])"
    rf"(?!\s+\d{{1,2}}\s+{_RU_MONTH_RE}(?![\w-]))"
    r")|"
    # "on" not inside a word, the lookbehind after the letters: the engine then skips to
    # "on" instead of trying a lookbehind at every character (same matches)
    rf"вчера\w*|накануне|yesterday|on(?<!\won)\s+(?P<wd>{_WD_RE})|earlier\s+in\s+the\s+day"
    # the publication day's morning: "This morning the ministry reported ..." after "late on
    # Monday" is another report (a night of this morning stays one with it)
    r"|this\s+morning|сегодня\s+утром|утром\s+сегодня"
    rf"|on(?<!\won)\s+(?P<od>{_renamed('d_')})"
    # "the one of March 11, 2025, when the mayor reported 74": an English date after "of" is
    # that day, as after "on" (an old event's or statement's, never "as of", a point in time)
    rf"|of(?<!\wof)(?<!as\sof)\s+(?P<ofd>{_OF_DATE})"
    # "1 апреля ведомство заявило ...": a Russian date alone is that day (its first digit not
    # inside a number or a clock, checked after the digit like "on" above)
    rf"|(?P<rd>\d(?<![\w.:]\d)\d?\s+{_RU_MONTH_RE}(?:\s+\d{{4}})?)(?!\w|\.\w)"
    # "в воскресенье днем", "во вторник вечером": a Russian weekday is that day, like "on Sunday"
    rf"|(?<![\w-])во?\s+(?P<rwd>{vocab.RU_WEEKDAYS_ACC})(?![\w-])",
)


#: A week's, a weekend's or a month's recap: "за неделю", "за прошедший месяц", "за выходные",
#: "в течение недели", "over the past week", "in a week".
PERIOD_RE = re.compile(
    r"за\s+(?:прошедшую\s+|минувшую\s+|последнюю\s+|эту\s+)?неделю"
    r"|за\s+(?:прошедший\s+|минувший\s+|последний\s+|этот\s+)?месяц"
    # "В течение недели, с 30 мая по 5 июня, ... сбиты 1320": the week, not its first day
    r"|в\s+течение\s+(?:прошедшей\s+|минувшей\s+|последней\s+|этой\s+)?недели"
    r"|в\s+течение\s+(?:прошедшего\s+|минувшего\s+|последнего\s+|этого\s+)?месяца"
    r"|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|month|seven\s+days)"
    # a headline's "shot down more than 900 drones in a week" (the English "за неделю")
    r"|(?<![\w-])(?:in|over)\s+(?:a|one)\s+(?:single\s+)?(?:week|month)(?![\w-])"
    r"|(?<![\w-])(?:this|last)\s+week(?![\w-])"
    r"|за\s+(?:прошедшие\s+|минувшие\s+)?выходные|(?:over|during)\s+the\s+(?:past\s+)?weekend"
    # the weekend as the time of a figure: "В минувшие выходные над областью уничтожены 64"
    # ("в" first, its lookbehind after it: the engine then skips to "в", the same matches)
    r"|в(?<![\w-]в)\s+(?:прошедшие|минувшие|эти|прошлые)\s+выходные"
    # a tally since the week, the month or the year began: "С начала недели над областью
    # уничтожены 96" (docs/labels.md: a recap of its own, never the night's)
    rf"|(?<![\w-])(?:{vocab.SINCE_PERIOD})"
)


#: The week or month a recap spans when the words name no particular one: "за прошедшую
#: неделю" in the lede and "in a week" in the headline are the same recap told twice ("this
#: week", "last week", "эту неделю" name a particular one and stay as written).
_RECENT_PERIOD = re.compile(r"(?<![\w-])(?:this|last|эту|этот)\s")
_PERIOD_UNITS = (
    ("выходн", "weekend"),
    ("weekend", "weekend"),
    ("недел", "week"),
    ("week", "week"),
    ("seven", "week"),
    ("месяц", "month"),
    ("month", "month"),
    ("год", "year"),  # "с начала 2025 года": the year, not days its digits would make it
    ("year", "year"),  # "since the start of the year", as "с начала года"
    ("of 20", "year"),  # "since the start of 2025", as "с начала 2025 года"
)


#: A run of whole days told as one figure's time: "с 6 по 12 июля", "с 28 февраля по 6 марта",
#: "с 29.09 по 05.10", "13–19 декабря" (a ministry's weekly recap without "за неделю"): a
#: period, never its last day alone ("12 июля" had made it that day's report).
_DAYS_RU = re.compile(
    # ("со 2 по 8 марта": "со" before a figure read "второго", as it is said; stop 46,
    # discovery102 bd18)
    rf"(?<![\w-])[сc]о?\s+(?P<a>\d{{1,2}})(?:\s+(?P<ma>{_RU_MONTH_RE})|\.(?P<na>0[1-9]|1[0-2])(?:\.\d{{2,4}})?)?"
    rf"\s+по\s+(?P<b>\d{{1,2}})(?:\s+(?P<mb>{_RU_MONTH_RE})|\.(?P<nb>0[1-9]|1[0-2])(?![\d:]))"
    rf"|(?<![\w.:,-])(?P<da>\d{{1,2}})\s*[-–—]\s*(?P<db>\d{{1,2}})\s+(?P<md>{_RU_MONTH_RE})"
)


#: The same run in English: "between Sept. 20 and Sept. 26", "from September 20 to 26", "between
#: 20 and 26 September", "from 29 September through 5 October" (a weekly recap's days, after
#: "between" or "from"; a month on one side at least, so "between 8 and 11" stays no date).
_DAY_EN = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS_EN = re.compile(
    rf"(?:between|from)(?<![\w-]between)(?<![\w-]from)\s+"
    rf"(?:(?P<ma>{_EN_MONTH_RE})\s+(?P<a>{_DAY_EN})|(?P<da>{_DAY_EN})(?:\s+(?P<mda>{_EN_MONTH_RE}))?)"
    r",?\s+(?:and|to|through|thru|until|till)\s+"
    rf"(?:(?P<mb>{_EN_MONTH_RE})\s+(?P<b>{_DAY_EN})|(?P<db>{_DAY_EN})(?:\s+(?P<mdb>{_EN_MONTH_RE}))?)"
    r"(?![\w.:-]*\d)(?!\s*(?:a\.?m|p\.?m|hours|o['’]clock))"
)


def _days_run(m: re.Match[str], published: date | None) -> tuple[str, Window | None]:
    """A run of days' period key and window (from the first day's midnight to the midnight
    after the last: "с 13 по 19 декабря" is 13 December 00:00 to 20 December 00:00; none when
    no year is known). Seven days that end right before publication are keyed "week", the week
    a headline's "за неделю" names; any other run (an earlier week a news text recalls: "С 29
    декабря по 4 января ... 1548" under this week's 1193) is keyed by its words."""
    a, b = int(m["a"] or m["da"]), int(m["b"] or m["db"])
    end_s = m["mb"] or m["md"] or m["nb"]
    start_s = m["ma"] or m["na"] or end_s
    return _run_of_days(m.group(), a, b, start_s, end_s, published)


def _days_run_en(m: re.Match[str], published: date | None) -> tuple[str, Window | None] | None:
    """The run of days of a ``_DAYS_EN`` match (as :func:`_days_run`), or None when it names
    no month: the month written once is both days' ("from September 20 to 26", "between 20 and
    26 September")."""
    a, b = int(re.sub(r"\D", "", m["a"] or m["da"])), int(re.sub(r"\D", "", m["b"] or m["db"]))
    start_s = m["ma"] or m["mda"]
    end_s = m["mb"] or m["mdb"]
    if start_s is None and end_s is None:
        return None
    return _run_of_days(m.group(), a, b, start_s or end_s, end_s or start_s, published)


def _run_of_days(
    words: str, a: int, b: int, start_s: str, end_s: str, published: date | None
) -> tuple[str, Window | None]:
    end_month = int(end_s) if end_s.isdecimal() else _month(end_s)
    start_month = int(start_s) if start_s.isdecimal() else _month(start_s)
    if published is None or start_month is None or end_month is None:
        return words, None
    year = _year_for(end_month, b, published, None)
    if year is None:
        return words, None
    try:
        last = date(year, end_month, b)
        first = date(year - (start_month > end_month), start_month, a)
    except ValueError:
        return words, None
    if first > last:
        return words, None
    window = Window(_at(first, (0, 0)), _at(last, (24, 0)))
    recent = timedelta(0) <= published - last <= timedelta(days=2)
    return ("week" if recent and (last - first).days + 1 == 7 else words), window


def compared_since(low: str, at: int) -> bool:
    """Whether the English "since ..." at ``at`` follows a superlative in its own clause ("in
    the largest attack since the start of the war", "one of the biggest raids since 2022"): a
    comparison, never a tally since then (``vocab.SUPERLATIVE_BEFORE_EN``)."""
    if not low.startswith("since", at):
        return False
    before = low[max(0, at - 80) : at]
    before = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    m = vocab.SUPERLATIVE_BEFORE_EN.search(before)
    return m is not None and not any(ch.isdigit() for ch in before[m.start() :])


def _period_key(words: str) -> str:
    """The key of a recap's period: its unit ("week", "month", "weekend"), or the words as
    written when they name a particular one."""
    if _RECENT_PERIOD.search(words):
        return words
    return next((unit for stem, unit in _PERIOD_UNITS if stem in words), words)


#: The words of a span and the period they name (``Report.period``), the first that fits:
#: a weekend or a day of a past week ("в прошлые выходные", "в прошлую пятницу") is days; a
#: week ("на минувшей неделе", "three weeks ago"); a year ("в прошлом году", "летом прошлого
#: года", "two years ago"); anything else (a month, a month's name, a season) a month.
_PERIOD_WORDS: tuple[tuple[re.Pattern[str], Period], ...] = (
    (re.compile(rf"выходн|weekend|{vocab.RU_WEEKDAYS_ACC}"), "days"),
    (re.compile(r"недел|week|seven"), "week"),
    (re.compile(r"год|year|(?<![а-я])лет(?![а-я])"), "year"),
)


#: The months as a recap's time names them, after "за" (the accusative, as the nominative):
#: "за март", "за весь октябрь 2025 года".
_MONTHS_ACC = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
#: A month's recap: "За март над областью сбиты 300 беспилотников" ("за" first, its
#: lookbehind after it, so the scan jumps to "за").
_MONTH_RECAP = re.compile(
    rf"за(?<![\w-]за)\s+(?:весь\s+)?(?P<mon>{'|'.join(_MONTHS_ACC)})(?:\s+(?P<y>\d{{4}}))?(?![\w-])"
)


def _month_recap(m: re.Match[str], base: int, published: date | None) -> TimeMark:
    """A month's recap ("за март"): the month, its window from 00:00 of its first day to
    00:00 of the next month's (docs/labels.md); the latest such month that has begun by
    publication when no year is written, none when neither is known."""
    month = _MONTHS_ACC.index(m["mon"]) + 1
    year = int(m["y"]) if m["y"] else None
    if year is None and published is not None:
        year = published.year - (month > published.month)
    window = None
    if year is not None:
        after = date(year + (month == 12), month % 12 + 1, 1)
        window = Window(_at(date(year, month, 1), (0, 0)), _at(after, (0, 0)))
    key = ("period", "month", year, month)
    return TimeMark("period", key, window, None, base + m.start(), base + m.end())


def period_words(words: str) -> Period:
    """Return the period a span's words name ("за минувшую неделю": week)."""
    low = words.lower()
    return next((period for found, period in _PERIOD_WORDS if found.search(low)), "month")


def period_of(tm: TimeMark) -> Period | None:
    """Return the period of a recap's or a past span's time mark (None for any other time).

    A run of days keyed by its dates is days ("с 3 по 5 ноября"), or a week when it is seven
    ("с 3 по 9 ноября"); one keyed "week" (seven days ending right before publication) is the
    week a headline's "за неделю" names."""
    if tm.kind != "period":
        return None
    if tm.key[0] == "past":
        return cast("Period", tm.key[2])
    words = str(tm.key[1])
    if any(ch.isdigit() for ch in words):
        seven = tm.window is not None and tm.window.end - tm.window.start == timedelta(days=7)
        return "week" if seven else "days"
    return period_words(words)


#: Hours a region's own clock is ahead of Moscow's (behind: negative), for the regions whose
#: clock is not Moscow's; a clock a text says is local ("Сегодня в 07:40 по местному времени",
#: a Perm governor's post: 05:40 in Moscow) is converted with it (docs/labels.md).
AHEAD_OF_MOSCOW: dict[str, int] = {
    "RU-KGD": -1,
    **dict.fromkeys(("RU-AST", "RU-SAM", "RU-SAR", "RU-UD", "RU-ULY"), 1),
    **dict.fromkeys(
        ("RU-BA", "RU-CHE", "RU-KGN", "RU-KHM", "RU-ORE", "RU-PER", "RU-SVE", "RU-TYU", "RU-YAN"),
        2,
    ),
    "RU-OMS": 3,
    **dict.fromkeys(
        ("RU-AL", "RU-ALT", "RU-KEM", "RU-KK", "RU-KYA", "RU-NVS", "RU-TOM", "RU-TY"), 4
    ),
    **dict.fromkeys(("RU-BU", "RU-IRK"), 5),
    **dict.fromkeys(("RU-AMU", "RU-SA", "RU-ZAB"), 6),
    **dict.fromkeys(("RU-KHA", "RU-PRI", "RU-YEV"), 7),
    **dict.fromkeys(("RU-MAG", "RU-SAK"), 8),
    **dict.fromkeys(("RU-CHU", "RU-KAM"), 9),
}
#: The words after a clock that say it is the region's own ("в 07:40 по местному времени").
_LOCAL_TIME_AFTER = re.compile(r"\s*\(?\s*по\s+местному\s+времени", re.IGNORECASE)


def in_moscow_time(
    window: Window | None, tm: TimeMark | None, text: str, region: str | None
) -> Window | None:
    """The report's ``window`` in Moscow time: a clock told "по местному времени" is the
    clock of the one ``region`` the report is over, moved by the hours that region is ahead
    of Moscow (the same window for a region on Moscow's clock, or with no one region)."""
    if window is None or tm is None or region is None:
        return window
    ahead = AHEAD_OF_MOSCOW.get(region)
    if not ahead or _LOCAL_TIME_AFTER.match(text, tm.end) is None:
        return window
    shift = timedelta(hours=ahead)
    return Window(window.start - shift, window.end - shift)


@dataclass(frozen=True, slots=True)
class TimeMark:
    """A time stated in a sentence; ``key`` groups sentences about the same time."""

    kind: str  # "window", "night", "day" or "period" (a week's or a month's recap)
    key: tuple[object, ...]
    window: Window | None = None
    night_of: date | None = None
    start: int = 0
    end: int = 0
    #: a window's hours with no date of their own, dated from the publication ("Это произошло в
    #: период с 19:30 до 22:10 мск"): the day the report has named is theirs
    #: (``segment._sharper``)
    undated: bool = False


def _year_for(month: int, day: int, published: date | None, weekday: int | None) -> int | None:
    if published is not None:
        year = published.year
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        return year - 1 if d > published + timedelta(days=1) else year
    if weekday is not None:
        years = []
        for y in range(2022, 2031):
            try:
                if date(y, month, day).weekday() == weekday:
                    years.append(y)
            except ValueError:
                continue
        return years[0] if len(years) == 1 else None
    return None


def _month(word: str) -> int | None:
    w = word.lower().rstrip(".")
    for months in (vocab.RU_MONTHS_GEN, vocab.UA_MONTHS_GEN):
        if w in months:
            return months.index(w) + 1
    for i, name in enumerate(vocab.EN_MONTHS):
        if w[:3] == name[:3]:
            return i + 1
    return None


def _weekday(text: str) -> int | None:
    t = text.lower()
    for names in (_RU_WEEKDAYS, _EN_WEEKDAYS):
        for i, name in enumerate(names):
            if name in t:
                return i
    return None


def date_from(
    m: re.Match[str], prefix: str, published: date | None, context: str = ""
) -> date | None:
    """Build a date from the named groups of a DATE match (``prefix`` names its copy)."""
    g = m.groupdict()

    def get(name: str) -> str | None:
        return g.get(prefix + name)

    for i in "12345":
        month_s = get("m" + i)
        if month_s is None:
            continue
        day_s = get("d" + i)
        if day_s is None:
            continue
        day = ORDINALS.get(day_s.lower()) if not day_s.isdecimal() else int(day_s)
        month = int(month_s) if month_s.isdecimal() else _month(month_s)
        if not day or not month or not 1 <= month <= 12:
            return None
        year_s = get("y" + i)
        year: int | None = int(year_s) + (2000 if len(year_s) == 2 else 0) if year_s else None
        if year is None:
            year = _year_for(month, day, published, _weekday(context))
        if year is None:
            return None
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def _hour(h: str, minute: str, ampm: str | None) -> tuple[int, int] | None:
    hour, mi = int(h), int(minute)
    if ampm:
        a = ampm.lower().replace(".", "")
        if a == "pm" and hour < 12:
            hour += 12
        if a == "am" and hour == 12:
            hour = 0
    if hour > 24 or mi > 59:
        return None
    return hour, mi


def _clock(m: re.Match[str], i: str) -> tuple[tuple[int, int] | None, int]:
    """The Moscow hour and minutes of clock ``i`` of a match ("h1"), and the days it moved
    forward when the clock was given in GMT/UTC ("2300 GMT" is 02:00 the next day)."""
    g = m.groupdict()
    ampm = g.get("ap" + i[1:])
    if g[i] is not None:
        hm = _hour(g[i], g["n" + i[1:]], ampm)
    elif g.get(i + "r") is not None:
        hm = _hour(g[i + "r"], "00", None)
    elif g[i + "x"] is not None:
        hm = _hour(g[i + "x"], "00", ampm)
    else:
        hm = _hour(g[i + "g"], g[i + "m"], None)
    z = g.get("z" + i[1:])
    if not z and i == "h1" and g.get("h1g") is not None:
        z = g.get("z2")  # "between 0100 and 0400 GMT": the second clock's zone is the first's
    if hm is None or not z:
        return hm, 0
    minutes = hm[0] * 60 + hm[1] + 180
    return (minutes // 60 % 24, minutes % 60), minutes // (24 * 60)


def _at(day: date, hm: tuple[int, int]) -> datetime:
    h, mi = hm
    return datetime(day.year, day.month, day.day, tzinfo=MSK) + timedelta(hours=h, minutes=mi)


_WEEKDAY_BEFORE = re.compile(
    rf"(?<![\w-])(?:во?|on)\s+(?P<wd>{vocab.RU_WEEKDAYS_ACC}|{_WD_RE_EN})(?![\w-])"
)


#: The day before publication named right before a window's hours, a part of the day at most
#: between (the sentence is lower-cased): "Вчера в период с ...", "вчера вечером, с 18:00",
#: "Yesterday between ...". Never further off ("Накануне Дня Победы, с 20.00" is the eve of the
#: holiday; "После вчерашней атаки с 08.00" today's hours).
_YESTERDAY_BEFORE = re.compile(
    r"(?<![\w-])(?:вчера|накануне|yesterday)"
    r"(?:[\s,]+(?:(?:поздно\s+)?вечером|дн[её]м|утром|ночью|(?:in\s+the\s+)?(?:evening|afternoon|morning)))?"
    r"[\s,]*$"
)
#: ... or right after them: "с 20.00 до 23.00 мск накануне", "between 8 and 11 p.m. yesterday".
_YESTERDAY_AFTER = re.compile(
    r"[\s,]*(?:\(?мск\)?[\s,]*|moscow\s+time[\s,]*)?(?:вчера(?![\w-])|накануне|yesterday)(?![\w-])"
)


def _date_before(text: str, pos: int, published: date | None) -> date | None:
    """The last date written before ``pos`` in the sentence ("9 ноября т.г. в период с ...")."""
    found = None
    for m in DATE_RE.finditer(text, 0, pos):
        found = date_from(m, "", published, text[max(0, m.start() - 20) : m.end()])
    if found is None and published is not None:
        # "Вечером в воскресенье, с 18:00 до 21:00 мск ...", "On Sunday, between ...": the
        # weekday named before the hours (on or before publication)
        wd = None
        for w in _WEEKDAY_BEFORE.finditer(text, 0, pos):
            wd = w
        if wd is not None:
            found = _last_weekday(published, _weekday(wd["wd"]))
    return found


def _night_named_before(text: str, pos: int, published: date | None) -> date | None:
    """The date a night named before ``pos`` gives ("в ночь на 7 мая", "в ночь на 26-е"), or
    None when no night with a date of its own is named there."""
    if "ночь" not in text[:pos]:
        return None
    m = NIGHT_RE.search(text[:pos])
    if m is None:
        return None
    if m["nd"]:
        return date_from(m, "n_", published, m.group())
    return _day_of_month(int(m["ndd"]), published) if m["ndd"] else None


def _in_part(hm: tuple[int, int], part: str) -> tuple[int, int]:
    """An hour said with its part of the day: "10 вечера" is 22, "2 дня" 14, "11 ночи" 23,
    "3 ночи" 3, "12 ночи" midnight."""
    h, mi = hm
    evening = part == "вечера" or (part == "дня" and h <= 6) or (part == "ночи" and h >= 9)
    if evening and h < 12:
        h += 12
    elif part in ("ночи", "утра") and h == 12:
        h = 0
    return h, mi


def _parts_of_day(
    m: re.Match[str], t1: tuple[int, int], t2: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Both hours of "с 8 до 10 часов вечера" take the part of the day said once, after the
    second (20 to 22); each of "с 11 вечера до 7 утра" takes its own."""
    p1, p2 = m["pd1"], m["pd2"]
    if p2 and m["h2r"] is not None:
        t2 = _in_part(t2, p2)
    if p1 and m["h1r"] is not None:
        t1 = _in_part(t1, p1)
    elif p2 and m["h1r"] is not None and _in_part(t1, p2) <= t2:
        t1 = _in_part(t1, p2)
    return t1, t2


def _window(text: str, base: int, published: date | None) -> TimeMark | None:
    """ "с 20.00 мск 22 мая до 7.00 мск 23 мая", "Between 11:00 p.m. ... and 7:00 a.m."."""
    m = WINDOW_RE.search(text) if _WINDOW_HINT.search(text) else None
    if m is None and (
        "мск" in text or "moscow time" in text or "msk" in text or "московск" in text
    ):
        m = _BARE_WINDOW_RE.search(text)
    if not m:
        return None
    # "с полудня до 15.00", "between 8 a.m. and noon Moscow time"
    t1, shift1 = ((0, 0), 0) if m["midnight1"] else ((12, 0), 0) if m["noon1"] else _clock(m, "h1")
    t2, shift2 = ((24, 0), 0) if m["midnight"] else ((12, 0), 0) if m["noon2"] else _clock(m, "h2")
    if not t1 or not t2:
        return None
    t1, t2 = _parts_of_day(m, t1, t2)
    ctx = text[m.start() : m.end()]
    d1 = date_from(m, "sd_", published, ctx) if m["sd"] else None
    d2 = date_from(m, "ed_", published, ctx) if m["ed"] else None
    d1 = d1 + timedelta(days=shift1) if d1 else None
    d2 = d2 + timedelta(days=shift2) if d2 else None
    crosses = t2 <= t1
    if d1 is None and (m["gw1"] or m["sdw"]):
        # "9pm (18:00 GMT on Tuesday)", "from 11 p.m. on Monday"
        d1 = _last_weekday(published, _weekday(m["gw1"] or m["sdw"]))
        d1 = d1 + timedelta(days=shift1) if d1 else None  # "from 2300 GMT on Monday": Tuesday
    if d2 is None and m["edw"] and (d1 is not None or published is not None):
        # "... to 7 a.m. on Tuesday": the weekday on or after the start (before publication)
        anchor = d1 or published
        assert anchor is not None
        wd = _weekday(m["edw"])
        d2 = (
            anchor + timedelta(days=(wd - anchor.weekday()) % 7)
            if d1 is not None and wd is not None
            else _last_weekday(published, wd)
        )
        # "to 2100 GMT on Thursday" is midnight of Friday in Moscow
        d2 = d2 + timedelta(days=shift2) if d2 else None
    if d1 is None and d2 is None and (night := _night_named_before(text, m.start(), published)):
        # "В ночь на 7 мая, с 22.00 до 3.00 мск": the night's date is the morning it ended
        d1, d2 = (night - timedelta(days=1), night) if crosses else (night, None)
    if d1 is None and d2 is not None:
        # the window's own end date dates its start, never a day said before it: "said on
        # Tuesday that ... between 7 p.m. and 11 p.m. Moscow time on Monday" (the saying's day)
        d1 = d2 - timedelta(days=1) if crosses else d2
    if d1 is None:
        d1 = _date_before(text, m.start(), published)
    if (
        d1 is None
        and published is not None
        and not crosses
        and (
            _YESTERDAY_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _YESTERDAY_AFTER.match(text, m.end())
        )
    ):
        # "Вчера в период с 19.00 до 23.00 мск ...", "Накануне с 15:00 до 17:00 ...",
        # "Yesterday between 8 p.m. and 11 p.m.": the day before publication (a window across
        # midnight with no date already starts on it)
        d1 = published - timedelta(days=1)
    undated = False
    if d1 is None and published is not None:
        # no date at all: the window ends on (or before) the publication day; one that ends
        # at midnight ("с 20:00 до 24:00", "до полуночи") ended as the publication day began
        d1 = published - timedelta(days=1) if crosses or t2 == (24, 0) else published
        undated = True
    if d1 is None:
        # no date and no publication date: the hours still say which statement the figures
        # belong to (a window's beside the night's recap), though no calendar window is known
        return TimeMark("window", ("clock", t1, t2), None, None, base + m.start(), base + m.end())
    if d2 is None:
        d2 = d1 + timedelta(days=1) if crosses and t2 != (24, 0) else d1
    win = Window(_at(d1, t1), _at(d2, t2))
    if win.end < win.start:
        return None
    # a window across midnight is a night, unless it is most of a day ("с 09:00 до 07:00");
    # one that ends at midnight ("до 00.00 мск 8 декабря", "до 24.00") is the evening before it
    overnight = (
        win.end.date() > win.start.date()
        and t2 not in ((24, 0), (0, 0))
        and win.end - win.start <= timedelta(hours=16)
    ) or (
        # "с 0.00 до 7.00", "с 2 до 4 часов ночи", "с 02:00 до 06:00": the night's later part
        (t1 < (5, 0) or "ночи" in (m["pd1"], m["pd2"])) and t1 < t2 <= (12, 0)
    )
    night = win.end.date() if overnight else None
    return TimeMark(
        "window",
        ("window", win.start, win.end),
        win,
        night,
        base + m.start(),
        base + m.end(),
        undated=undated,
    )


#: A clock with its hour word or part of the day ("11 p.m.", "23:00 мск", "5 утра"), its hour in
#: group "h1" (``_told_clock``).
_TOLD_CLOCK = (
    r"(?:"
    + _CLOCK_P.format(h="h1", mi="n1")
    + "|"
    + _HOURS.format(h="h1")
    + ")"
    + _AMPM.format(n="ap1")
    + _PART.format(p="pt1")
    + _MSK
)
#: A clock the attack or the defence began at: "Beginning at 9 p.m. on Saturday, air defences
#: engaged ...", "The attack began at about 11 p.m.", "Атака началась около 23:00" (its end told
#: after it: ``span_of_two``).
_BEGAN_AT = re.compile(
    r"(?<![\w-])(?:beginning|starting|began|begun|started|начал(?:ась|ись|ся|и|а)?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:at|from|около|в|с)\s+(?:about\s+|around\s+|примерно\s+в\s+)?"
    + _TOLD_CLOCK
    + _dayref("pd")
)
#: ... and the clock by which the figures after it were downed: "By 4 a.m., 17 drones had been
#: destroyed", "К 5 утра сбиты 17 беспилотников", "К 05:00 мск ..." (opening the sentence after
#: the start's, or after the start in its own sentence: "The attack began at 11 p.m., and by 5
#: a.m. 17 drones had been destroyed").
_BY_CLOCK = re.compile(r"(?<![\w-])(?:by|к)\s+(?:about\s+|around\s+|около\s+)?" + _TOLD_CLOCK)
#: Where the end opens its sentence: only its punctuation before it.
_OPENING = re.compile(r"\W*")


def _told_clock(m: re.Match[str]) -> tuple[int, int] | None:
    """The Moscow hour of clock "h1" of ``m``, its part of the day said after it ("5 утра")."""
    hm = _clock(m, "h1")[0]
    return _in_part(hm, m["pt1"]) if hm is not None and m["pt1"] else hm


def _began(text: str) -> bool:
    """Whether a lower-cased text holds a word ``_BEGAN_AT`` opens on (a test in C first)."""
    return (
        "began" in text or "begun" in text or "begin" in text or "start" in text or "начал" in text
    )


def _span(s: re.Match[str], e: re.Match[str], base: int, published: date | None) -> TimeMark | None:
    """The night from the start ``s`` (``_BEGAN_AT``) to the end ``e`` (``_BY_CLOCK``, at
    ``base`` in the text) when they lie either side of midnight: the night of the morning it
    ended (with no day said, the publication day; a start's weekday or date is its own:
    "Beginning at 9 p.m. on Saturday"). No window: "by 4 a.m." is a point, not an end the
    statement gives (docs/labels.md); None when both lie in one day."""
    if (t1 := _told_clock(s)) is None or (t2 := _told_clock(e)) is None or t2 > t1:
        return None
    if (t2[0] - t1[0]) * 60 + t2[1] - t1[1] + 24 * 60 > 16 * 60:
        return None  # "began at 7 a.m. ... by 5 a.m.": a day and a night, no one night
    day = _point(s, s.string, 0, published) if s["pd"] or s["pdw"] else None
    if day is not None and day.window is not None:
        night = day.window.start.date() + timedelta(days=1)
    elif published is not None:
        night = published
    else:
        return None
    return TimeMark("night", ("night", night), None, night, base + e.start(), base + e.end())


def span_of_two(
    start_text: str, end_text: str, base: int, published: date | None
) -> TimeMark | None:
    """The night a start told in one sentence and an end opening the next make ("The attack
    began at 11 p.m. By 5 a.m., 17 drones had been destroyed ...": the night to 05:00), or None.
    ``base``: where ``end_text`` starts in the text (the mark's span is its end clock's)."""
    low_end = lower(end_text)
    if "by" not in low_end[:8] and "к" not in low_end[:4]:
        return None
    at = _OPENING.match(low_end)
    e = _BY_CLOCK.match(low_end, at.end() if at else 0)
    if e is None:
        return None
    low_start = lower(start_text)
    s = _BEGAN_AT.search(low_start) if _began(low_start) else None
    return None if s is None else _span(s, e, base, published)


def _span_in_one(text: str, base: int, published: date | None) -> TimeMark | None:
    """ "The attack began at 11 p.m., and by 5 a.m. 17 drones had been destroyed": the start and
    the end in one lower-cased sentence (``span_of_two``'s night), or None."""
    s = _BEGAN_AT.search(text) if _began(text) else None
    e = _BY_CLOCK.search(text, s.end()) if s is not None else None
    return None if s is None or e is None else _span(s, e, base, published)


def on_day(tm: TimeMark, day: date) -> TimeMark:
    """``tm``, a window's hours with no date of their own, moved to start on ``day`` (the day a
    report named before them: "Вечером 3 мая ... Это произошло в период с 19:30 до 22:10")."""
    assert tm.window is not None
    start = datetime.combine(day, tm.window.start.time(), tzinfo=MSK)
    win = Window(start, start + (tm.window.end - tm.window.start))
    night = win.end.date() if tm.night_of is not None else None
    return TimeMark("window", ("window", win.start, win.end), win, night, tm.start, tm.end)


def _point(
    m: re.Match[str] | None, text: str, base: int, published: date | None, day: date | None = None
) -> TimeMark | None:
    """A start only or a single clock time: a window with ``start == end``."""
    if m is None:
        return None
    t1 = (12, 0) if m.groupdict().get("noon") else _clock(m, "h1")[0]
    if day is None and m.groupdict().get("pd"):
        day = date_from(
            m, "pd_", published, text[m.start() : m.end()]
        )  # "около полудня 31 августа"
    if day is None and m.groupdict().get("pdw"):
        # "at 9:40 p.m. on Monday", "в 23:10 понедельника": the weekday after the clock dates it
        day = _last_weekday(published, _weekday(m["pdw"]))
    d1 = day or _date_before(text, m.start(), published) or published
    if not t1:
        return None
    if d1 is None:
        return _clock_point(t1, base + m.start(), base + m.end())
    at = _at(d1, t1)
    return TimeMark(
        "window", ("window", at, at), Window(at, at), None, base + m.start(), base + m.end()
    )


def _start_only(tm: TimeMark | None) -> TimeMark | None:
    """A window's start with no end ("В период с 20.00 мск 25.05 уничтожены ...", "С 21:00 мск
    сбиты ..."): a time of its own (its figures are another report than those of another time),
    but no window: when it ended is not said (docs/labels.md)."""
    if tm is None:
        return None
    return TimeMark("window", ("from", tm.key[1]), None, None, tm.start, tm.end)


#: A second clock after a single time, joined by "и"/"and": "около 6.50 и 8.16 мск", "at about
#: 6:50 a.m. and 8:16 a.m. Moscow time" (two events, each at its own time).
_AND_CLOCK = re.compile(
    r"\s*(?:и|and)\s+(?:(?:в|около|at|at\s+about|about)\s+)?"
    + _CLOCK_P.format(h="h1", mi="n1")
    + _AMPM.format(n="ap1")
)


def listed_points(text: str, base: int, published: date | None) -> list[TimeMark]:
    """The single times a sentence lists, joined by "и"/"and" ("at about 6:50 a.m. and 8:16
    a.m. Moscow time Kiev made two attempts", "около 6.50 и 8.16 мск"), each a point of the
    first one's day; none unless two or more."""
    low = lower(text)
    m = POINT_RE.search(low)
    first = _point(m, low, base, published)
    if m is None or first is None or first.window is None:
        return []
    marks, at = [first], m.end()
    while (n := _AND_CLOCK.match(low, at)) is not None and (hm := _clock(n, "h1")[0]):
        t = _at(first.window.start.date(), hm)
        marks.append(
            TimeMark(
                "window", ("window", t, t), Window(t, t), None, base + n.start(), base + n.end()
            )
        )
        at = n.end()
    return marks if len(marks) > 1 else []


#: A saying or posting verb within four words after a time (the speaker's name between): "В
#: 23:45 мск Минобороны России сообщило о налете", "At 2:20 a.m. he wrote on Telegram that ...",
#: "At 1:05 a.m., Mayor Sergei Sobyanin reported that ..." are when the speaker spoke, not when
#: drones were shot down (``comma``: the time set off by a comma before its speaker).
_SAID_AT = re.compile(
    r"(?P<comma>\s*,)?\s*(?:[\w-]+\s+){0,4}?(?:сообщил\w*|заявил\w*|отчитал\w*|доложил\w*"
    r"|написал\w*|said|reported|announced|wrote|posted"
    # a speaker's figure set right then: "At 9:15 a.m. he corrected the figure: ...", "в 08:10
    # губернатор уточнил" (when he spoke, no time of the drones: stop 47, english)
    r"|corrected|updated|revised|clarified|уточнил\w*)(?![\w-])"
)
#: What may stand before a time that opens its clause: nothing but the sentence's opening
#: marks, or the join of a clause after a semicolon or a comma ("...; at 2:35 a.m., he
#: wrote that ...", "..., and at 4 a.m., he reported ...").
_CLAUSE_OPENS = re.compile(r"(?:^|[;:]|,\s*(?:and|а|и)?|(?<![\w-])(?:and|а|и))[\W_]*$")


def _said_at(m: re.Match[str]) -> bool:
    """Whether the time ``m`` is when someone spoke: a saying verb right after it, the time
    and its speaker one clause ("в 23:45 мск Минобороны сообщило", "At 1:05 a.m., the mayor
    reported that ..."). A comma after the time parts it from the verb only when the time
    opens its clause: "destroyed a drone ... at about 10:15 a.m. Moscow time, the ministry
    said" tells the drone's time, the saying's comma closing the clause the time ends."""
    said = _SAID_AT.match(m.string, m.end())
    if said is None:
        return False
    if "," not in m.group() and not said["comma"]:
        return True
    return _CLAUSE_OPENS.search(m.string, max(0, m.start() - 12), m.start()) is not None


#: A verb of saying or posting right before a clock: "posted on Telegram at 2:40 a.m." (when
#: the words were posted, not when drones were downed).
_POSTED_BEFORE = re.compile(
    r"(?:said|says|wrote|writes|posted|reported|announced|added|told\s+\w+)"
    r"(?:\s+(?:on|in)\s+[\w-]+)?\s+$"
)


#: A clock's zone other than Moscow's said after it: "4:30 a.m. local time (0130 GMT)" (local
#: time in Russia is not Moscow's in every region; the parser's times are Moscow's).
_OTHER_ZONE = re.compile(r"\s*(?:local\s+time|gmt|utc|\(|kyiv\s+time|kiev\s+time)")


def _shot_down_at(text: str, m: re.Match[str]) -> bool:
    """Whether the English clock ``m``, with its "a.m." or "p.m." and no "Moscow time", is when
    the sentence's drones were downed: "Another drone was brought down over X at 3:25 p.m."
    (never a time the words were posted at: "the governor posted on Telegram at 2:40 a.m.",
    nor one in another zone: "at 4:30 a.m. local time")."""
    return (
        bool(m["ap1"])
        and vocab.INTERCEPT_RE.search(text) is not None
        and _POSTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        and _OTHER_ZONE.match(text, m.end()) is None
    )


def _about_then_downed(text: str, m: re.Match[str]) -> bool:
    """Whether the English clock ``m`` is told as about then ("at about 05:40", "at around
    23:10"), with no "a.m." or "p.m." (a translated post's own clock, as the Russian "около
    05:40" is), in a sentence that downs drones: when they were downed (stop 47, english)."""
    return (
        text.startswith(("at about", "at around"), m.start())
        and vocab.INTERCEPT_RE.search(text) is not None
        and _POSTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None
        and _OTHER_ZONE.match(text, m.end()) is None
        and not _series_of_clocks(text, m)
    )


#: A later clock of a series after a figure of its own: ", two more at 1:40 a.m.", "; another
#: three at 3:05 a.m." (a figure's words, then "at" and the clock).
_NEXT_IN_SERIES = re.compile(
    r"(?:(?:and\s+)?(?:then\s+)?(?:[a-z-]+\s+){0,3}?at\s+(?:about\s+|around\s+)?"
    r"\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)"
)
#: The comma or semicolon that ends a clock's clause (``POINT_RE`` may take it with the clock).
_SERIES_SEP = re.compile(r"[,;]\s*$")
_SERIES_SEP_AHEAD = re.compile(r"\s*[,;]\s*")


def _series_of_clocks(text: str, m: re.Match[str]) -> bool:
    """Whether the English clock ``m`` is the first of a series told in one sentence, each with
    a figure of its own ("the first drone downed at 12:12 a.m., two more at 1:40 a.m., another
    three at 3:05 a.m."): the times of a night's lines retold, no one time of the sentence's
    drones (its figures are the night's, docs/labels.md)."""
    at = m.end()
    if _SERIES_SEP.search(text, m.start(), at) is None:
        sep = _SERIES_SEP_AHEAD.match(text, at)
        if sep is None:
            return False
        at = sep.end()
    return _NEXT_IN_SERIES.match(text, at) is not None


#: Where a clause ends: a comma, a semicolon, a colon or a dash ("Первое сообщение появилось в
#: 23:40 — тогда был сбит один дрон": the clock is the posting's clause's).
_CLAUSE_END = re.compile(r"[,;:—–]|\s-\s")
#: "Вчера" before the clock: the day before publication ("Вчера в 23:10 над X сбит БПЛА").
_YESTERDAY = re.compile(r"(?<![\w-])вчера(?![\w-])")


def _downed_at_ru(text: str, m: re.Match[str]) -> bool:
    """Whether the Russian clock ``m`` ("в 06:40", no "мск") tells when the sentence's drones
    were downed: it opens a clause that downs them ("Сегодня в 06:40 над X районом уничтожен
    беспилотник", "Друзья, в 07:50 над городом был сбит беспилотник", "Пресс-служба: вчера в
    23:10 в X сбит БПЛА"; docs/labels.md: a single time written into the sentence). A clock in
    a clause of posting or saying is when words were posted ("Первое сообщение появилось в 23:40
    — тогда был сбит один дрон", "Дополнено в 23:40: ещё один ..."), one before the speaker's
    verb is ``_said_at``'s, and one inside a clause ("Первый дрон, по словам мэра, был сбит в
    23:48") is left to the lines of a night it may be one of."""
    if not text.startswith("в ", m.start()):
        return False
    start = 0
    for end in _CLAUSE_END.finditer(text, 0, m.start()):
        start = end.end()
    after = _CLAUSE_END.search(text, m.end())
    return (
        _OPENS_CLAUSE.fullmatch(text, start, m.start()) is not None
        and vocab.INTERCEPT_RE.search(text, start, after.start() if after else len(text))
        is not None
    )


#: What may stand in a clause before a clock that opens it: "сегодня", "вчера".
_OPENS_CLAUSE = re.compile(r"[\W_]*(?:(?:сегодня|вчера)\s+)?")


def _clock_point(hm: tuple[int, int], start: int, end: int) -> TimeMark:
    """A single time with no day known ("Сегодня около 4 часов утра", no publication date):
    its hours alone, as a window's are (``Report.hours`` with ``start == end``)."""
    return TimeMark("window", ("clock", hm, hm), None, None, start, end)


#: A saying verb right before "at night": "the governor wrote at night that ..." dates the
#: saying, not a night.
_SAID_EARLY = re.compile(r"(?:said|says|reported|wrote|announced|added|told\s+\w+)\s+$")


def _said_early(text: str, m: re.Match[str]) -> bool:
    """Whether the night word ``m`` is "at night" after a saying verb (the time of the words,
    not of the figures: "wrote at night that ...")."""
    return (
        bool(m["atn"]) and _SAID_EARLY.search(text, max(0, m.start() - 30), m.start()) is not None
    )


#: An approximate clock time of a downing, told with the night it was in: "Сегодня ночью, около
#: 02:30, над X сбит БПЛА", "ночью, около 03:00, над округом был сбит", "overnight, at about 3:10
#: a.m.". The approximate words only: a bare "в 03:10" beside "ночью" may be when a post went
#: out.
_ABOUT_CLOCK = re.compile(
    r"(?<![\w-])(?:около|примерно\s+в|(?:at\s+)?(?:about|around))\s+"
    + _CLOCK_P.format(h="h1", mi="n1")
    + _AMPM.format(n="ap1")
    + r"(?P<msk>\s*(?:мск|moscow\s+time))?"
)
#: The latest clock hour a night's downing is told at on the morning the night ended.
_NIGHT_ENDS = 12


def _clock_of_the_night(
    text: str, base: int, published: date | None, night: TimeMark
) -> TimeMark | None:
    """The single time a sentence tells its night's drones were downed at ("Сегодня ночью,
    около 02:30, ... сбит", docs/labels.md: a single clock time is a window with start = end):
    that point, dated inside the night (before noon: the morning the night ended; after it, the
    evening before), keeping the night. None when the sentence tells no such clock, or the
    night has no date."""
    if night.kind != "night" or night.night_of is None or night.window is not None:
        return None
    m = _ABOUT_CLOCK.search(text)
    if m is None or _said_at(m) or _OTHER_ZONE.match(text, m.end()) is not None:
        return None
    if vocab.INTERCEPT_RE.search(text) is None:
        return None
    clock = _clock(m, "h1")[0]
    if not clock:
        return None
    day = night.night_of if clock[0] < _NIGHT_ENDS else night.night_of - timedelta(days=1)
    at = _at(day, clock)
    return TimeMark(
        "window",
        ("window", at, at),
        Window(at, at),
        night.night_of,
        base + m.start(),
        base + m.end(),
    )


def _night(text: str, base: int, published: date | None) -> TimeMark | None:
    """ "за ночь", "в ночь на 12 сентября", "overnight into December 28", "last night"."""
    m = NIGHT_RE.search(text)
    if m is not None and _said_early(text, m):
        rest = _night(text[m.end() :], base + m.end(), published)
        return rest
    if not m:
        return None
    night: date | None = published
    if m["nd"] or m["nnd"]:
        night = date_from(m, "n_" if m["nd"] else "nn_", published, m.group())
    elif m["pnd"]:
        night = date_from(m, "pn_", published, m.group())
    elif m["prv"]:
        night = published - timedelta(days=1) if published else None
    elif m["ndd"]:
        # "в ночь на 26-е": that day of the publication month (or of the month before)
        night = _day_of_month(int(m["ndd"]), published)
    elif m["ve"] or m["vee"]:
        night = date_from(m, "v_" if m["ve"] else "v3_", published, m.group())
    elif m["vwd"] or m["vwe"] or m["vwm"]:
        night = _last_weekday(
            published, _weekday(m["vwd"] or m["vwe"] or m["vwm"]), allow_next=True
        )
    elif m["od"]:
        night = date_from(m, "o_", published, m.group())
    elif m["no"]:
        night = date_from(m, "no_", published, m.group())
    elif m["ntwd"]:
        night = _last_weekday(published, _weekday(m["ntwd"]), allow_next=True)
    elif m["td"]:
        night = date_from(m, "t_", published, m.group())
        if night is None and m["td"].isdecimal():
            mm = re.search(_EN_MONTH_RE, m.group(), re.IGNORECASE)
            month = _month(mm.group()) if mm else None
            year = _year_for(month, int(m["td"]), published, None) if month else None
            night = date(year, month, int(m["td"])) if year and month else None
    elif m["wdn"] or m["owd"] or m["twd"]:
        wd = m["wdn"] or m["owd"] or m["twd"]
        night = _last_weekday(published, _weekday(wd), allow_next=True)
    elif m["wdon"]:
        evening = _last_weekday(published, _weekday(m["wdon"]))
        night = evening + timedelta(days=1) if evening else None
    elif m["ewd"]:
        night = _last_weekday(published, _weekday(m["ewd"]))
    elif wdm := re.search(r"(?<![\w-])на\s+(" + _WD_RE + ")", m.group(), re.IGNORECASE):
        # "в ночь на воскресенье", "в ночь с субботы на воскресенье": the weekday after "на"
        night = _last_weekday(published, _weekday(wdm.group(1)), allow_next=True)
    else:
        # "On September 12 ... overnight", "overnight on Sept. 12", "said on Sunday ... overnight":
        # the dated day is the morning the night ended
        named = _range_end(text, published) or _named_day(text, published)
        if named is not None:
            night = named
    return TimeMark("night", ("night", night), None, night, base + m.start(), base + m.end())


#: The two "on" branches of ``DAY_RE`` alone: no other branch holds a word starting "on", so
#: its first match here is the first of ``DAY_RE`` with a date or a weekday (and one pass
#: over the sentence is cheaper).
_ON_DAY = re.compile(rf"on(?<!\won)\s+(?:(?P<wd>{_WD_RE})|(?P<od>{_renamed('d_')}))")


#: Two days of one month with a dash: "July 3-4", "(June 5–6)", "3-4 July" (English).
_DAY_RANGE = re.compile(
    rf"(?:(?P<m1>{_EN_MONTH_RE})\s+)?(?<![\d.:])(?P<a>\d{{1,2}})\s*[-–]\s*(?P<b>\d{{1,2}})(?![\d.:])"
    rf"(?:\s+(?P<m2>{_EN_MONTH_RE}))?"
)


#: Two numbers joined by a dash: every match of ``_DAY_RANGE`` holds one.
_DASHED = re.compile(r"\d\s*[-–]\s*\d")


def _range_end(text: str, published: date | None) -> date | None:
    """The later day of a night written as a range of two days ("overnight on July 3-4")."""
    if ("-" not in text and "–" not in text) or _DASHED.search(text) is None:
        # no range (a quick test: ``_DAY_RANGE`` opens with an optional month, so the engine
        # tries its month names at every character, about a tenth of an English report's parse)
        return None
    for m in _DAY_RANGE.finditer(text):
        month_s = m["m1"] or m["m2"]
        a, b = int(m["a"]), int(m["b"])
        if month_s is None or b != a + 1:
            continue
        month = _month(month_s)
        year = _year_for(month, b, published, None) if month else None
        if month and year:
            try:
                return date(year, month, b)
            except ValueError:
                return None
    return None


def _named_day(text: str, published: date | None) -> date | None:
    """The day an English "on <date>" / "on <weekday>" names in a sentence, if any."""
    m = _ON_DAY.search(text)
    if m is None:
        return None
    if m["wd"]:
        return _last_weekday(published, _weekday(m["wd"]))
    return date_from(m, "d_", published, m.group())


#: The daytime of the publication day: "Днём над областью сбиты ещё три" (never "днём ранее",
#: the day before, nor "днём и ночью", all the time). Another time than the night that ended
#: that morning: "за ночь ... 6, а днём — ещё 3" is two reports. ("В течение дня" is left out:
#: a lede's "в течение дня" and the statement's day window "с 8:00 до 16:00" are one report,
#: and a governor's "в течение дня" under a headline without a time retells it.)
_DAYTIME = re.compile(
    r"(?<![\w-])(?:днем(?!\s+ранее|\s+и\s+ночью)|during\s+the\s+day(?!\s+and\s+night)"
    # ("in the daytime", "в дневное время": the daytime named as a time, "ночное время"'s pair)
    r"|in\s+the\s+afternoon|(?:in|during)\s+the\s+daytime|в\s+дневное\s+время)(?![\w-])"
)


#: The publication day's morning opening a sentence: "Утром над Железногорском уничтожены ещё
#: три" after the night's figures is another time, like "днём" (never "Утром 27 сентября", a
#: date's morning, nor a sentence that also names the night: "Утром ... за ночь сбиты ..."; a
#: speaker after it, "Утром губернатор сообщил", is ``vocab.EARLIER``'s).
_MORNING = re.compile(r"\s*утром(?![\w-])(?!\s+\d)(?![^.]*(?<![\w-])(?:ночью|ночь|ночной|ночные))")
#: The same in English, anywhere in the sentence: "a further two were downed in the morning",
#: "Later in the morning, another drone was destroyed" (never a clock's "at 5 in the morning",
#: "early in the morning", which is the night's end, a date's "in the morning of 12 May", when
#: it was said, "the governor said in the morning", nor a sentence that names the night as well:
#: "overnight and in the morning").
_MORNING_EN = re.compile(
    r"(?<![\w-])(?<!\d\s)(?<!early\s)(?<!said\s)(?<!says\s)(?<!wrote\s)(?<!reported\s)"
    r"in\s+the\s+morning(?![\w-])(?!\s+of\s)"
)
_NIGHT_EN = re.compile(r"(?<![\w-])(?:overnight|night|early\s+hours)(?![\w-])")


def _day(text: str, base: int, published: date | None) -> TimeMark | None:
    """ "вчера", "on Monday", "On September 12": a calendar day. A day before publication is
    given as the window of the whole day (00:00 to 24:00), so the report is placed on that
    day and not on its publication day; the publication day itself needs no window (the
    store places an undated report by its publication time); "за сутки" (the last 24 hours)
    names no calendar day, and it is the figures' time in a sentence that also names the day
    they were told on ("said on Monday ... 46 drones over the past 24 hours")."""
    m = DAY_RE.search(text)
    if m is not None and not m["d24"] and ("сутки" in text or " the " in text):
        m = next((d for d in DAY_RE.finditer(text, m.end()) if d["d24"]), m)
    if not m:
        if text[:12].lstrip().startswith("утром") and (d := _MORNING.match(text)) is not None:
            return TimeMark(
                "day", ("morning", published), None, None, base + d.end() - 5, base + d.end()
            )
        if (
            "morning" in text
            and (d := _MORNING_EN.search(text)) is not None
            and _NIGHT_EN.search(text) is None
        ):
            return TimeMark(
                "day", ("morning", published), None, None, base + d.start(), base + d.end()
            )
        if ("днем" in text or " the " in text or "дневное" in text) and (
            d := _DAYTIME.search(text)
        ) is not None:
            # the publication day's daytime: no window (the store places it on that day), a
            # time of its own beside the night
            return TimeMark(
                "day", ("daytime", published), None, None, base + d.start(), base + d.end()
            )
        return None
    day: date | None = published
    if m["wd"] or m["rwd"]:
        day = _last_weekday(published, _weekday(m["wd"] or m["rwd"]))
    elif m["od"]:
        day = date_from(m, "d_", published, m.group())
    elif m["ofd"]:
        day = date_from(m, "f_", published, m.group())
    elif m["rd"]:
        rd = DATE_RE.match(m["rd"])
        day = date_from(rd, "", published, text) if rd else None
        if day is None:
            return None  # no year to give it: no day at all
    elif m.group().lower().startswith(("вчера", "накануне", "yesterday")) and published:
        day = published - timedelta(days=1)
    if m["d24"]:
        # the 24 hours before the statement: its windows are other reports, not parts of it
        return TimeMark("day", ("last24h", day), None, None, base + m.start(), base + m.end())
    if day is not None and _in_the_evening(text, m):
        evening = Window(_at(day, EVENING), _at(day, (24, 0)))
        return TimeMark("day", ("evening", day), evening, None, base + m.start(), base + m.end())
    whole = None
    if day is not None and day != published:
        whole = Window(_at(day, (0, 0)), _at(day, (24, 0)))
    elif (
        day is not None
        and (m["rd"] or m["od"] or m["ofd"])
        and "днем" in text
        and _DAYTIME.search(text, max(0, m.start() - 8), min(len(text), m.end() + 8))
    ):
        # "днём 14 августа" on the 14th: the publication day's daytime, as "днём" alone is (a
        # time of its own beside the night that ended that morning, never one report with it)
        return TimeMark("day", ("daytime", day), None, None, base + m.start(), base + m.end())
    return TimeMark("day", ("day", day), whole, None, base + m.start(), base + m.end())


def _until_downed(text: str) -> bool:
    """Whether a sentence with "до HH:MM" (the end of something) downs drones: "До 7.00 над
    областью уничтожены 6 БПЛА" is a point in time; "паромы не ходили до 06:00", "ограничения
    действовали до 05:30" (what the attack stopped, stop 47: a ferry's halt had made a
    governor's night a point at 06:00) tell no time of the figures."""
    return vocab.INTERCEPT_RE.search(text) is not None or "пресечен" in text


#: Where an evening begins: "вечер" is the day's last quarter (18:00 to midnight).
EVENING = (18, 0)

#: The evening right after a named day ("on Saturday evening", "во вторник вечером") or right
#: before it ("вечером в субботу"): the day's evening, not the whole day.
_EVENING_AFTER = re.compile(r"\s+(?:evening|вечером)(?![\w-])")
_EVENING_BEFORE = re.compile(r"вечером\s+$")


def _in_the_evening(text: str, m: re.Match[str]) -> bool:
    """Tell whether the day ``m`` names is said with its evening ("on Saturday evening")."""
    if not (m["wd"] or m["rwd"] or m["od"] or m["ofd"] or m["rd"]):
        return False
    return (
        _EVENING_AFTER.match(text, m.end()) is not None
        or _EVENING_BEFORE.search(text, max(0, m.start() - 9), m.start()) is not None
    )


def find_time(text: str, base: int, published: date | None) -> TimeMark | None:
    """Return the time a sentence states (window, start only, night, point, day), or None.

    The patterns are written in lower case and match the lower-cased text (offsets unchanged)."""
    text = lower(text)
    found = _window(text, base, published)
    if found is None and ("by " in text or "к " in text):
        found = _span_in_one(text, base, published)
    if found is None:
        m = START_ONLY_RE.search(text)
        day = date_from(m, "sd_", published) if m and m["sd"] else None
        found = _start_only(_point(m, text, base, published, day))
    if found is None:
        found = _night(text, base, published)
        if found is not None and (
            "около" in text or "примерно" in text or "about" in text or "around" in text
        ):
            found = _clock_of_the_night(text, base, published, found) or found
    if found is None and ("мск" in text or "московск" in text) and (m := START_MSK_RE.search(text)):
        found = _start_only(
            _point(m, text, base, published, date_from(m, "sd_", published) if m["sd"] else None)
        )
    if (
        found is None
        and ("по" in text or "-" in text or "–" in text or "—" in text)
        and (d := _DAYS_RU.search(text))
    ):
        # "с 6 по 12 июля": the days' recap, never the last day's report
        key, days = _days_run(d, published)
        return TimeMark(
            "period",
            ("period", key),
            days,
            None,
            base + d.start(),
            base + d.end(),
        )
    if (
        found is None
        and ("between" in text or "from" in text)
        and (d := _DAYS_EN.search(text))
        and (run := _days_run_en(d, published)) is not None
    ):
        # "between Sept. 20 and Sept. 26": the days' recap, as "с 20 по 26 сентября"
        return TimeMark(
            "period", ("period", run[0]), run[1], None, base + d.start(), base + d.end()
        )
    if found is None and "за " in text and (mr := _MONTH_RECAP.search(text)):
        # "за март": the month's recap, never a night or a day
        return _month_recap(mr, base, published)
    if found is None and (p := PERIOD_RE.search(text)) and not compared_since(text, p.start()):
        # "за неделю", "over the past month": a recap of its own, never a night or a day
        return TimeMark(
            "period",
            ("period", _period_key(p.group())),
            None,
            None,
            base + p.start(),
            base + p.end(),
        )
    if found is None and _START_EN.search(text):
        # "Beginning at 9 p.m. on Tuesday, the mayor reported drones ...": a start with no end
        # is no window (docs/labels.md), and the day after its clock is the start's, no day's
        return None
    if found is None:
        m = POINT_RE.search(text)
        downed = False
        if (
            m
            and (
                m["msk"]
                or text.startswith(("около", "в районе", "по состоянию", "as of"), m.start())
                or (text.startswith("до ", m.start()) and _until_downed(text))
                or (_shot_down_at(text, m) and not _series_of_clocks(text, m))
                or _about_then_downed(text, m)
                or (downed := _downed_at_ru(text, m))
            )
            and not _said_at(m)
        ):
            yesterday = downed and _YESTERDAY.search(text, 0, m.start()) is not None
            day = published - timedelta(days=1) if yesterday and published else None
            found = _point(m, text, base, published, day)
    if (
        found is None
        and ("утра" in text or "дня" in text or "вечера" in text or "час" in text)
        and (vocab.INTERCEPT_RE.search(text) or "пресечен" in text)
    ):
        # "В 5 утра ... подавлен беспилотник": the time of the shooting down ("в 4 часа утра
        # началась атака" is when an attack began, no time of the figures); an attempt
        # "пресечена" then is the time of the statement's figures
        found = _hour_of_day(text, base, published)
    found = found or _day(text, base, published)
    if found is None and (m := _NIGHT_FIRST.match(text)) is not None:
        found = TimeMark(
            "night", ("night", published), None, published, base + m.start(1), base + m.end(1)
        )
    return found


#: A sentence that opens on the night itself as its subject, with no date: "Ночь прошла
#: неспокойно: над районом сбиты четыре дрона", "Ночь в Брянске: работала ПВО", "Ночь. Над
#: городом сбиты ..." (the night that ended on publication; "Ночь на 5 мая" is ``NIGHT_RE``'s).
_NIGHT_FIRST = re.compile(r"[\W_]*(ночь)(?![\w-])")


def _hour_of_day(text: str, base: int, published: date | None) -> TimeMark | None:
    """ "В 5 утра", "в 9 часов вечера": a time point on the day written before it (or the
    publication day); "дня"/"вечера" are after noon."""
    m = HOUR_OF_DAY_RE.search(text)
    if m is None:
        return None
    hour, minute = int(m["h"] or m["hc"]), int(m["mi"] or 0)
    if m["part"] not in ("утра", None) and hour < 12:
        hour += 12
    day = (
        (date_from(m, "hd_", published, m.group()) if m["hd"] else None)
        or _date_before(text, m.start(), published)
        or published
    )
    if hour > 23 or minute > 59:
        return None
    if day is None:
        return _clock_point((hour, minute), base + m.start(), base + m.end())
    at = _at(day, (hour, minute))
    return TimeMark(
        "window", ("window", at, at), Window(at, at), None, base + m.start(), base + m.end()
    )


def _day_of_month(day: int, published: date | None) -> date | None:
    """Day ``day`` of the publication month, or of the month before when it is still to come."""
    if published is None or not 1 <= day <= 31:
        return None
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _last_weekday(
    published: date | None, weekday: int | None, *, allow_next: bool = False
) -> date | None:
    """The latest ``weekday`` on or before publication (or the next day for "в ночь на")."""
    if published is None or weekday is None:
        return None
    anchor = published + timedelta(days=1) if allow_next else published
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)

"""Every parse ends: texts built from the fragments the parser reads, in any order.

Stop 40 found two loops of ``parsing.places.find_groups`` that read the same place again and
again ("Этой ночью X подверглась атаке беспилотников.", then "..., там Брянская область."):
the parse never returned, and an import stalled with no word. Arbitrary characters never
build such a shape; these texts are put together from the pieces of real reports (times,
places attacked, repelled attacks, lists, place words, figures, corrections), so a loop whose
position can stand still is met here. Each parse runs under the store's bound of CPU time
(``store._deadline``), reported as the text that never ended; the test under pytest-timeout's.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from parsing import parse
from store import _deadline

_OPENERS = [
    "Этой ночью", "Минувшей ночью", "В ночь на 12 марта", "С 21:00 до 23:30 мск", "Сегодня утром",
    "Вечером", "Overnight", "Between 8 p.m. and 6 a.m.", "Ранее", "Около 02:40",
    "Ночь на 12 марта.", "Доброе утро! Ночь в Курске:", "Друзья, в 07:50", "Курск. 5 мая. Кроме того,",
    # what a page puts above a headline: a stamp, tags, a call to subscribe
    "08:17\n", "Обновлено 08:17\n", "Updated 08:17 GMT\n", "#новости #ПВО\n", "Подписаться на канал\n",
]  # fmt: skip
_SUBJECTS = [
    "Энская область подверглась атаке беспилотников", "Тамбов вновь подвергся удару дронов",
    "Курская область атакована БПЛА", "ВСУ атаковали Белгородскую область",
    "Брянск подвергся налёту", "the Kursk region was attacked", "Voronezh came under attack",
    "противник запустил на Брянскую область 30 БПЛА", "направили 12 дронов на Курскую область",
]  # fmt: skip
_REPELLED = [
    "Атака отражена", "атака отражена", "отражена атака БПЛА на Миллеровский район",
    "атака на Таганрог отражена", "Атака БПЛА на Кстово", "the attack was repelled",
]  # fmt: skip
_LISTS = [
    "над Курской, Белгородской и Брянской областями",
    "Брянская область — 4, Курская область — 2",
    "3 над территорией Орловской области и 2 над территорией Тульской области",
    "в районах: Кировском, Чертковском", "over the Bryansk, Kursk and Oryol regions",
    "Воронежская область — 1\nЛипецкая область — 3",
    "over the Belgorod and Voronezh regions - six and five respectively",
    "над Тульской и Липецкой областями - 2 и 3 соответственно",
    "четыре — над территорией Курской, два — Брянской области и один — Орловской",
    "over the Belgorod and Kursk regions, split evenly between the two",
]  # fmt: skip
_PLACE_WORDS = [
    "там", "Там", "там же", "над регионом", "над областью", "в районе", "над городом",
    "под Курском", "у деревни Лесное", "на территории", "там Брянская область", "над акваторией",
    "над нашим городом", "over the region", "there", "в Октябрьском",
    "on approach to the city", "near the town", "in the area of Podolsk", "one of them near X",
    "in a later post", "летевших на Москву, один из них — у Подольска",
    "over the Levoberezhny district of Voronezh", "in Saratov's Zavodskoy district and",
    "not far from Obninsk", "close to the border", "in the vicinity of",
    "Андрей Кравченко:", "глава г. Рязани", "городской голова Калуги", "Tula city head",
    "летевших на Москву, сбиты в районе Домодедово", "Один из дронов, по его словам,",
    "— 01:05", "о якобы 30 беспилотниках", "якобы", "как уточнил мэр,",
    "над Центральным округом, один — над Железнодорожным", "над Советским районом",
]  # fmt: skip
_FIGURES = [
    "сбиты 2 БПЛА", "уничтожено пять беспилотников", "1 200", "более 10", "ещё 2", "ещё один",
    "по 3", "10-15 дронов", "17/20", "(3 БПЛА)", "shot down 12 drones", "-5", "один", "4",
    "The UAV was destroyed", "debris of a downed drone", "two over each", "по два над каждой",
    "пять над Воронежской и три над Липецкой областями", "над Тамбовской облатсью",
    "подавлены 2 FPV-дрона", "сбит FPV-дрон",
    "bringing to six the number downed", "three others were injured", "Pulkovo flights disrupted",
    "at 2:35 a.m., he wrote that two more had been shot down", "he reported another one",
    "announced a further three drones", "а в 04:05 он сообщил ещё об одном",
    "another drone", "a further drone", "в 04:15 — об одном", "his running tally reached 17",
    "Russia says it shot down drone over", "The UAV was suppressed by electronic warfare means",
]  # fmt: skip
_CORRECTIONS = [
    "Уточнение:", "не 5, а 7", "по уточнённым данным — 9", "UPD:", "27 (а не 25) беспилотников",
    "Correction: 8, not 6", "ранее сообщалось о трёх",
    "не четыре дрона, как писали утром, а шесть",
    "It had earlier reported 14 drones downed over", "Ранее ведомство сообщало о 14",
]  # fmt: skip
_JOINS = [" ", ", ", ". ", ": ", " — ", "\n", "; ", " и ", "", "\n\n"]

_FRAGMENT = st.sampled_from(
    _OPENERS + _SUBJECTS + _REPELLED + _LISTS + _PLACE_WORDS + _FIGURES + _CORRECTIONS
)
_TEXT = st.lists(st.tuples(_FRAGMENT, st.sampled_from(_JOINS)), min_size=1, max_size=12).map(
    lambda parts: "".join(fragment + join for fragment, join in parts)
)


@pytest.mark.timeout(900)
# (no shrinking: the example that did not end is reported as it was built, at once)
@settings(max_examples=400, deadline=None, phases=(Phase.explicit, Phase.generate))
@given(_TEXT)
def test_every_parse_of_report_fragments_ends(text: str) -> None:
    try:
        with _deadline.within(20.0):
            parse(text, date(2025, 3, 12))
    except _deadline.Overdue:
        msg = f"the parse of {text!r} did not end within 20 s of CPU time"
        raise AssertionError(msg) from None


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "text",
    [
        "Сбиты 2 БПЛА, там Брянская область.",
        "Над районом уничтожен беспилотник; там Курск.",
        "Этой ночью Энская область подверглась атаке беспилотников. Атака отражена.",
    ],
)
def test_a_place_word_no_place_follows_is_read_once(text: str) -> None:
    # "там" before a capitalised word is no place of its own: it was read again and again
    try:
        with _deadline.within(20.0):
            parse(text, date(2025, 3, 12))
    except _deadline.Overdue:
        pytest.fail(f"the parse of {text!r} did not end within 20 s of CPU time")

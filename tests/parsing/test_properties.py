"""Property tests: arbitrary text and mutated reports never crash or give impossible claims."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import parse
from parsing.numbers import find_numbers

_SEEDS = [
    "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 9 украинских БПЛА: "
    "шесть – над территорией Брянской области и три – над акваторией Черного моря.",
    "Над Калужской областью за ночь уничтожено пять беспилотников. Обломки упали в городе Обнинске.",
    "Over the past night air defenses destroyed 12 drones: nine over the Kursk Region and three over the Black Sea.",
    "Собянин:\n01:10. Уничтожен беспилотник, летевший на Москву.",
]
_ALPHABET = st.sampled_from(
    list('абвгдеёжзийклмнопрстуфхцчшщыьэюя АБВКМ0123456789.,:;–-—\n"()ocCéі\u00a0\ufe0f')
)


def _check(text: str) -> None:
    for r in parse(text, date(2025, 6, 3)):
        assert r.total is None or r.total >= 0
        for c in r.claims:
            a, b = c.evidence
            assert 0 <= a < b <= len(text)
            assert c.count is None or c.count >= 0
            if c.count is not None and c.rule not in ("sum_verbs", "added_count"):
                span = text[a:b]
                values = {n.value for n in find_numbers(span)}
                implied = c.count == 1 and re.search(
                    r"(?i)\b(?:an?|one|another|бпла|беспилотник|дрон|drone)", span
                )
                assert c.count in values or implied, (span, c)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=300))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(_SEEDS),
    st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 30), st.text(alphabet=_ALPHABET, max_size=8)),
        max_size=4,
    ),
)
def test_mutated_reports(seed: str, edits: list[tuple[int, int, str]]) -> None:
    text = seed
    for pos, cut, insert in edits:
        pos = min(pos, len(text))
        text = text[:pos] + insert + text[pos + cut :]
    _check(text)


# --- properties of the report grammar: rewordings that must not change the claims -----------------
# A ministry-style list is generated from regions the stand-in gazetteer knows; each property
# rewrites it the way real reports differ and checks that the (area, count) claims stay the same.

_ROWS = {
    "RU-BRY": "Брянской", "RU-KRS": "Курской", "RU-BEL": "Белгородской",
    "RU-KLU": "Калужской", "RU-ROS": "Ростовской", "RU-VOR": "Воронежской",
}  # fmt: skip
_WORDS = [
    "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
    "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
    "семнадцать", "восемнадцать", "девятнадцать", "двадцать",
]  # fmt: skip
_UNRELATED = (
    "В областном центре открылась выставка детского рисунка, она продлится до конца месяца."
)

_lists = st.lists(
    st.tuples(st.sampled_from(sorted(_ROWS)), st.integers(2, 20)),
    min_size=2,
    max_size=5,
    unique_by=lambda r: r[0],
)


def _report(
    rows: list[tuple[str, int]],
    *,
    words: bool = False,
    verb: str = "уничтожены",
    wrap: str = "",
    lede_after: str = "",
) -> str:
    def n(v: int) -> str:
        return _WORDS[v] if words else str(v)

    items = [f"{n(v)} – над территорией {wrap}{_ROWS[a]}{wrap} области" for a, v in rows]
    body = ", ".join(items[:-1]) + f" и {items[-1]}"
    lede = "Минобороны сообщило о ночной атаке беспилотников."
    return f"{lede}{lede_after}\nЗа ночь дежурными средствами ПВО {verb} беспилотники: {body}."


def _claims(text: str) -> list[tuple[str, int | None]]:
    return sorted((c.area_id, c.count) for r in parse(text, date(2025, 6, 3)) for c in r.claims)


@settings(max_examples=40, deadline=None)
@given(_lists)
def test_every_row_of_a_list_is_read(rows: list[tuple[str, int]]) -> None:
    assert _claims(_report(rows)) == sorted(rows)


@settings(max_examples=40, deadline=None)
@given(_lists)
def test_number_words_read_as_digits(rows: list[tuple[str, int]]) -> None:
    assert _claims(_report(rows, words=True)) == _claims(_report(rows))


@settings(max_examples=40, deadline=None)
@given(_lists, st.randoms(use_true_random=False))
def test_the_order_of_list_items_does_not_matter(rows: list[tuple[str, int]], rnd) -> None:
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    assert _claims(_report(shuffled)) == _claims(_report(rows))


@settings(max_examples=40, deadline=None)
@given(
    _lists,
    st.sampled_from(["перехвачены и уничтожены", "уничтожены и перехвачены", "сбиты и уничтожены"]),
)
def test_a_second_verb_does_not_matter(rows: list[tuple[str, int]], verb: str) -> None:
    assert _claims(_report(rows, verb=verb)) == _claims(_report(rows))


@settings(max_examples=40, deadline=None)
@given(_lists, st.sampled_from(["**", "__", "*", "_"]))
def test_markdown_around_names_does_not_matter(rows: list[tuple[str, int]], wrap: str) -> None:
    assert _claims(_report(rows, wrap=wrap)) == _claims(_report(rows))


@settings(max_examples=40, deadline=None)
@given(_lists, st.sampled_from(["\n\n" + _UNRELATED + "\n", " " + _UNRELATED]))
def test_an_unrelated_paragraph_does_not_matter(rows: list[tuple[str, int]], extra: str) -> None:
    assert _claims(_report(rows, lede_after=extra)) == _claims(_report(rows))

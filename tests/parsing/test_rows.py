"""The ministry's list rows read in one scan (``parsing.rows``) give what the full scans give.

``rows.find_body`` finds the rows after a colon; ``places.find_groups``, ``counts.find_counts``
and ``reading.split_items`` take the rows' triggers, figures and separators from it instead of
scanning those characters. Each is compared with its full scan (no body) on lists built from
the rows' edges: regions in every case, dashes and colons, figures in digits, thousands and
words, qualifiers, districts, seas, parentheses (the texts are written for this test).
"""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import counts, lookup, numbers, parse, places, reading, rows, rules
from parsing.text import lower
from tests.parsing.conftest import FakePlace, resolving, with_places

RU_LEDE = "В течение ночи средствами ПВО уничтожены 31 беспилотник самолетного типа: "
EN_LEDE = "Overnight, air defences destroyed 31 Ukrainian drones: "


def test_a_russian_body_holds_its_rows_and_separators() -> None:
    s = RU_LEDE + "5 БПЛА – над территорией Курской области, 26 – над территорией Тверской области."
    b = len(RU_LEDE)  # where the first figure starts
    assert rows.find_body(s, english=False) == rows.Body(
        start=b,
        end=b + 79,
        rows=((b, b + 1, b + 9, b + 40, "курской"), (b + 42, b + 44, b + 47, b + 79, "тверской")),
        cuts=((b + 40, b + 41, ","),),
    )


def test_an_english_body_with_and_before_its_last_row() -> None:
    s = EN_LEDE + "7 over the Kursk Region and 12 UAVs over the Tula region, the ministry said."
    b = len(EN_LEDE)
    body = rows.find_body(s, english=True)
    assert body is not None
    assert body.rows == (
        (b, b + 1, b + 2, b + 23, "kursk"),
        (b + 28, b + 30, b + 36, b + 56, "tula"),
    )
    assert body.cuts == ((b + 23, b + 28, "and"),)
    assert s[body.end :] == ", the ministry said."


@pytest.mark.parametrize(
    "tail",
    [
        "5 БПЛА – над территорией Курской области.",  # one row: a clause, no list
        "пять – над территорией Курской области, 3 – над территорией Орловской области.",
        "более 5 – над территорией Курской области, 3 – над территорией Орловской области.",
        "5 – над Курской областью, 3 – над Орловской областью.",
    ],
)
def test_no_body_where_the_first_row_is_of_another_form(tail: str) -> None:
    assert rows.find_body(RU_LEDE + tail, english=False) is None


def test_a_body_stops_at_the_first_row_of_another_form() -> None:
    s = RU_LEDE + (
        "5 – над территорией Курской области, 3 – над территорией Орловской области, "
        "по 2 – над Брянской и Липецкой областями."
    )
    body = rows.find_body(s, english=False)
    assert body is not None
    assert [s[r[0] : r[3]] for r in body.rows] == [
        "5 – над территорией Курской области",
        "3 – над территорией Орловской области",
    ]
    assert len(body.cuts) == 1


def test_an_english_name_that_is_a_separator_word_is_no_row() -> None:
    s = EN_LEDE + "7 over the Kursk Region, 2 over the Plus Region, 3 over the Tula Region."
    assert rows.find_body(s, english=True) is None  # (one row before it: no body)


# ---------------------------------------------------------------- fast against full

# (a row's place is read from the row: "Каменского", "Октябрьской" are districts' adjectives to
# the test gazetteer, which a region's head vetoes; "Энской" is no place; "Obninsk" a town
# under "Region"; "Kharkiv" a foreign town, "Volga" larger than a region, "Russian" read by the
# trigger, "May" a stop word, "Moscow" the ministry's Moscow region)
_RU_REGIONS = [
    "Курской", "Брянской", "Белгородской", "Орловской", "Краснодарского", "Ивановской",
    "Каменского", "Октябрьской", "Энской",
]  # fmt: skip
_RU_HEADS = {"Краснодарского": "края", "Каменского": "края"}
_EN_REGIONS = [
    "Kursk", "Bryansk", "Tula", "Oryol", "In", "Plus", "Ivanovo", "Amur", "May", "Obninsk",
    "Kharkiv", "Volga", "Russian", "Moscow",
]  # fmt: skip
_FIGURES = ["1", "7", "12", "40", "999", "1 000", "2 100", "1900", "0", "05", "два", "seven"]
_RU_LEADS = ["", "более ", "по ", "еще ", "не ", "из них ", "около ", "в том числе "]
_EN_LEADS = ["", "more than ", "over ", "another ", "about ", "of which ", "at least "]
_RU_NOUNS = ["", " БПЛА", " беспилотников"]
_EN_NOUNS = ["", " UAVs", " drones", " aerial targets"]
_RU_DASHES = [" – ", " — ", " - ", " ", "–", ": "]
_RU_PLACES = [
    "над территорией {r} {h}",
    "над {r} областью",
    "над территорией {r} {h} (2 БПЛА)",
    "над территорией {r} района",
    "над акваторией Черного моря",
    "над территорией {r} {h} и {r} {h}",
]
_EN_PLACES = ["over the {r} Region", "over the {r} region", "over {r}", "in the {r} Region"]
_RU_JOINS = [", ", " и ", "; ", ", а также ", ", еще "]
_EN_JOINS = [", ", " and ", ", and ", "; "]
_RU_TAILS = [".", '", - говорится в сообщении.', ", сбиты в 05:20.", " и атаковали Курск."]
_EN_TAILS = [".", '," the ministry said.', " each.", " between 7 and 9 a.m."]
_RU_LEDES = [RU_LEDE, "Уничтожены БПЛА: ", "Из них: ", "Сбиты 5 дронов, над Курской областью: "]
_EN_LEDES = [EN_LEDE, "Drones were downed: ", "Between 1 and 3 a.m.: ", "Of them: "]


def _ru_row(draw: st.DrawFn) -> str:
    """One Russian row of any form (a figure first or a place first)."""
    r = draw(st.sampled_from(_RU_REGIONS))
    place = draw(st.sampled_from(_RU_PLACES)).format(r=r, h=_RU_HEADS.get(r, "области"))
    figure = draw(st.sampled_from(_RU_LEADS)) + draw(st.sampled_from(_FIGURES))
    figure += draw(st.sampled_from(_RU_NOUNS))
    dash = draw(st.sampled_from(_RU_DASHES))
    return f"{figure}{dash}{place}" if draw(st.booleans()) else f"{place}{dash}{figure}"


def _en_row(draw: st.DrawFn) -> str:
    """One English row."""
    r = draw(st.sampled_from(_EN_REGIONS))
    figure = draw(st.sampled_from(_EN_LEADS)) + draw(st.sampled_from(_FIGURES))
    figure += draw(st.sampled_from(_EN_NOUNS))
    return f"{figure} {draw(st.sampled_from(_EN_PLACES)).format(r=r)}"


@st.composite
def a_list(draw: st.DrawFn, english: bool) -> str:
    """A lede, one to five rows with their joins, and a tail."""
    row, joins, tails, ledes = (
        (_en_row, _EN_JOINS, _EN_TAILS, _EN_LEDES)
        if english
        else (_ru_row, _RU_JOINS, _RU_TAILS, _RU_LEDES)
    )
    out = []
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        out += [row(draw), draw(st.sampled_from(joins))]
    out[-1] = draw(st.sampled_from(tails))
    return draw(st.sampled_from(ledes)) + "".join(out)


def _both_ways(s: str, *, english: bool, region: str | None) -> None:
    """Assert that each reader gives the same with the sentence's body as without."""
    body = rows.find_body(s, english=english)
    low = lower(s)
    fast = places.find_groups(s, 40, region=region, english=english, body=body)
    full = places.find_groups(s, 40, region=region, english=english)
    assert fast == full
    assert numbers.find_numbers(low, body) == numbers.find_numbers(low)
    fast_counts = counts.find_counts(s, low, 40, body=body)
    full_counts = counts.find_counts(s, low, 40)
    assert fast_counts == full_counts
    assert reading.split_items(s, 40, full, full_counts, body) == reading.split_items(
        s, 40, full, full_counts
    )


@settings(max_examples=400, deadline=None)
@given(a_list(english=False), st.sampled_from([None, "RU-KRS", "RU-MOS"]))
def test_russian_lists_read_the_same_with_their_body(s: str, region: str | None) -> None:
    _both_ways(s, english=False, region=region)


@settings(max_examples=400, deadline=None)
@given(a_list(english=True), st.sampled_from([None, "RU-KRS"]))
def test_english_lists_read_the_same_with_their_body(s: str, region: str | None) -> None:
    _both_ways(s, english=True, region=region)


@settings(max_examples=150, deadline=None)
@given(st.one_of(a_list(english=False), a_list(english=True)))
def test_a_parse_is_the_same_with_the_rows_read_in_full(s: str) -> None:
    fast = parse("МОСКВА, 3 мая. " + s)
    with mock.patch.object(rules, "find_body", return_value=None):
        full = parse("МОСКВА, 3 мая. " + s)
    assert fast == full


def test_the_bench_list_takes_the_body_and_claims_every_row() -> None:
    s = RU_LEDE + (
        "5 БПЛА – над территорией Курской области, 14 БПЛА – над территорией Брянской области "
        "и 12 БПЛА – над территорией Калужской области."
    )
    assert rows.find_body(s, english=False) is not None
    (report,) = parse(s)
    assert [(c.area_id, c.count) for c in report.claims] == [
        ("RU-KRS", 5),
        ("RU-BRY", 14),
        ("RU-KLU", 12),
    ]
    assert report.total == 31


def _row_place(s: str, *, english: bool) -> tuple[str, list[str], int] | None:
    """``places._row_place`` of the first row of ``s``'s body, after its trigger."""
    body = rows.find_body(s, english=english)
    assert body is not None
    row = body.rows[0]
    trigger = (places._EN_TRIGGER if english else places._RU_TRIGGER).match(s, row[2])
    assert trigger is not None
    return places._row_place(s, trigger.end(), row, english=english)


def test_a_rows_place_is_read_from_the_row() -> None:
    s = RU_LEDE + "4 – над территорией Курской области, 3 – над территорией Ростовской области."
    at = s.index("Курской")
    assert _row_place(s, english=False) == ("Курской", ["Курская область", "Курская"], at + 15)
    s = RU_LEDE + "4 – над территорией Пермского края и 3 – над территорией Ростовской области."
    at = s.index("Пермского")
    assert _row_place(s, english=False) == ("Пермского", ["Пермский край", "Пермский"], at + 14)
    s = EN_LEDE + "6 over the Tver region, 2 over the Oryol Region."
    at = s.index("Tver")
    assert _row_place(s, english=True) == ("Tver region", ["Tver region", "Tver"], at + 11)


@pytest.mark.parametrize(
    "first",
    [
        "over the Russian Region",  # the trigger reads "Russian" too: no row's word after it
        "over the Kyiv Region",  # a foreign town's
        "over the Urals Region",  # a part of Russia larger than a region
        "over the Friday Region",  # a stop word
    ],
)
def test_a_row_the_full_reading_decides(first: str) -> None:
    s = EN_LEDE + f"5 {first}, 7 over the Tula Region."
    assert _row_place(s, english=True) is None


@pytest.mark.parametrize("region", [None, "RU-KRS", "RU-SVE", "RU-KLU"])
@pytest.mark.parametrize("name", _RU_REGIONS)
def test_each_russian_rows_place_reads_as_in_full(name: str, region: str | None) -> None:
    head = _RU_HEADS.get(name, "области")
    s = RU_LEDE + (
        f"2 – над территорией Орловской области, 5 БПЛА – над территорией {name} {head} и "
        "1 – над территорией Курской области."
    )
    _both_ways(s, english=False, region=region)


@pytest.mark.parametrize("region", [None, "RU-KRS", "RU-KLU"])
@pytest.mark.parametrize("name", _EN_REGIONS)
def test_each_english_rows_place_reads_as_in_full(name: str, region: str | None) -> None:
    s = (
        EN_LEDE
        + f"2 over the Oryol Region, 5 UAVs over the {name} region and 1 over the Tula Region."
    )
    _both_ways(s, english=True, region=region)


def _places_read(s: str, *, english: bool) -> list[tuple[str, str | None]]:
    """Each place ``s`` names, read with its body (as without it) and no region in context:
    its text and its district's id, else its area's (None: no place)."""
    _both_ways(s, english=english, region=None)
    groups = places.find_groups(s, 0, english=english, body=rows.find_body(s, english=english))
    return [
        (m.text, m.place.district_id or m.place.area_id if m.place else None)
        for g in groups
        for m in g.mentions
    ]


_TARUSA = FakePlace(
    "district", "RU-KLU:tarussky", "RU-KLU", "Тарусский район", "Tarussky", lookup.TOWN_SCORE
)
_ENGELS = FakePlace("district", "RU-SAR:engelssky", "RU-SAR", "Энгельсский район", "Engelssky")


@pytest.mark.parametrize(
    "village",
    [
        # a village matched only as a town, in another district of the region: a guess by name
        ("Tarusa", _TARUSA),
        # a village of another region than the district's: a guess by name
        ("Engels", _ENGELS),
    ],
)
def test_a_district_named_in_a_row_fences_a_village_named_after_it(
    village: tuple[str, FakePlace],
) -> None:
    # (a row's place that is a district is the sentence's last district and its region the
    # one near: a village named later, with no region in context, is read inside them)
    name, place = village
    s = EN_LEDE + (
        f"2 over the Obninsk Region, 5 over the Amur Region; debris fell in the village of {name}."
    )
    with resolving(with_places({name.lower(): [place]})):
        found = _places_read(s, english=True)
    assert found == [
        ("Obninsk Region", "RU-KLU:obninsk"),
        ("Amur Region", None),  # (no place the test gazetteer knows: no region in context)
        (name, None),
    ]


def test_a_region_named_in_a_row_is_the_context_of_a_district_after_the_list() -> None:
    # ("Кировский район" is in several regions: the one a row named decides)
    s = RU_LEDE + (
        "2 – над территорией Калужской области, 5 – над территорией Энской области; "
        "обломки упали в Кировском районе."
    )
    assert _places_read(s, english=False) == [
        ("Калужской", "RU-KLU"),
        ("Энской", None),
        ("Кировском", "RU-KLU:kirovsky"),
    ]


@pytest.mark.parametrize(
    ("s", "english", "word"),
    [
        # (a region's word that is a number word: "одной" is a form of "one", "ten" is ten)
        (
            RU_LEDE + "4 – над территорией Одной области, 3 – над территорией Тульской области.",
            False,
            1,
        ),
        (EN_LEDE + "4 over the Ten Region, 3 over the Tula Region.", True, 10),
    ],
)
def test_a_rows_word_that_is_a_number_word_is_read_as_one(s: str, english: bool, word: int) -> None:
    body = rows.find_body(s, english=english)
    assert body is not None
    low = lower(s)
    found = numbers.find_numbers(low, body)
    assert found == numbers.find_numbers(low)
    assert [n.value for n in found] == [31, 4, word, 3]


@pytest.mark.parametrize(
    ("s", "english"),
    [
        ("Between 7 a.m. and 9 a.m.: 3 over the Kursk Region and 9 over the Tula Region.", True),
        (
            "Перехвачены и уничтожены 8 БПЛА: 5 – над территорией Курской области и "
            "3 – над территорией Брянской области, где обломки упали в поле.",
            False,
        ),
    ],
)
def test_each_row_is_an_item_of_its_own(s: str, english: bool) -> None:
    # a row's separator is a cut however the words around the list read (a window's "and",
    # the verbs' "и", a "где" clause after the last row): one item a row
    body = rows.find_body(s, english=english)
    assert body is not None
    groups = places.find_groups(s, 0, english=english, body=body)
    found = counts.find_counts(s, lower(s), 0, body=body)
    items = reading.split_items(s, 0, groups, found, body)
    assert items == reading.split_items(s, 0, groups, found)
    texts = [s[it.start : it.end].lstrip() for it in items]
    assert len(texts) == 1 + len(body.rows)  # the lede, then the rows
    assert all(t.startswith(s[r[0] : r[3]]) for t, r in zip(texts[1:], body.rows, strict=True))


#: Adjectives a row may hold that open on the words the trigger's alternatives read after "над"
#: (a plural head, a part of a town, the writer's own area): each is checked against the trigger.
_TRIGGER_EDGE_WORDS = [
    "Курской", "Брянской", "Районахской", "Округахской", "Городахской", "Населенной",
    "Муниципалитетахской", "Заводской", "Центральной", "Портовой", "Складской", "Пригородной",
    "Окраинной", "Заправкинской", "Нашей", "Соседней", "Приграничной", "Территорией",
    "Акваторией", "Небесной", "Промзонной", "Побережьей", "Ёлкинской", "Терминальной",
]  # fmt: skip


def _trigger_rows(word: str, head: str, join: str) -> tuple[str, rows.Body]:
    text = (
        f"Уничтожены 9 БПЛА: 3 БПЛА – над территорией {word} {head}{join}5 – над территорией"
        f" Курской области{join}1 – над территорией {word} {head}."
    )
    body = rows.find_body(text, english=False)
    assert body is not None
    return text, body


@pytest.mark.parametrize("word", _TRIGGER_EDGE_WORDS)
@pytest.mark.parametrize("head", ["области", "края"])
@pytest.mark.parametrize("join", [", ", " и "])
def test_a_rows_trigger_is_the_triggers_match(word: str, head: str, join: str) -> None:
    """At each row but the body's last, the trigger ``places._next_trigger_around`` gives is
    ``_RU_TRIGGER``'s own match: the same start, end and text."""
    text, body = _trigger_rows(word, head, join)
    for row in body.rows:
        ours = places._next_trigger_around(
            places._RU_TRIGGER, places._RU_TRIGGER_START, text, row[0], body
        )
        theirs = places._RU_TRIGGER.match(text, row[2])
        assert ours is not None and theirs is not None
        assert (ours.start(), ours.end(), ours.group()) == (
            theirs.start(),
            theirs.end(),
            theirs.group(),
        )


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(r"[А-ЯЁ][а-яё]{1,16}(?:ой|ей|ого|его)", fullmatch=True),
    st.sampled_from(["области", "края"]),
    st.sampled_from([", ", " и "]),
)
def test_a_rows_trigger_is_the_triggers_match_for_any_word(word: str, head: str, join: str) -> None:
    """The same for any adjective the row's form reads."""
    test_a_rows_trigger_is_the_triggers_match(word, head, join)

"""Issue 10: the ministry's statements and governors' posts in forms the rules had not read.

Each case is a statement about the language, with reports written for these tests in our own
words (the stand-in gazetteer of conftest.py), grouped like the rules that read them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from parsing import lookup, parse
from tests.parsing.conftest import claim_rows


def _claims(text: str) -> list[tuple[str, str | None, int | None, str]]:
    """Each claim's area, district, count and the words it stands on."""
    return [
        (c.area_id, c.district_id, c.count, text[c.evidence[0] : c.evidence[1]])
        for r in parse(text)
        for c in r.claims
    ]


def _totals(text: str) -> list[int | None]:
    return [r.total for r in parse(text)]


# ---------------------------------------------------------------- paren_count: the place in parentheses


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "С 10.00 до 15.00 мск сбиты 14 БПЛА — 9 БПЛА (Курская обл.), 5 БПЛА (Брянская обл.).",
            [
                ("RU-KRS", None, 9, "9 БПЛА (Курская обл.)"),
                ("RU-BRY", None, 5, "5 БПЛА (Брянская обл.)"),
            ],
        ),
        (
            "Уничтожены 10 беспилотников: шесть (Белгородская область), четыре (Воронежская область).",
            [
                ("RU-BEL", None, 6, "шесть (Белгородская область)"),
                ("RU-VOR", None, 4, "четыре (Воронежская область)"),
            ],
        ),
        (
            "Над регионами сбиты три беспилотника (Республика Крым).",
            [("UA-43", None, 3, "три беспилотника (Республика Крым)")],
        ),
    ],
)
def test_a_place_in_parentheses_after_a_figure_is_the_figure_s(
    text: str, rows: list[tuple[str, str | None, int, str]]
) -> None:
    assert _claims(text) == rows


def test_a_time_before_a_parenthesised_place_is_no_figure() -> None:
    text = "В 14.00 (Курская область) объявлена опасность атаки БПЛА."
    assert _claims(text) == []


# ---------------------------------------------------------------- counts: a figure set right


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Над Курской областью сбиты не пять, как сообщалось ранее, а семь беспилотников.", 7),
        ("Уточнение: над Курской областью сбиты не 5 (как указывалось ранее), а 7 БПЛА.", 7),
        # the figure set aside keeps its noun
        ("Над Курской областью уничтожены не три беспилотника, как сообщалось ранее, а пять.", 5),
        ("Губернатор уточнил: над Курской областью сбиты не 4 украинских БПЛА, а 6.", 6),
        ("Над Курской областью перехвачены не шесть дронов (как указывалось утром), а восемь.", 8),
        ("В Курской области силами ПВО сбиты не два беспилотника, а три.", 3),
        (
            "Над Курской областью уничтожены не пять БПЛА, как ранее сообщал оперштаб, "
            "а 7 беспилотников.",
            7,
        ),
    ],
)
def test_a_correction_may_name_what_it_corrects_between_its_figures(text: str, figure: int) -> None:
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-KRS", figure)]
    assert _totals(text) == [figure]


# ---------------------------------------------------------------- name_dash_count: keycaps and the ministry's region


def test_keycap_numbers_of_a_list_are_no_figures() -> None:
    text = (
        "За ночь уничтожены 11 беспилотников:\n1\ufe0f\u20e3 Брянская область — 7\n"
        "2\ufe0f\u20e3 Курская область — 4"
    )
    assert _claims(text) == [
        ("RU-BRY", None, 7, "Брянская область — 7"),
        ("RU-KRS", None, 4, "Курская область — 4"),
    ]
    assert _totals(text) == [11]


@pytest.mark.parametrize(
    "row",
    ["▪️ Московский регион – 6, в том числе 4, летевших на Москву.", "▪️ 6 – Московский регион."],
)
def test_the_ministry_s_moscow_region_is_a_row_s_place(row: str) -> None:
    text = f"Ночью уничтожены 9 украинских БПЛА:\n▪️ Тульская область – 3\n{row}"
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-TUL", 3), ("RU-MOW+RU-MOS", 6)]
    assert _totals(text) == [9]


# ---------------------------------------------------------------- shared_count: "а также" in a flat list


def test_places_before_a_также_share_the_figure_of_the_place_after_it() -> None:
    text = (
        "Ночью над территориями Курской и Белгородской областей, а также над Брянской областью "
        "уничтожены 21 БПЛА."
    )
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [
        ("RU-KRS", None),
        ("RU-BEL", None),
        ("RU-BRY", None),
    ]
    assert _totals(text) == [21]


def test_a_также_between_rows_with_figures_keeps_each_figure() -> None:
    text = (
        "За ночь сбиты 12 БПЛА: 7 – над Ростовской областью, а также 5 – над Краснодарским краем."
    )
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-ROS", 7), ("RU-KDA", 5)]


# ---------------------------------------------------------------- recap_of_lines: a timed line is one event


def test_a_timed_line_equal_to_the_lines_before_it_is_one_more_line() -> None:
    text = (
        "01:10. ПВО отразили атаку двух БПЛА, летевших на Москву.\n"
        "02:20. Сбит еще один беспилотник.\n"
        "03:30. Уничтожены три беспилотника, летевших на Москву."
    )
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [
        ("RU-MOW", 2),
        ("RU-MOW", 1),
        ("RU-MOW", 3),
    ]


def test_an_untimed_line_equal_to_the_timed_lines_is_their_recap() -> None:
    text = (
        "01:10. Сбиты два беспилотника, летевших на Москву.\n"
        "02:20. Сбит еще один беспилотник.\n"
        "За ночь на подлете к Москве сбиты три беспилотника."
    )
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-MOW", 2), ("RU-MOW", 1)]
    assert _totals(text) == [3]


# ---------------------------------------------------------------- counts: one drone, a participle's clause between


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Беспилотник, летевший на Москву, сбит над Ступинским районом.",
            [
                ("RU-MOS", "RU-MOS:stupinsky", 1, "сбит над Ступинским районом"),
                ("RU-MOS", None, 1, "сбит над Ступинским районом"),
            ],
        ),
        (
            "Украинский БПЛА, пытавшийся атаковать Курск, уничтожен над Курской областью.",
            [("RU-KRS", None, 1, "уничтожен над Курской областью")],
        ),
    ],
)
def test_one_drone_and_its_verb_may_hold_a_participle_s_clause_between(
    text: str, rows: list[tuple[str, str | None, int, str]]
) -> None:
    assert _claims(text) == rows


# ---------------------------------------------------------------- segment: the night's running count


def test_a_bare_count_since_the_night_began_is_a_running_total_of_its_own() -> None:
    # (of the place the line before it tells: test_local_structures.py)
    text = "Сбиты еще два беспилотника, летевших на Москву. Всего с начала ночи — 12."
    assert [[(c.area_id, c.count) for c in r.claims] for r in parse(text)] == [
        [("RU-MOW", 2)],
        [("RU-MOW", 12)],
    ]
    assert _totals(text) == [2, 12]


def test_a_count_since_the_night_began_equal_to_the_lines_above_is_their_total() -> None:
    # a mayor's night in timed lines, then their sum: one report, its total the sum
    text = (
        "22:05. Уничтожен беспилотник, летевший на Москву.\n"
        "00:40. Сбиты ещё три беспилотника, летевшие на Москву.\n"
        "Итого с начала ночи сбиты четыре беспилотника."
    )
    assert [[(c.area_id, c.count) for c in r.claims] for r in parse(text)] == [
        [("RU-MOW", 1), ("RU-MOW", 3)]
    ]
    assert _totals(text) == [4]
    # a larger figure counts drones told elsewhere: still a running total of its own
    more = text.replace("четыре беспилотника", "девять беспилотников")
    assert [[(c.area_id, c.count) for c in r.claims] for r in parse(more)] == [
        [("RU-MOW", 1), ("RU-MOW", 3)],
        [("RU-MOW", 9)],
    ]
    assert _totals(more) == [None, 9]


def test_the_night_s_count_with_its_drones_is_the_report_s_figure() -> None:
    text = "С начала ночи силы ПВО сбили 17 беспилотников, летевших на Москву."
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-MOW", 17)]
    assert _totals(text) == [17]


# ---------------------------------------------------------------- of_which: the area attacked


def test_the_area_an_attack_was_made_on_takes_the_part_shot_down() -> None:
    text = "ВСУ атаковали Брянскую область 14 беспилотниками, 11 из них сбиты."
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-BRY", 11)]


def test_the_rest_downed_too_makes_all_of_the_attack_s_drones_down() -> None:
    text = "ВСУ атаковали Брянскую область 14 беспилотниками, 11 из них сбиты, остальные подавлены РЭБ."
    assert [(a, n) for a, _d, n, _w in _claims(text)] == [("RU-BRY", 14)]
    assert _totals(text) == [14]


@pytest.mark.parametrize(
    "text",
    [
        "Дроны атаковали Курскую область, пострадали два человека.",
        # the drones an attack was made with, after a bound with "чем", are no figure
        "ВСУ атаковали Белгородскую область более чем 120 беспилотниками.",
    ],
)
def test_an_attack_that_downs_nothing_gives_no_figure(text: str) -> None:
    assert [n for r in parse(text) for c in r.claims for n in [c.count] if n is not None] == []


def test_more_than_said_with_чем_is_a_bound() -> None:
    text = "Над Курской областью сбиты более чем 20 беспилотников."
    assert [(c.area_id, c.count, c.qualifier) for r in parse(text) for c in r.claims] == [
        ("RU-KRS", 20, "at_least")
    ]


# ---------------------------------------------------------------- fronted_place: a heading's colon


def test_an_attack_on_a_place_as_a_heading_names_where_its_drones_fell() -> None:
    text = "Атака беспилотников на Обнинск: силы ПВО сбили три БПЛА."
    assert claim_rows(text) == [
        ("RU-KLU", "RU-KLU:obninsk", 3),
        ("RU-KLU", None, 3),
    ]


# ---------------------------------------------------------------- places: names the grammar reads


def test_a_name_of_several_districts_after_a_district_of_one_region_is_that_region_s() -> None:
    text = "Над Тарусским районом сбиты два беспилотника, над Кировским районом — ещё один."
    assert claim_rows(text) == [
        ("RU-KLU", "RU-KLU:tarussky", 2),
        ("RU-KLU", None, None),
        ("RU-KLU", "RU-KLU:kirovsky", 1),
    ]
    assert [r.doubts for r in parse(text)] == [()]


def test_a_name_of_several_districts_with_no_district_of_one_region_stays_undecided() -> None:
    text = "Над Погарским районом сбиты два беспилотника, над Каменским районом — ещё один."
    assert claim_rows(text) == [
        ("RU-BRY", "RU-BRY:pogarsky", 2),
        ("RU-BRY", None, 2),
    ]
    assert [[why for why, _span in r.doubts] for r in parse(text)] == [["Каменский район"]]


@dataclass(frozen=True)
class _Town:
    kind: str
    id: str
    region_id: str
    name_ru: str
    name_en: str
    score: float = 1.0


@pytest.fixture
def hyphenated_town() -> Iterator[None]:
    """The stand-in gazetteer and a town named by a noun and an adjective."""
    town = _Town("district", "RU-ROS:kamensk", "RU-ROS", "Каменск-Шахтинский", "Kamensk")
    base = lookup._resolver

    def resolve(name: str, region: str | None = None) -> object:
        return town if name.lower() == "каменск-шахтинский" else base(name, region=region)

    lookup.use_resolver(resolve)
    yield
    lookup.use_resolver(base)


@pytest.mark.usefixtures("hyphenated_town")
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Над Каменском-Шахтинским ночью сбиты три беспилотника.", "Каменском-Шахтинским"),
        ("В Каменске-Шахтинском ночью сбиты три беспилотника.", "Каменске-Шахтинском"),
    ],
)
def test_a_town_of_a_noun_and_an_adjective_is_read_in_any_case(text: str, words: str) -> None:
    assert claim_rows(text) == [
        ("RU-ROS", "RU-ROS:kamensk", 3),
        ("RU-ROS", None, 3),
    ]
    assert _claims(text)[0][3].startswith(words)


def test_an_adjective_alone_after_a_preposition_is_still_no_place() -> None:
    assert _claims("Над Северо-Западным ночью сбиты два беспилотника.") == []


def test_a_colon_after_the_districts_head_opens_their_list() -> None:
    text = (
        "Над Калужской областью уничтожены 5 беспилотников в следующих районах: Кировском "
        "и Тарусском."
    )
    assert claim_rows(text) == [
        ("RU-KLU", None, 5),
        ("RU-KLU", "RU-KLU:kirovsky", None),
        ("RU-KLU", "RU-KLU:tarussky", None),
    ]


# ---------------------------------------------------------------- region_of_districts: a district by its head


def test_a_district_named_by_its_head_noun_names_its_region() -> None:
    text = "В Погарском районе обломки беспилотника повредили крышу дома."
    assert claim_rows(text) == [
        ("RU-BRY", "RU-BRY:pogarsky", None),
        ("RU-BRY", None, None),
    ]


def test_a_town_named_alone_does_not_name_its_region() -> None:
    text = "В Обнинске обломки беспилотника повредили крышу дома."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", None)]


# ---------------------------------------------------------------- a repelled attack before its drones are named


def test_an_attack_repelled_before_the_drones_are_named_names_their_place() -> None:
    text = "Ночью над Обнинском отражена атака. Сбиты три беспилотника, пострадавших нет."
    # (the town the attack was repelled over is where the three were downed, as after "отражена
    # атака на Обнинск": vocab.REPELLED_IN_RE, stop 47; the region's figure from it)
    assert claim_rows(text) == [
        ("RU-KLU", "RU-KLU:obninsk", 3),
        ("RU-KLU", None, 3),
    ]


def test_an_attack_repelled_in_a_text_with_missiles_waits_for_the_drones() -> None:
    text = "Ночью над Обнинском отражена атака ракет. Сбиты три беспилотника."
    assert claim_rows(text) == []


# ---------------------------------------------------------------- name_dash_count: districts written short


def test_a_governor_s_districts_written_short_are_rows() -> None:
    text = (
        "За сутки сбиты 9 БпЛА:\n— Белгородский р-н — 5;\n— Шебекинский г.о. — 3;\n"
        "— Грайворонский г. о. — 1."
    )
    assert claim_rows(text) == [
        ("RU-BEL", None, 9),
        ("RU-BEL", "RU-BEL:belgorodsky", 5),
        ("RU-BEL", "RU-BEL:shebekinsky", 3),
        ("RU-BEL", "RU-BEL:grayvoronsky", 1),
    ]


def test_okrugs_written_in_capitals_are_rows() -> None:
    text = (
        "Над Белгородской областью ночью сбиты 8 БпЛА:\n— Валуйский МО — 5;\n— Шебекинский ГО — 3."
    )
    assert claim_rows(text) == [
        ("RU-BEL", None, 8),
        ("RU-BEL", "RU-BEL:valuysky", 5),
        ("RU-BEL", "RU-BEL:shebekinsky", 3),
    ]


def test_a_town_s_row_may_open_with_g_as_an_address_does() -> None:
    text = (
        "Над Калужской областью сбиты 5 беспилотников:\n— г. Обнинск — 3;\n— Тарусский район — 2."
    )
    assert claim_rows(text) == [
        ("RU-KLU", None, 5),
        ("RU-KLU", "RU-KLU:obninsk", 3),
        ("RU-KLU", "RU-KLU:tarussky", 2),
    ]


def test_a_village_s_row_may_open_with_its_kind_written_short() -> None:
    text = "Над Белгородской областью сбиты 3 БпЛА:\n— с. Головчино — 2;\n— Шебекинский ГО — 1."
    assert claim_rows(text) == [
        ("RU-BEL", None, 3),
        ("RU-BEL", "RU-BEL:grayvoronsky", 2),
        ("RU-BEL", "RU-BEL:shebekinsky", 1),
    ]


# ---------------------------------------------------------------- all_destroyed: an attempt on a town


def test_an_attempt_to_attack_a_town_all_destroyed_is_that_town_s_figure() -> None:
    text = (
        "Противник предпринял попытку атаковать Обнинск шестью беспилотниками. Все они уничтожены."
    )
    assert claim_rows(text) == [
        ("RU-KLU", "RU-KLU:obninsk", 6),
        ("RU-KLU", None, 6),
    ]


def test_an_attempt_to_attack_a_town_alone_downs_nothing() -> None:
    text = "Противник предпринял попытку атаковать Обнинск шестью беспилотниками."
    assert [n for a, d, n, _w in _claims(text) if n is not None] == []

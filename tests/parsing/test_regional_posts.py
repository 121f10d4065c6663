"""Issue 10: regional officials' posts (governors, mayors, headquarters, district heads).

Rules about the language of such posts, each with reports written for these tests in our own
words (the stand-in gazetteer of conftest.py).
"""

from __future__ import annotations

import pytest

from parsing import parse
from tests.parsing.conftest import Row, claim_rows

# ---------------------------------------------------------------- one drone, a plain verb


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Над Новороссийском ликвидирован беспилотник.", "RU-KDA:novorossiysk"),
        ("Над Обнинском беспилотник нейтрализован.", "RU-KLU:obninsk"),
        # who downed it, between the verb and the drone
        ("В Ступинском районе подавлен средствами РЭБ беспилотник.", "RU-MOS:stupinsky"),
        ("Над Подольском сбит силами ПВО БПЛА.", "RU-MOS:podolsk"),
        ("Над Погаром уничтожен мобильной огневой группой дрон.", "RU-BRY:pogarsky"),
        # its type before it
        ("Над Погаром сбит самолётного типа БПЛА.", "RU-BRY:pogarsky"),
        (
            "В Ступинском районе уничтожен вражеский самолётного типа беспилотник.",
            "RU-MOS:stupinsky",
        ),
        # which of the day's drones it was: this one
        ("Над Подольском уничтожен второй за сутки беспилотник.", "RU-MOS:podolsk"),
    ],
)
def test_a_singular_short_participle_and_its_drone_are_one(text: str, district: str) -> None:
    area = district.split(":")[0]
    assert claim_rows(text) == [(area, district, 1), (area, None, 1)]


# ---------------------------------------------------------------- a district of another region


def test_a_district_by_its_head_noun_outside_the_region_in_context_is_no_guess() -> None:
    # a Bryansk post: the gazetteer's only "Тарусский район" is Kaluga's (a city's districts,
    # "Левобережный район" of a regional capital, are often missing from it the same way)
    text = "Над Брянской областью сбиты пять беспилотников. Обломки упали в Тарусском районе."
    assert claim_rows(text) == [("RU-BRY", None, 5)]


def test_the_same_district_is_read_where_its_region_is_the_one_in_context() -> None:
    text = "Над Калужской областью сбиты пять беспилотников. Обломки упали в Тарусском районе."
    assert claim_rows(text) == [("RU-KLU", None, 5), ("RU-KLU", "RU-KLU:tarussky", None)]


def test_a_district_with_no_region_in_context_is_still_read() -> None:
    text = "Обломки беспилотника упали в Тарусском районе."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:tarussky", None), ("RU-KLU", None, None)]


# ---------------------------------------------------------------- a district's head


@pytest.mark.parametrize(
    ("text", "district", "count"),
    [
        ("Глава Погарского района: над районом сбиты два беспилотника.", "RU-BRY:pogarsky", 2),
        (
            "Глава администрации Тарусского района сообщил, что на территории района "
            "подавлен беспилотник.",
            "RU-KLU:tarussky",
            1,
        ),
        # a name of districts in two regions: the region named with its head decides
        (
            "Глава Кировского района Калужской области: над районом уничтожены три БПЛА.",
            "RU-KLU:kirovsky",
            3,
        ),
    ],
)
def test_a_district_head_s_bare_district_is_his_own(text: str, district: str, count: int) -> None:
    area = district.split(":")[0]
    assert claim_rows(text) == [(area, district, count), (area, None, count)]


def test_a_district_head_whose_district_the_gazetteer_cannot_tell_names_no_place() -> None:
    text = "Глава Кировского района: над районом сбит беспилотник."
    assert [(r.total, r.claims) for r in parse(text)] == [(1, ())]


# ---------------------------------------------------------------- air defence at work over a town


@pytest.mark.parametrize(
    "opening",
    [
        "Над Обнинском работает ПВО.",
        "01:40 — над Обнинском работают средства ПВО.",
        "ПВО отражает атаку на Обнинск. Над Обнинском идёт отражение атаки.",
    ],
)
def test_air_defence_at_work_over_a_town_heads_the_figures_after_it(opening: str) -> None:
    text = f"{opening}\nУничтожены два беспилотника. Пострадавших нет."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)]


def test_a_figure_with_its_own_place_keeps_it_after_air_defence_at_work() -> None:
    text = "Над Обнинском работает ПВО.\nНад Подольском сбит беспилотник."
    assert claim_rows(text) == [("RU-MOS", "RU-MOS:podolsk", 1), ("RU-MOS", None, 1)]


# ---------------------------------------------------------------- where most of them were


@pytest.mark.parametrize(
    "most",
    [
        "Больше всего — над Погарским районом.",
        "Основная часть — над Погарским районом.",
    ],
)
def test_where_most_of_the_drones_were_is_named_without_a_figure(most: str) -> None:
    text = f"Над Брянской областью сбиты 20 беспилотников. {most}"
    assert claim_rows(text) == [("RU-BRY", None, 20), ("RU-BRY", "RU-BRY:pogarsky", None)]


# ---------------------------------------------------------------- the region said after the figure


def test_a_region_named_after_a_name_of_several_districts_decides_it() -> None:
    text = (
        "Отражена атака на Каменский район: сбиты два беспилотника, ещё один подавлен РЭБ. "
        "Ростовская область, пострадавших нет."
    )
    assert claim_rows(text) == [("RU-ROS", "RU-ROS:kamensky", 3), ("RU-ROS", None, 3)]


def test_a_region_named_after_with_figures_of_its_own_decides_nothing() -> None:
    text = "Над Каменским районом сбиты два беспилотника. Над Воронежской областью сбиты пять."
    reports = parse(text)
    assert claim_rows(text) == [("RU-VOR", None, 5)]
    assert [why for r in reports for why, _span in r.doubts] == ["Каменский район"]


# ---------------------------------------------------------------- an attack repelled, its drones counted


@pytest.mark.parametrize(
    "text",
    [
        "ПВО отразила атаку четырёх беспилотников на Обнинск, все они уничтожены.",
        "Отражена атака 4 БПЛА на Обнинск.",
        "Силы ПВО отразили атаку четырёх украинских беспилотников на Обнинск.",
    ],
)
def test_an_attack_repelled_with_its_drones_counted_is_over_its_target(text: str) -> None:
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", 4), ("RU-KLU", None, 4)]


def test_an_attack_on_a_town_that_was_not_repelled_names_no_figure_there() -> None:
    text = "ВСУ предприняли атаку четырёх беспилотников на Обнинск."
    assert claim_rows(text) == []


# ---------------------------------------------------------------- a region's name alone on top


@pytest.mark.parametrize(
    "heading",
    ["Калужская область.", "Калужская область:", "#Калужская область", "Калужская область"],
)
def test_a_heading_that_is_a_region_s_name_alone_places_a_figure_without_a_place(
    heading: str,
) -> None:
    text = f"{heading}\nЗа день уничтожены три беспилотника. Угрозы жителям нет."
    assert claim_rows(text) == [("RU-KLU", None, 3)]


def test_a_heading_is_the_region_the_republic_of_the_next_line_means() -> None:
    text = "Татарстан. Этой ночью над территорией республики сбиты два беспилотника."
    assert claim_rows(text) == [("RU-TA", None, 2)]


def test_a_heading_decides_between_districts_of_one_name_in_two_regions() -> None:
    text = "Подмосковье.\nНад Пушкинским районом сбиты два беспилотника."
    assert claim_rows(text) == [("RU-MOS", "RU-MOS:pushkinsky", 2), ("RU-MOS", None, 2)]


def test_a_heading_gives_nothing_to_a_figure_with_a_place_of_its_own() -> None:
    text = "Калужская область.\nНад Брянской областью сбиты два беспилотника."
    assert claim_rows(text) == [("RU-BRY", None, 2)]


# ---------------------------------------------------------------- a region counted district by district


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ночью над Погарским районом сбиты три беспилотника, ещё два — над Обнинском.",
            # two regions: each its own district's figure
            [
                ("RU-BRY", "RU-BRY:pogarsky", 3),
                ("RU-BRY", None, 3),
                ("RU-KLU", "RU-KLU:obninsk", 2),
                ("RU-KLU", None, 2),
            ],
        ),
        (
            "Над Обнинском уничтожены четыре дрона. Позже ещё один сбит над Тарусским районом.",
            [
                ("RU-KLU", "RU-KLU:obninsk", 4),
                ("RU-KLU", None, None),
                ("RU-KLU", "RU-KLU:tarussky", 1),
            ],
        ),
        (
            "В Шебекинском округе сбиты более 10 беспилотников, в Белгородском районе — шесть.",
            [
                ("RU-BEL", "RU-BEL:shebekinsky", 10),
                ("RU-BEL", None, None),
                ("RU-BEL", "RU-BEL:belgorodsky", 6),
            ],
        ),
    ],
)
def test_a_region_without_a_figure_of_its_own_has_none_beside_its_districts_figures(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    # the region row carries what the text states of the region: nothing (the map adds the
    # districts' figures up, store.reconcile)
    assert claim_rows(text) == rows
    # no sum was written: no total
    assert [r.total for r in parse(text)] == [None]


def test_a_bound_among_districts_figures_stays_its_district_s_and_the_region_gets_none() -> None:
    text = "В Шебекинском округе сбиты более 10 беспилотников, в Белгородском районе — шесть."
    assert [(c.district_id, c.count, c.qualifier) for r in parse(text) for c in r.claims] == [
        ("RU-BEL:shebekinsky", 10, "at_least"),
        (None, None, "exact"),
        ("RU-BEL:belgorodsky", 6, "exact"),
    ]


def test_districts_whose_figures_miss_a_written_total_give_the_region_no_sum() -> None:
    text = "Уничтожены 9 беспилотников: над Обнинском — четыре, над Тарусским районом — два."
    assert ("RU-KLU", None, None) in claim_rows(text)
    assert [r.total for r in parse(text)] == [9]


def test_a_town_named_only_for_its_damage_is_no_share_of_the_drones() -> None:
    # debris falls where drones were shot down: the town is where, not one more share
    text = (
        "Ночью над Калужской областью сбиты беспилотники: над Тарусским районом — три, "
        "над Кировским районом — два.\nВ Обнинске обломками повреждена крыша склада."
    )
    assert sorted(claim_rows(text), key=str) == sorted(
        [
            ("RU-KLU", "RU-KLU:tarussky", 3),
            ("RU-KLU", None, None),
            ("RU-KLU", "RU-KLU:kirovsky", 2),
            ("RU-KLU", "RU-KLU:obninsk", None),
        ],
        key=str,
    )
    assert [c.rule for r in parse(text) for c in r.claims if c.district_id == "RU-KLU:obninsk"] == [
        "place_of_damage"
    ]


def test_a_town_named_beside_the_drones_without_a_figure_still_stops_the_sum() -> None:
    # here the town is among the places drones were shot down over: its share is unknown
    text = (
        "Беспилотники сбиты над Тарусским районом — три, над Кировским районом — два, "
        "над Обнинском."
    )
    assert claim_rows(text) == [
        ("RU-KLU", "RU-KLU:tarussky", 3),
        ("RU-KLU", None, None),
        ("RU-KLU", "RU-KLU:kirovsky", 2),
        ("RU-KLU", "RU-KLU:obninsk", None),
    ]


@pytest.mark.parametrize(
    ("damage", "rows"),
    [
        (
            "В Тарусском районе в одном из сёл обломками повреждена крыша.",
            [("RU-KLU", None, 4), ("RU-KLU", "RU-KLU:tarussky", None)],
        ),
        (
            "На одном из предприятий Обнинска после падения обломков начался пожар.",
            [("RU-KLU", None, 4)],
        ),
    ],
)
def test_one_of_the_villages_or_plants_is_no_drone(damage: str, rows: list[Row]) -> None:
    text = f"Ночью над Калужской областью сбиты четыре беспилотника. {damage}"
    assert claim_rows(text) == rows
    assert [r.total for r in parse(text)] == [4]


def test_one_of_the_drones_is_still_one() -> None:
    text = (
        "Над Калужской областью сбиты пять БПЛА. Один из беспилотников сбит над Тарусским районом."
    )
    assert ("RU-KLU", "RU-KLU:tarussky", 1) in claim_rows(text)


# ---------------------------------------------------------------- an attack and no drone downed


@pytest.mark.parametrize(
    "text",
    [
        "Беспилотник атаковал склад в Подольске. Пострадал один человек.",
        "Дроны ВСУ атаковали Обнинск, повреждена крыша гаража, пострадавших нет.",
        "Ночью зафиксирован прилёт БПЛА в Подольск, выбиты окна в двух домах.",
    ],
)
def test_an_attack_the_text_tells_no_drone_downed_in_is_no_report(text: str) -> None:
    assert parse(text) == []


@pytest.mark.parametrize(
    "downed",
    [
        "Обломки упали на парковку.",  # what is left of a drone shot down
        "Над городом работает ПВО.",
        "Ещё один беспилотник подавлен РЭБ.",  # a verb that downs, without a place of its own
    ],
)
def test_the_same_attack_beside_a_drone_downed_names_the_town(downed: str) -> None:
    text = f"Беспилотник атаковал склад в Подольске. {downed}"
    assert ("RU-MOS", "RU-MOS:podolsk", None) in claim_rows(text)


# ---------------------------------------------------------------- people hurt where drones fell


@pytest.mark.parametrize(
    "hurt",
    [
        "В Погарском районе ранены двое мирных жителей.",
        "В Погарском районе погиб мужчина, ещё один человек ранен.",
        "Пострадала женщина в Погарском районе, её доставили в больницу.",
    ],
)
def test_people_hurt_after_the_figure_name_the_district_the_drones_fell_in(hurt: str) -> None:
    text = f"Над Брянской областью сбиты 12 беспилотников. {hurt}"
    assert claim_rows(text) == [("RU-BRY", None, 12), ("RU-BRY", "RU-BRY:pogarsky", None)]


# ---------------------------------------------------------------- "его сбили": the drone just named


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Над Брянской областью обнаружен беспилотник. Его сбили над Погарским районом.",
            [("RU-BRY", "RU-BRY:pogarsky", 1), ("RU-BRY", None, 1)],
        ),
        (
            "Над Курской областью обнаружен беспилотник. Он был подавлен средствами РЭБ.",
            [("RU-KRS", None, 1)],
        ),
        (
            "Над Обнинском появились несколько дронов. Их уничтожили силы ПВО.",
            [("RU-KLU", "RU-KLU:obninsk", None)],
        ),
    ],
)
def test_a_pronoun_that_opens_a_downing_sentence_is_the_drones_named_before(
    text: str, rows: list[tuple[str, str | None, int | None]]
) -> None:
    assert claim_rows(text) == rows


def test_a_pronoun_after_a_sentence_with_its_own_figure_adds_nothing() -> None:
    text = "Над Обнинском замечены три дрона. Их уничтожили силы ПВО."
    assert [c.count for r in parse(text) for c in r.claims if c.district_id] == [3]


def test_a_pronoun_with_no_drones_named_before_it_is_no_figure() -> None:
    text = "Над Обнинском работает ПВО. Жители слышали взрывы. Его сбили над Тарусским районом."
    assert all(c.count is None for r in parse(text) for c in r.claims)


# ---------------------------------------------------------------- a pronoun under a town's heading


@pytest.mark.parametrize(
    "text",
    [
        "Обнинск.\nНочью беспилотники пытались атаковать промзону. Они сбиты.",
        "Обнинск.\nУтром несколько дронов летели к нефтебазе. Все они уничтожены силами ПВО.",
        "Обнинск.\nБеспилотники пытались атаковать склад. Они все были подавлены РЭБ.",
    ],
)
def test_drones_a_pronoun_downs_with_no_place_are_over_the_town_the_heading_names(
    text: str,
) -> None:
    # the post's dateline is its place: the drones came at something inside the town
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", None), ("RU-KLU", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Обнинск.\nДва беспилотника пытались атаковать завод. Они были сбиты.",
        "Два беспилотника пытались атаковать Обнинск. Они уничтожены средствами ПВО.",
        "Два беспилотника пытались атаковать Обнинск. Они все сбиты.",
        "Two drones tried to attack Obninsk overnight. They were all shot down.",
    ],
)
def test_they_after_an_attempt_are_all_of_its_drones(text: str) -> None:
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)]


def test_a_pronoun_with_no_place_and_no_heading_is_still_no_claim() -> None:
    text = "Ночью беспилотники пытались атаковать промзону. Они сбиты."
    assert claim_rows(text) == []


# ---------------------------------------------------------------- an attack fronting the clause that downs


@pytest.mark.parametrize(
    "text",
    [
        "В результате атаки БПЛА на Обнинск силами ПВО сбиты два беспилотника.",
        "Во время атаки на Обнинск уничтожены два дрона, пострадавших нет.",
        "При атаке беспилотников на Обнинск дежурные средства ПВО сбили два аппарата.",
        "В ходе ночной атаки на Обнинск перехвачены два БПЛА.",
    ],
)
def test_the_attack_a_downing_clause_opens_on_is_where_its_drones_were_downed(text: str) -> None:
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)]


def test_a_place_of_its_own_after_the_attack_is_where_the_drones_were_downed() -> None:
    text = "Во время атаки на Обнинск над Тарусским районом сбиты два беспилотника."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:tarussky", 2), ("RU-KLU", None, 2)]


def test_an_attack_with_no_verb_that_downs_in_its_clause_is_no_place() -> None:
    text = (
        "Во время атаки на Обнинск пострадали два человека. Над Калужской областью сбиты три дрона."
    )
    assert claim_rows(text) == [("RU-KLU", None, 3)]


# ---------------------------------------------------------------- a district heading with its region


@pytest.mark.parametrize(
    ("text", "district", "count"),
    [
        (
            "Ступинский район Московской области: ночью сбиты два беспилотника.",
            "RU-MOS:stupinsky",
            2,
        ),
        # a name of districts in two regions: the region after it decides
        ("Кировский район Калужской области: уничтожены три БПЛА.", "RU-KLU:kirovsky", 3),
        ("Кировский район Ленобласти: уничтожены три БПЛА.", "RU-LEN:kirovsky", 3),
    ],
)
def test_a_district_heading_followed_by_its_region_places_the_figure(
    text: str, district: str, count: int
) -> None:
    area = district.split(":")[0]
    assert claim_rows(text) == [(area, district, count), (area, None, count)]


# ---------------------------------------------------------------- a town's name alone on top


def test_a_heading_that_is_a_town_s_name_alone_places_the_figures_under_it() -> None:
    text = "Обнинск.\nВ течение ночи силами ПВО уничтожены два беспилотника. Пострадавших нет."
    assert claim_rows(text) == [("RU-KLU", "RU-KLU:obninsk", 2), ("RU-KLU", None, 2)]


def test_a_heading_word_that_is_no_place_places_nothing() -> None:
    text = "Внимание.\nВ течение ночи силами ПВО уничтожены два беспилотника."
    assert [(r.total, r.claims) for r in parse(text)] == [(2, ())]


# ---------------------------------------------------------------- a conclusion that sums the lines


@pytest.mark.parametrize(
    "closing",
    [
        "Таким образом, за ночь — пять.",
        "Таким образом, всего за ночь — пять.",
        "Таким образом, за прошедшую ночь сбиты пять беспилотников.",
    ],
)
def test_a_conclusion_after_timed_lines_is_their_total_as_vsego_is(closing: str) -> None:
    lines = (
        "В 01:40 над Калужской областью сбиты два беспилотника.\n"
        "В 03:15 — ещё три над Тарусским районом.\n"
    )
    assert [r.total for r in parse(lines + closing)] == [5]
    assert [r.total for r in parse(lines + "Всего за ночь — пять.")] == [5]

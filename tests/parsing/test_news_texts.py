"""News texts the parser had not seen, written for this project in our own words (issue 10).

Each test is one rule about the language of news retellings: who said it, which side, which
night, and what is not a count. Grouped by the rule they decide.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

P = date(2025, 6, 3)  # a Tuesday


def _reports(text: str) -> list[tuple[str, str, int | None, list[tuple[str, int | None]]]]:
    return [
        (r.reporter, r.country, r.total, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, P)
    ]


def _nights(text: str) -> list[date | None]:
    return [r.night_of for r in parse(text, P)]


# --- who said it: "according to the ministry" --------------------------------------------------
def test_according_to_the_ministry_is_the_ministry() -> None:
    text = (
        "According to the ministry, 26 drones were destroyed over the Bryansk region "
        "and four over the Kursk region."
    )
    assert _reports(text) == [("mod", "RU", None, [("RU-BRY", 26), ("RU-KRS", 4)])]


def test_according_to_the_ministry_after_the_figures() -> None:
    text = (
        "Air defences brought down 11 Ukrainian drones overnight, according to the ministry. "
        "Seven of them were over the Belgorod region."
    )
    assert _reports(text) == [("mod", "RU", 11, [("RU-BEL", 7)])]


def test_according_to_another_ministry_is_nobody() -> None:
    text = "According to the ministry of health, two people were hurt after 5 drones were downed over the Tula region."
    assert [r.reporter for r in parse(text, P)] == ["media"]


# --- which side: Russia's words first, then Ukraine's ------------------------------------------
def test_russias_clause_then_kyivs_is_cut_in_two() -> None:
    text = (
        "Russia's defence ministry said it destroyed 30 drones over the Kursk region, while "
        "Ukraine's air force said it downed 41 of 60 Russian drones."
    )
    assert _reports(text) == [
        ("mod", "RU", 30, [("RU-KRS", 30)]),
        ("other", "UA", 41, []),
    ]


def test_a_russian_figure_is_never_ukraines_total() -> None:
    text = (
        "Russia's defence ministry said its units shot down 54 drones, while Kyiv said it had "
        "hit an airfield in the Saratov region."
    )
    assert _reports(text) == [("mod", "RU", 54, [])]


# --- which night: English night phrases ----------------------------------------------------------
def test_english_night_of_two_dates() -> None:
    for phrase in (
        "On the night of June 1 to 2",
        "On the night of June 1-2",
        "Over the night of 1-2 June",
        "During the night of 1 to 2 June",
    ):
        text = f"{phrase}, five drones were shot down over the Kursk region, the ministry said."
        assert _nights(text) == [date(2025, 6, 2)], phrase


def test_english_night_ending_on_a_weekday() -> None:
    for phrase in (
        "Overnight into Monday",
        "Overnight from Sunday into Monday",
        "On the night of Sunday to Monday",
        "On Sunday night",
    ):
        text = f"{phrase}, five drones were shot down over the Kursk region, the ministry said."
        assert _nights(text) == [date(2025, 6, 2)], phrase


def test_monday_night_is_the_night_after_monday() -> None:
    text = "On Monday night, air defences destroyed 9 drones over the Bryansk region, the ministry said."
    assert _nights(text) == [date(2025, 6, 3)]


# --- not a count: a drone that crashed ------------------------------------------------------------
def test_a_drone_that_had_crashed_into_a_house_is_damage() -> None:
    text = (
        "A Ukrainian drone was shot down over the Bryansk region, the ministry said. Earlier, "
        "the governor said a drone had crashed into a house in the Pogarsky district."
    )
    assert _reports(text) == [("mod", "RU", 1, [("RU-BRY", 1)])]


# --- a list that goes on: "N of them were over ..." ---------------------------------------------
def test_n_of_them_were_over_a_region_goes_on_with_the_list() -> None:
    text = (
        "Air defences brought down 11 Ukrainian drones overnight, the ministry said. "
        "Seven of them were over the Belgorod region."
    )
    assert _reports(text) == [("mod", "RU", 11, [("RU-BEL", 7)])]
    text_ru = "Ночью сбиты 11 беспилотников, сообщили в Минобороны. Семь из них — над Белгородской областью."
    assert _reports(text_ru) == [("mod", "RU", 11, [("RU-BEL", 7)])]


def _claims(text: str) -> list[list[tuple[str, str | None, int | None]]]:
    return [[(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, P)]


# --- who speaks for a region: a governor quoted inside the ministry's report ----------------------
def test_a_governor_quoted_without_figures_gives_the_ministry_no_region() -> None:
    text = (
        "Overnight, Russian forces downed 18 Ukrainian drones, the ministry said. The Belgorod "
        "region's governor, Vyacheslav Gladkov, said two people were wounded in a drone attack."
    )
    assert _reports(text) == [("mod", "RU", 18, [])]


# --- "Всего ..." sums up the speaker before it ---------------------------------------------------
def test_a_total_sentence_sums_up_the_governor_before_it() -> None:
    text = (
        "Губернатор Ростовской области сообщил, что ночью отражена атака беспилотников. "
        "Всего было уничтожено 8 БПЛА. "
        "Минобороны в свою очередь сообщило о 24 сбитых над Ростовской областью дронах."
    )
    assert _reports(text) == [
        ("governor", "RU", 8, [("RU-ROS", 8)]),
        ("mod", "RU", 24, [("RU-ROS", 24)]),
    ]


# --- places: "возле села X Y-ского района", fragments that fell, "the city of X" --------------------
def test_near_a_village_of_a_district_names_the_district() -> None:
    for near in ("Возле", "Недалеко от", "Около"):
        text = f"{near} села Никольское Белгородского района сбит беспилотник, сообщил Гладков."
        assert _claims(text) == [[("RU-BEL", "RU-BEL:belgorodsky", 1), ("RU-BEL", None, 1)]], near


def test_fragments_that_fell_name_the_place() -> None:
    text = (
        "Six drones were shot down overnight over the Kaluga region, the governor said. "
        "Fragments fell near the village of Lesnoye in the Tarussky district."
    )
    assert _claims(text) == [[("RU-KLU", None, 6), ("RU-KLU", "RU-KLU:tarussky", None)]]


def test_no_one_hurt_by_fragments_is_not_where_they_fell() -> None:
    text = (
        "Six drones were shot down over the Kaluga region, the governor said. No one was "
        "hurt by the fragments. A house was damaged in the Tarussky district."
    )
    assert parse(text, P)[0].damage == "A house was damaged in the Tarussky district."


def test_the_city_of_x_is_the_city_not_the_region() -> None:
    text = "Two drones were shot down in the city of Kursk, the governor said."
    assert _claims(text) == [[("RU-KRS", "RU-KRS:kursk", 2), ("RU-KRS", None, 2)]]


def test_the_cities_of_x_and_y_are_each_a_place() -> None:
    text = (
        "Air defence destroyed 9 drones over the cities of Novorossiysk and Slavyansk-on-Kuban, "
        "the regional headquarters said."
    )
    assert _claims(text) == [
        [
            ("RU-KDA", None, 9),
            ("RU-KDA", "RU-KDA:novorossiysk", None),
            ("RU-KDA", "RU-KDA:slavyansky", None),
        ]
    ]


# --- drones and missiles in one list: the place after both is the drones' ---------------------------
def test_drones_and_missiles_share_the_place_after_them() -> None:
    text = "Air defences shot down 7 drones and two missiles over the Belgorod region, the governor said."
    assert _claims(text) == [[("RU-BEL", None, 7)]]
    text_ru = "Ночью сбиты 9 беспилотников и две ракеты над Белгородской областью."
    assert _claims(text_ru) == [[("RU-BEL", None, 9)]]


def test_missiles_with_a_place_of_their_own_keep_it() -> None:
    text = "Air defences shot down 7 drones over the Kursk region and two missiles over the Belgorod region."
    assert _claims(text) == [[("RU-KRS", None, 7)]]


# --- the day before: another report --------------------------------------------------------------
def test_the_previous_days_figures_are_another_report() -> None:
    text = (
        "Governor Gladkov said two drones were shot down over the Belgorod district overnight. "
        "The previous day, he said, five drones had been downed over the Shebekino district."
    )
    assert _claims(text) == [
        [("RU-BEL", "RU-BEL:belgorodsky", 2), ("RU-BEL", None, 2)],
        [("RU-BEL", "RU-BEL:shebekinsky", 5), ("RU-BEL", None, 5)],
    ]
    text_ru = (
        "Над Брянской областью ночью сбиты три беспилотника, сообщил губернатор. "
        "Днем ранее над Погарским районом были уничтожены еще два."
    )
    assert _claims(text_ru) == [
        [("RU-BRY", None, 3)],
        [("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)],
    ]


# --- a speaker's title after a list of places is no place ----------------------------------------
def test_a_title_after_a_list_of_places_is_a_person() -> None:
    text = (
        "Air defences shot down drones over the Kursk and Belgorod regions, Governor Gladkov said."
    )
    assert _claims(text) == [[("RU-KRS", None, None), ("RU-BEL", None, None)]]


# --- "the border regions of A, B and C" ------------------------------------------------------------
def test_the_regions_of_a_b_and_c_are_each_named() -> None:
    text = (
        "The defence ministry said 19 drones were downed overnight, mostly over the border "
        "regions of Bryansk, Kursk and Belgorod."
    )
    assert _reports(text) == [
        ("mod", "RU", 19, [("RU-BRY", None), ("RU-KRS", None), ("RU-BEL", None)])
    ]


# --- what the speaker left open downs nothing --------------------------------------------------------
def test_without_saying_whether_drones_were_shot_down_is_no_report() -> None:
    text = (
        "A drone attack set fire to a fuel depot in the Bryansk region, the governor said, "
        "without saying whether any drones had been shot down."
    )
    assert parse(text, P) == []
    text_ru = "Беспилотник атаковал нефтебазу в Брянской области, сообщил губернатор, не уточнив, был ли он сбит."
    assert parse(text_ru, P) == []


def test_without_saying_how_many_keeps_the_place() -> None:
    text = "Air defences shot down drones over the Kursk region, the governor said, without saying how many."
    assert _claims(text) == [[("RU-KRS", None, None)]]


# --- where a drone came down names a place -------------------------------------------------------
def test_one_that_fell_in_a_district_names_it() -> None:
    text = (
        "Two drones were shot down over the Kaluga region overnight, the governor said. "
        "According to him, a drone fell in the Tarussky district."
    )
    assert _claims(text) == [[("RU-KLU", None, 2), ("RU-KLU", "RU-KLU:tarussky", None)]]


# --- "над городом", "over the city": the town named before -------------------------------------
def test_over_the_city_is_the_town_named_before() -> None:
    text = "Над Обнинском ночью сбит беспилотник. Еще два дрона уничтожены над городом утром."
    # (the town's "ещё два" adds to its one: the region's three)
    assert _claims(text) == [
        [
            ("RU-KLU", "RU-KLU:obninsk", 1),
            ("RU-KLU", None, 3),
            ("RU-KLU", "RU-KLU:obninsk", 2),
        ]
    ]
    text_en = (
        "A drone was shot down over Obninsk. Two more were downed over the city, the governor said."
    )
    assert _claims(text_en)[0][-1] == ("RU-KLU", "RU-KLU:obninsk", 2)


def test_in_the_city_is_not_read_as_the_town_before() -> None:
    text = (
        "A drone was shot down over Obninsk, the governor said. A journalist in the city "
        "said debris fell in the Tarussky district."
    )
    assert ("RU-KLU", "RU-KLU:obninsk", None) not in _claims(text)[0]


# --- a district told again without a figure is the counted one -----------------------------------
def test_a_counted_district_named_again_is_one_row() -> None:
    text = "Над Погарским районом сбит беспилотник. Обломки упали в Погарском районе."
    assert _claims(text) == [[("RU-BRY", "RU-BRY:pogarsky", 1), ("RU-BRY", None, 1)]]


# --- "Russia's military said": the ministry; Ukraine's "attacked with N" is launched ---------------
def test_russias_military_said_is_the_ministry() -> None:
    text = "Russia's military said it had destroyed 12 drones over the Belgorod region."
    assert _reports(text) == [("mod", "RU", 12, [("RU-BEL", 12)])]


def test_ukraine_attacked_with_n_is_no_total() -> None:
    text = (
        "Ukraine's air force said Russia had attacked the country with 88 drones overnight "
        "and that it had shot down 61 of them."
    )
    assert _reports(text) == [("other", "UA", 61, [])]


# --- a figure spread over several regions is no one region's ---------------------------------------
def test_a_figure_over_several_regions_never_goes_to_the_one_named() -> None:
    text = (
        "The ministry said 43 drones were destroyed over 8 regions, including the Bryansk region."
    )
    assert _reports(text) == [("mod", "RU", 43, [("RU-BRY", None)])]
    text_ru = "Над 8 регионами уничтожены 43 беспилотника, в том числе над Брянской областью."
    assert _reports(text_ru) == [("media", "RU", 43, [("RU-BRY", None)])]


# --- "a dozen", "two dozen" ----------------------------------------------------------------------
def test_dozens_of_drones() -> None:
    def one(text: str) -> tuple[int | None, str]:
        c = parse(text, P)[0].claims[0]
        return c.count, c.qualifier

    assert one("Two dozen drones were shot down over the Bryansk region.") == (24, "exact")
    assert one("More than a dozen drones were shot down over the Bryansk region.") == (
        12,
        "at_least",
    )
    assert one("About a dozen drones were downed over the Kursk region.") == (12, "approx")
    assert _claims("Dozens of drones were shot down over the Kursk region.") == [
        [("RU-KRS", None, None)]
    ]


# --- "Moscow" in an English list of regions: the ministry's Moscow Region ---------------------------
def test_moscow_in_a_list_of_regions_is_the_ministrys_moscow_region() -> None:
    text = "The drones were downed over the Bryansk and Moscow regions, the ministry said."
    assert _claims(text) == [[("RU-BRY", None, None), ("RU-MOW+RU-MOS", None, None)]]
    text_gov = "Drones were downed over the Tula and Moscow regions, the governor said."
    assert _claims(text_gov) == [[("RU-TUL", None, None), ("RU-MOS", None, None)]]


def test_a_block_of_other_stories_headlines_is_no_report() -> None:
    # a page's "Ещё по теме" heading and the headlines under it are other reports
    text = (
        "Над Калужской областью ночью сбиты четыре беспилотника, сообщил губернатор.\n\n"
        "Ещё по теме\n"
        "Над Белгородской областью уничтожены 8 дронов\n"
        "В Туле сбиты два беспилотника\n\n"
        "Related stories\n"
        "Drones downed over the Bryansk region\n\n"
        "Пострадавших нет."
    )
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text)] == [
        (4, [("RU-KLU", 4)])
    ]

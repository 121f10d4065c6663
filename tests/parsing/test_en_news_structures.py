"""English news retellings (issue 10), written for this project in our own words, grouped by
the structure of the sentence each rule reads: a list of places with a wider area among its
members (the figure is the whole list's, no one place's)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import FakePlace, resolving, with_places

SUNDAY = date(2026, 3, 15)

Rows = list[tuple[str, str | None, int | None]]

_SEVSKY = FakePlace("district", "RU-BRY:sevsky", "RU-BRY", "Севский район", "Sevsky")
_BASHKORTOSTAN = FakePlace("region", "RU-BA", None, "Республика Башкортостан", "Bashkortostan")
_YELABUZHSKY = FakePlace(
    "district", "RU-TA:yelabuzhsky", "RU-TA", "Елабужский район", "Yelabuzhsky"
)
_BUINSKY = FakePlace("district", "RU-TA:buinsky", "RU-TA", "Буинский район", "Buinsky")
_ISTRA = FakePlace("district", "RU-MOS:istra", "RU-MOS", "городской округ Истра", "Istra")
_KRASNOGORSK = FakePlace(
    "district", "RU-MOS:krasnogorsk", "RU-MOS", "городской округ Красногорск", "Krasnogorsk"
)
_NAVLINSKY = FakePlace("district", "RU-BRY:navlinsky", "RU-BRY", "Навлинский район", "Navlinsky")
#: Districts the shared stand-in gazetteer lacks, answered as the real one answers them.
_MORE = {
    "sevsky district": [_SEVSKY],
    "sevsky": [_SEVSKY],
    "navlinsky district": [_NAVLINSKY],
    "navlinsky": [_NAVLINSKY],
    "bashkortostan": [_BASHKORTOSTAN],
    "republic of bashkortostan": [_BASHKORTOSTAN],
    "yelabuga district": [_YELABUZHSKY],
    "yelabuga": [_YELABUZHSKY],
    "buinsk district": [_BUINSKY],
    "buinsk": [_BUINSKY],
    "istra urban district": [_ISTRA],
    "istra district": [_ISTRA],
    "istra": [_ISTRA],
    "krasnogorsk urban district": [_KRASNOGORSK],
    "krasnogorsk": [_KRASNOGORSK],
}


@pytest.fixture(autouse=True)
def more_places() -> Iterator[None]:
    with resolving(with_places(_MORE)):
        yield


def _read(text: str) -> list[tuple[Rows, int | None]]:
    return [
        ([(c.area_id, c.district_id, c.count) for c in r.claims], r.total)
        for r in parse(text, SUNDAY)
        if r.country == "RU"
    ]


# --- a list whose member is a wider area: the figure is the list's, no place's --------------
@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        # a headline's comma for "and", the wider area after the place
        (
            "Air defences destroy 40 Ukrainian drones over Bryansk, southern regions",
            [("RU-BRY", None, None)],
            40,
        ),
        # ... the place a name the gazetteer also knows as a village ("Volga")
        (
            "Russia downs 90 drones over Moscow, Volga regions overnight",
            [("RU-MOW", None, None)],
            90,
        ),
        # "and other regions" after a sentence's place
        (
            "The ministry said 25 drones were shot down over Moscow and several other regions.",
            [("RU-MOW", None, None)],
            25,
        ),
        # the wider area first, a sea after it
        (
            "Russian Air Defences Down 19 Drones Over Central Regions, Black Sea",
            [("SEA-BLACK", None, None)],
            19,
        ),
        # Russian: an adjective of the plural noun as the list's member
        (
            "Над Крымом и южными регионами ночью сбиты 30 беспилотников.",
            [("UA-43", None, None)],
            30,
        ),
        (
            "ПВО уничтожили 16 беспилотников над Белгородской областью и другими регионами.",
            [("RU-BEL", None, None)],
            16,
        ),
    ],
)
def test_a_wider_area_in_a_list_makes_its_figure_the_whole_lists(
    text: str, rows: Rows, total: int
) -> None:
    assert _read(text) == [(rows, total)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the rest over other regions is a row of its own: the first figure is the place's
        (
            "Air defences destroyed 30 drones: 20 over the Bryansk region and the rest over "
            "other regions.",
            [("RU-BRY", None, 20)],
        ),
        # so is a figure of the other regions' own
        (
            "Air defences destroyed 30 drones: 12 over the Kursk region, 18 over other regions.",
            [("RU-KRS", None, 12)],
        ),
        # a plural noun of its own clause
        (
            "Twelve drones were downed over the Belgorod region, one of three border regions.",
            [("RU-BEL", None, 12)],
        ),
    ],
)
def test_a_row_of_its_own_for_the_other_regions_leaves_the_place_its_figure(
    text: str, rows: Rows
) -> None:
    assert _read(text)[0][0] == rows


# --- air defence at work over places, after the figures: the places named -------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Seven drones were destroyed over the Bryansk region, the governor said. Air "
            "defences had been working over the Sevsky and Navlinsky districts.",
            [
                ("RU-BRY", None, 7),
                ("RU-BRY", "RU-BRY:sevsky", None),
                ("RU-BRY", "RU-BRY:navlinsky", None),
            ],
        ),
        (
            "Five drones were downed over the Belgorod region overnight. Air defence systems "
            "were active over the Shebekino and Belgorod districts, Gladkov added.",
            [
                ("RU-BEL", None, 5),
                ("RU-BEL", "RU-BEL:shebekinsky", None),
                ("RU-BEL", "RU-BEL:belgorodsky", None),
            ],
        ),
        (
            "Над Калужской областью уничтожены семь беспилотников. ПВО работала над Кировским и "
            "Тарусским районами.",
            [
                ("RU-KLU", None, 7),
                ("RU-KLU", "RU-KLU:kirovsky", None),
                ("RU-KLU", "RU-KLU:tarussky", None),
            ],
        ),
        (
            "Ночью над Калужской областью сбиты семь БПЛА. Средства ПВО работали над Тарусским и "
            "Кировским районами.",
            [
                ("RU-KLU", None, 7),
                ("RU-KLU", "RU-KLU:tarussky", None),
                ("RU-KLU", "RU-KLU:kirovsky", None),
            ],
        ),
    ],
)
def test_air_defence_at_work_after_the_figures_names_its_places(text: str, rows: Rows) -> None:
    assert [r for r, _ in _read(text)] == [rows]


def test_air_defence_at_work_before_any_figure_names_nothing() -> None:
    text = "Air defences were active over the Kirovsky and Tarussky districts overnight."
    assert _read(text) == []


# --- the object of a verb of harm counts people ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Drone attack wounds two in Russia's Kursk region, governor says\n\n"
            "Air defences downed four drones over the region, he added.",
            [("RU-KRS", None, 4)],
        ),
        (
            "Ukrainian drones kill one, injure five in Belgorod region\n\n"
            "Seven drones were destroyed over the region overnight, the governor said.",
            [("RU-BEL", None, 7)],
        ),
        (
            "Drone debris injures one in Voronezh region, where five drones were downed",
            [("RU-VOR", None, 5)],
        ),
        (
            "Drones attacked the Bryansk region overnight, wounding two, and air defences "
            "destroyed seven over the region, the governor said.",
            [("RU-BRY", None, 7)],
        ),
    ],
)
def test_the_object_of_a_verb_of_harm_is_no_figure_of_drones(text: str, rows: Rows) -> None:
    assert [r for r, _ in _read(text)] == [rows]


# --- a clause opened by "as" after the figure tells something else ---------------------------
@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        (
            "Russia claims 112 drones downed overnight as explosions reported in Saratov\n\n"
            "The defence ministry said 112 drones were shot down over 12 regions, including 40 "
            "over the Bryansk region and 17 over the Rostov region.",
            [("RU-BRY", None, 40), ("RU-ROS", None, 17)],
            112,
        ),
        (
            "Over 30 drones destroyed as blasts heard in Kursk, officials say\n\n"
            "Air defences destroyed more than 30 drones over Russian regions overnight, the "
            "defence ministry said, including 11 over the Belgorod region.",
            [("RU-BEL", None, 11)],
            30,
        ),
        (
            "Ministry says 25 drones destroyed overnight as smoke rises over Voronezh\n\n"
            "The defence ministry said 25 drones were downed across Russia, nine of them over "
            "the Belgorod region.",
            [("RU-BEL", None, 9)],
            25,
        ),
        # a town hit in the clause is where that happened, no place of the figure
        (
            "Air defences shot down 14 drones overnight as a fire broke out at a depot in Kursk "
            "city, the ministry said.",
            [("RU-KRS", "RU-KRS:kursk", None)],
            14,
        ),
    ],
)
def test_a_clause_opened_by_as_tells_no_place_of_the_figure(
    text: str, rows: Rows, total: int
) -> None:
    assert _read(text) == [(rows, total)]


@pytest.mark.parametrize(
    "text",
    [
        "Air defences downed as many as 20 drones over the Belgorod region.",
        "Air defences downed 20 drones over the Belgorod region as well as two over the sea.",
    ],
)
def test_as_inside_its_own_phrase_cuts_nothing(text: str) -> None:
    assert _read(text)[0][0][0] == ("RU-BEL", None, 20)


# --- a figure told again over several regions is no one region's -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russia says 40 drones downed as fire breaks out at oil depot in Kursk city\n\n"
        "Russia's defence ministry said 40 drones were destroyed over several regions "
        "overnight.",
        "Ministry says 30 drones downed as debris damages homes in Kursk city\n\n"
        "The ministry said 30 drones were destroyed over several regions overnight.",
        "Russia downs 22 drones, debris hits house in Kursk city\n\n"
        "The defence ministry said the 22 drones were destroyed over several regions.",
    ],
)
def test_a_figure_told_again_over_several_regions_is_no_one_regions(text: str) -> None:
    ((rows, _total),) = _read(text)
    assert [c for _a, _d, c in rows if c is not None] == []


# --- a headline's bare "ministry" opening its clause is the defence ministry -----------------
def _speakers(text: str) -> list[tuple[str, int | None]]:
    return [(r.reporter, r.total) for r in parse(text, SUNDAY) if r.country == "RU"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Drones target Kursk overnight, governor says; ministry reports 60 downed\n\n"
            "Air defences destroyed seven drones over the Kursk region overnight, the regional "
            "governor said.\n\nThe defence ministry said separately that 60 drones were "
            "intercepted over Russian regions overnight, including 20 over the Kursk region.",
            [("mod", 60), ("governor", 7)],
        ),
        (
            "Governor reports five drones downed over Belgorod; ministry says 41 destroyed\n\n"
            "Five drones were shot down over the Belgorod region, the governor said. The "
            "defence ministry said 41 drones were destroyed over several regions, 15 of them over "
            "the Bryansk region.",
            [("governor", 5), ("mod", 41)],
        ),
        ("Ministry says 25 drones destroyed overnight over Russian regions", [("mod", 25)]),
        ("Ministry reported 18 drones downed over several regions", [("mod", 18)]),
    ],
)
def test_a_headlines_bare_ministry_is_the_defence_ministry(
    text: str, want: list[tuple[str, int]]
) -> None:
    assert _speakers(text) == want


def test_a_ministry_with_a_name_before_it_is_another() -> None:
    text = "Emergencies ministry says five drones downed over the Kursk region"
    assert _speakers(text) == [("media", 5)]


# --- where debris fell is no place of the speaker's figure ------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Moscow Mayor Sergei Sobyanin said 20 drones had been destroyed overnight. Debris "
            "damaged a house in Podolsk, south of the capital, local officials said.",
            [("RU-MOW", None, 20), ("RU-MOS", "RU-MOS:podolsk", None)],
        ),
        (
            "Sobyanin said 14 drones were destroyed on their approach overnight. A car was "
            "damaged by debris in Ramenskoye.",
            [("RU-MOW", None, 14), ("RU-MOS", "RU-MOS:ramensky", None)],
        ),
        (
            "Мэр Москвы Сергей Собянин сообщил, что за ночь уничтожены 15 беспилотников. "
            "Обломки повредили дом в Подольске.",
            [("RU-MOW", None, 15), ("RU-MOS", "RU-MOS:podolsk", None)],
        ),
    ],
)
def test_where_debris_fell_leaves_the_speakers_figure_his_areas(text: str, rows: Rows) -> None:
    assert [r for r, _ in _read(text)] == [rows]


# --- the waters off a named coast are the place's --------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Two drones were shot down off the coast of Crimea, the ministry said.",
            [("UA-43", None, 2)],
        ),
        (
            "Air defences destroyed five drones over the Krasnodar region and three off the "
            "coast of Crimea.",
            [("RU-KDA", None, 5), ("UA-43", None, 3)],
        ),
        (
            "Four drones were destroyed off the shores of the Krasnodar region overnight.",
            [("RU-KDA", None, 4)],
        ),
    ],
)
def test_the_waters_off_a_named_coast_are_its_places(text: str, rows: Rows) -> None:
    assert [r for r, _ in _read(text)] == [rows]


# --- republics listed under one plural head: "the republics of X and Y" -----------------------
@pytest.mark.parametrize(
    ("text", "rows", "total"),
    [
        (
            "The ministry said 14 drones were destroyed over the republics of Tatarstan and "
            "Chuvashia overnight.",
            [("RU-TA", None, None), ("RU-CU", None, None)],
            14,
        ),
        # after a list of regions under their own head
        (
            "Air defences downed 20 drones over the Saratov and Samara regions and the republics "
            "of Mordovia and Tatarstan.",
            [
                ("RU-SAR", None, None),
                ("RU-SAM", None, None),
                ("RU-MO", None, None),
                ("RU-TA", None, None),
            ],
            20,
        ),
        # three names, commas between them
        (
            "Eleven drones were intercepted over the republics of Chuvashia, Mordovia and "
            "Tatarstan, the ministry said.",
            [("RU-CU", None, None), ("RU-MO", None, None), ("RU-TA", None, None)],
            11,
        ),
        (
            "Russia said its air defences shot down 9 UAVs over the republics of Bashkortostan "
            "and Tatarstan between noon and 3 p.m.",
            [("RU-BA", None, None), ("RU-TA", None, None)],
            9,
        ),
        # one republic, its head noun in lower case
        (
            "Nine drones were shot down over the republic of Mordovia, the ministry said.",
            [("RU-MO", None, 9)],
            9,
        ),
    ],
)
def test_republics_under_one_plural_head_are_each_a_place(
    text: str, rows: Rows, total: int
) -> None:
    assert _read(text) == [(rows, total)]


def test_the_republic_alone_is_still_the_speakers() -> None:
    text = "Mordovia's head said two drones were downed over the republic overnight."
    assert _read(text) == [([("RU-MO", None, 2)], 2)]


# --- a republic's "leader" speaks for it as its head does -------------------------------------
_AFTER_TWO_REPUBLICS = (
    "Russia said 16 drones were shot down over Tatarstan and Bashkortostan in the afternoon. "
)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Tatarstan's leader Rustam Minnikhanov said one drone was downed over the Yelabuga "
            "district.",
            "RU-TA:yelabuzhsky",
        ),
        (
            "Tatarstan leader Rustam Minnikhanov said one drone was downed over the Buinsk "
            "district.",
            "RU-TA:buinsky",
        ),
        (
            "The leader of Tatarstan said one UAV had been destroyed near Yelabuga.",
            "RU-TA:yelabuzhsky",
        ),
        (
            "Tatarstan's leader said on Tuesday that two drones had been downed near Yelabuga.",
            "RU-TA:yelabuzhsky",
        ),
    ],
)
def test_a_republics_leader_speaks_for_his_republic(text: str, district: str) -> None:
    rows, total = _read(_AFTER_TWO_REPUBLICS + text)[-1]
    assert (rows, total) == ([("RU-TA", district, total), ("RU-TA", None, total)], total)


# --- the drones' course after a bare figure: "including 19 approaching Moscow" ----------------
@pytest.mark.parametrize(
    "subset",
    [
        "including 19 approaching Moscow",
        "including 19 heading for Moscow",
        "including 19 headed for the capital",
        "including 19 which were flying towards Moscow",
        "including 19 that were approaching the Russian capital",
    ],
)
def test_a_figure_before_its_course_to_moscow_is_the_ministrys_subset(subset: str) -> None:
    text = (
        f"Russian air defences destroyed 105 Ukrainian drones overnight, {subset}, the defence "
        "ministry said."
    )
    assert _read(text) == [([], 105)]


def test_a_figure_before_its_course_is_the_mayors_figure() -> None:
    text = "Sobyanin said three drones that were approaching Moscow had been shot down."
    assert _read(text) == [([("RU-MOW", None, 3)], 3)]


# --- "a/an" and a drone noun: "of" or an article between opens another noun's phrase ----------
_THREE_OVER_RYAZAN = "Three drones were shot down over the Ryazan region overnight. "


@pytest.mark.parametrize(
    "text",
    [
        "As a result of the drone hitting a depot in the Shilovsky district, a tank caught fire.",
        "A section of the drone's wing landed in the Shilovsky district.",
        "A part of the downed drone landed in the Shilovsky district.",
        "A fragment of the drone was found in the Shilovsky district.",
        "A piece of a drone set fire to a shed in the Shilovsky district, the governor said.",
    ],
)
def test_a_noun_of_the_drone_is_no_drone_counted(text: str) -> None:
    reports = _read(_THREE_OVER_RYAZAN + text)
    assert [total for _rows, total in reports] == [3]
    assert ("RU-RYA", "RU-RYA:shilovsky", 1) not in reports[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian fixed-wing drone was shot down over the Shilovsky district.",
        "A Lyutyi-type drone was destroyed over the Shilovsky district.",
    ],
)
def test_a_drone_with_its_own_words_before_it_is_one(text: str) -> None:
    assert _read(text) == [([("RU-RYA", "RU-RYA:shilovsky", 1), ("RU-RYA", None, 1)], 1)]

"""Forms of the ministry's statements, in Russian and in the wires' English, that had lost a
figure, a place or a night (issue 10). Written for this project in our own words (the stand-in
gazetteer of conftest.py); grouped by the rule each one decides.

- ``counts._FOLLOW_OK``: "N of the fixed-wing UAVs were destroyed over X" is a part of the drones
  told before, its kind written with a hyphen ("fixed-wing", "long-range").
- ``places._EN_SEP``: inside a list, "the territories of" (plural) before a name is a land's head
  noun, as "the territory of" and "the waters of" are.
- ``places._EN_TRIGGER``: a place name the press quotes ('over the "Moscow region"', the
  ministry's own term) is read as without the marks; ``places._EN_SEP``: "and of the X regions"
  goes on with a list opened by "the territories of".
- ``counts._ONE_RU``: a singular drone noun before an impersonal plural verb ("дрон сбили на
  подлёте к X", "беспилотник уничтожили над X") is one drone; the indeclinable "БПЛА" is not.
- ``places._EN_SEP``: in a Title-Case headline a verb after a comma ("..., Intercept Two
  Missiles Over Azov Sea") opens a clause of its own, never one more name of the list.
- ``pipeline`` (a sentence's time): air defence downing only missiles tells no drone: the time
  of that sentence ("at about 9:00 a.m.") is no time of the drones' report.
- ``places`` (the Russian trigger) and ``apposed_place``: "упали в акваторию X моря", the
  accusative of "акватория", is where drones came down; in English "crashed in the northwestern
  part of Crimea" is where they came down, in that place.
- ``reading._ASIDE``: an adverbial participle set off by commas ("и, не достигнув целей,
  упали в ...") is an aside: the figure before it and the place after it are one item.
- ``retellings.headline_sums``: the lede under a headline that adds up the windows the body
  tells, as a headline may, is no total of the first window's report.
- ``time._BARE_WINDOW_RE``: two clocks joined by a dash with the zone after them, no "from"
  before ("08:00–14:00 Moscow time: 27 drones ...", "20:00–23:00 мск: 19 БПЛА") are a window.
- ``time.NIGHT_RE``: "On the night of August 26" (one date, the ministry's "в ночь на 26
  августа" translated) is the night ending that morning, in the year written after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse


def _rows(text: str, published: date | None = None) -> list[list[tuple[str, int | None]]]:
    return [sorted((c.area_id, c.count) for c in r.claims) for r in parse(text, published)]


# --- counts._FOLLOW_OK: "N of the fixed-wing UAVs" ----------------------------------------
@pytest.mark.parametrize(
    "kind", ["fixed-wing", "Ukrainian fixed-wing", "long-range", "Ukrainian", "aircraft-type"]
)
def test_a_part_of_the_drones_told_by_their_kind_keeps_its_place(kind: str) -> None:
    text = (
        "Air defences destroyed 10 drones overnight, the ministry said. Seven of the "
        f"{kind} UAVs were destroyed over the Kursk Region, three over the Bryansk Region."
    )
    assert _rows(text) == [[("RU-BRY", 3), ("RU-KRS", 7)]]


# --- places._EN_SEP: "the territories of" inside a list -----------------------------------
@pytest.mark.parametrize(
    "head", ["the territories of the", "the territory of the", "the waters of the", "the"]
)
def test_a_flat_list_names_every_place_whatever_head_noun_comes_before_it(head: str) -> None:
    text = (
        "On-duty air defence systems intercepted and destroyed 12 Ukrainian UAVs over the "
        f"waters of the Sea of Azov, {head} Kursk Region and the Rostov Region."
    )
    assert _rows(text) == [[("RU-KRS", None), ("RU-ROS", None), ("SEA-AZOV", None)]]


@pytest.mark.parametrize(("left", "right"), [('"', '"'), ("“", "”"), ("«", "»"), ("", "")])
def test_a_quoted_place_name_is_the_place(left: str, right: str) -> None:
    text = (
        "Between 11 p.m. and 7 a.m., 30 Ukrainian drones were destroyed, 12 of them over the "
        f"Kursk Region and nine over the {left}Moscow region{right}, the Defence Ministry said."
    )
    assert _rows(text) == [[("RU-KRS", 12), ("RU-MOW+RU-MOS", 9)]]


def test_and_of_the_goes_on_with_a_list_of_territories() -> None:
    text = (
        "Over the past night, air defence units destroyed 40 UAVs over the territories of the "
        "Kursk region and of the Tula, Kaluga and Bryansk regions, the Defence Ministry said."
    )
    assert _rows(text) == [[("RU-BRY", None), ("RU-KLU", None), ("RU-KRS", None), ("RU-TUL", None)]]


# --- places: "в акваторию" (accusative) -----------------------------------------------------
@pytest.mark.parametrize(
    "fell",
    ["упали в акваторию Черного моря", "упали в Черное море", "упали в акватории Черного моря"],
)
def test_drones_that_fell_into_the_sea_are_the_seas(fell: str) -> None:
    text = f"Семь беспилотников подавлены средствами РЭБ и {fell}."
    assert _rows(text) == [[("SEA-BLACK", 7)]]


@pytest.mark.parametrize("part", ["the northwestern part of ", "the north-western part of ", ""])
def test_drones_that_crashed_in_a_part_of_a_region_are_the_regions(part: str) -> None:
    text = (
        "Nine UAVs were destroyed by air defence systems over Crimea. Another 30 were suppressed "
        f"by electronic warfare and crashed in {part}Crimea without reaching their targets."
    )
    assert _rows(text) == [[("UA-43", 9), ("UA-43", 30)]]


# --- reading._ASIDE: an adverbial participle between commas -------------------------------
@pytest.mark.parametrize(
    "aside", ["не достигнув целей", "потеряв управление", "изменив курс", "не долетев до цели"]
)
def test_a_gerund_between_commas_keeps_the_figure_with_its_place(aside: str) -> None:
    text = (
        "Над Республикой Крым уничтожены пять украинских БПЛА. Ещё семь подавлены средствами "
        f"РЭБ и, {aside}, упали в акваторию Черного моря."
    )
    assert _rows(text) == [[("SEA-BLACK", 7), ("UA-43", 5)]]


def test_a_place_between_commas_is_no_aside() -> None:
    # a town between commas names a place of its own: never swallowed as a gerund
    text = "Над Брянской областью, у Погара, сбиты три беспилотника."
    (report,) = parse(text)
    assert ("RU-BRY", "RU-BRY:pogarsky", None) in [
        (c.area_id, c.district_id, c.count) for c in report.claims
    ]


# --- time.NIGHT_RE: "on the night of <date>" ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "night"),
    [
        (
            "On the night of August 26, an attempt to attack facilities in Crimea with drones "
            "was thwarted: nine UAVs were destroyed over the peninsula.",
            date(2024, 8, 26),
        ),
        (
            "On the night of 26 August, nine UAVs were destroyed over Crimea.",
            date(2024, 8, 26),
        ),
        (
            "On the night of July 24, 2023, the ministry said 17 drones had been downed over "
            "Crimea.",
            date(2023, 7, 24),
        ),
        (
            "On the night of August 25 to 26, nine UAVs were destroyed over Crimea.",
            date(2024, 8, 26),
        ),
        (
            "On the night to Monday, August 26, nine UAVs were destroyed over Crimea.",
            date(2024, 8, 26),
        ),
        ("The night to August 26 saw nine UAVs destroyed over Crimea.", date(2024, 8, 26)),
    ],
)
def test_the_night_of_one_date_ends_on_it(text: str, night: date) -> None:
    assert [r.night_of for r in parse(text, date(2024, 8, 26))] == [night]


def test_an_old_night_quoted_in_a_later_piece_is_a_report_of_its_own() -> None:
    text = (
        "Air defences destroyed 12 drones over the Rostov Region on Sunday morning, the "
        "ministry said. On the night of July 24, 2023, the ministry said 17 drones had been "
        "downed over Crimea."
    )
    reports = parse(text, date(2026, 10, 4))
    assert [(r.night_of, r.total) for r in reports][1:] == [(date(2023, 7, 24), 17)]
    assert _rows(text, date(2026, 10, 4)) == [[("RU-ROS", 12)], [("UA-43", 17)]]


# --- retellings.headline_sums: a lede that adds up the windows --------------------------------
_LEDE_OVER_WINDOWS = (
    "Air defences down drones over two regions - MoD\n\n"
    "MOSCOW, May 10. /TASS/. Russian air defences destroyed {lede} over the Kursk and Belgorod "
    "regions late on Thursday and early on Friday, the Russian Defence Ministry reported.\n\n"
    '"On May 9, between 8:00 p.m. and 10:00 p.m. Moscow time, attempts by the Kyiv regime to '
    "carry out terrorist attacks were thwarted. On-duty air defence systems destroyed five UAVs "
    'over the Kursk Region," the ministry said on its Telegram channel.\n\n'
    '"From 11:00 p.m. Moscow time on May 9 to 6:00 a.m. Moscow time on May 10, on-duty air '
    "defence systems destroyed seven UAVs: four over the Belgorod Region and three over the "
    'Kursk Region," the ministry added.'
)


@pytest.mark.parametrize("lede", ["12 Ukrainian drones", "twelve drones"])
def test_a_lede_adding_up_the_windows_is_no_total_of_the_first(lede: str) -> None:
    reports = parse(_LEDE_OVER_WINDOWS.format(lede=lede), date(2024, 5, 10))
    assert [(r.total, sorted((c.area_id, c.count) for c in r.claims)) for r in reports] == [
        (5, [("RU-KRS", 5)]),
        (7, [("RU-BEL", 4), ("RU-KRS", 3)]),
    ]


def test_a_lede_with_a_figure_the_windows_do_not_add_up_to_stays_the_total() -> None:
    # 15 is not 5 + 7: the lede tells more than the two windows, and stays the first window's
    # total as it was read before
    reports = parse(_LEDE_OVER_WINDOWS.format(lede="15 drones"), date(2024, 5, 10))
    assert [r.total for r in reports] == [15, 7]


# --- places._EN_SEP: a Title-Case headline's second verb ---------------------------------------
@pytest.mark.parametrize("verb", ["Intercept", "Destroy", "Down"])
def test_a_headlines_verb_after_a_comma_ends_the_list_of_places(verb: str) -> None:
    text = f"Air Defences Down 3 Drones Over Bryansk Region, {verb} Two Missiles Over Azov Sea"
    assert _rows(text) == [[("RU-BRY", 3)]]


# --- pipeline: the time of a sentence about missiles only ---------------------------------------
def test_the_time_missiles_were_downed_is_no_time_of_the_drones() -> None:
    text = (
        "Air defence systems destroyed three Ukrainian UAVs over the Bryansk Region overnight, "
        "the ministry said. The ministry added that two S-200 air defence missiles were "
        "intercepted over the Sea of Azov at about 9:00 a.m. Moscow time."
    )
    (report,) = parse(text, date(2023, 10, 15))
    assert (report.window, report.night_of, report.total) == (None, date(2023, 10, 15), 3)


# --- counts._ONE_RU: "беспилотник сбили" ------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Губернатор уточнил, что дрон сбили над Погаром.",
        "Беспилотник уничтожили над Погаром.",
        "Украинский беспилотник перехватили над Погаром.",
    ],
)
def test_a_singular_drone_before_an_impersonal_verb_is_one(sentence: str) -> None:
    (report,) = parse(sentence)
    assert report.total == 1
    assert ("RU-BRY", "RU-BRY:pogarsky", 1) in [
        (c.area_id, c.district_id, c.count) for c in report.claims
    ]


def test_the_indeclinable_bpla_before_an_impersonal_verb_is_no_figure() -> None:
    # "БПЛА сбили над X" may be one drone or many: no figure is read from it
    (report,) = parse("БПЛА сбили над Погаром.")
    assert [c.count for c in report.claims if c.district_id is None] in ([], [None])


# --- time._BARE_WINDOW_RE: "08:00–14:00 Moscow time" --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "- 08:00–14:00 Moscow time: 27 drones were destroyed over the Kursk Region.",
        "08:00-14:00 Moscow time - 27 drones were destroyed over the Kursk Region.",
        "▪️ 08:00–14:00 мск: над Курской областью уничтожены 27 БПЛА.",
    ],
)
def test_two_clocks_joined_by_a_dash_before_the_zone_are_a_window(text: str) -> None:
    (report,) = parse(text, date(2026, 9, 18))
    assert report.window is not None
    assert (report.window.start.hour, report.window.end.hour, report.total) == (8, 14, 27)


@pytest.mark.parametrize(
    "text",
    [
        "Счёт матча 2:1–3:0, а над Курской областью уничтожены 27 БПЛА.",
        "В 08:00–14:00 над Курской областью уничтожены 27 БПЛА.",
    ],
)
def test_two_clocks_joined_by_a_dash_without_the_zone_are_no_window(text: str) -> None:
    (report,) = parse(text, date(2026, 9, 18))
    assert (report.window, report.total) == (None, 27)

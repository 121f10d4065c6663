"""Governors' posts: structures discovery104 showed (stop 46), in our own wording.

Each test is a text written for it; none is a sentence of the working set or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 3, 11)
GOVERNOR = "Губернатор Белгородской области"
SAMARA = "Губернатор Самарской области"


def reports(text: str, source: str | None = GOVERNOR) -> list[tuple[int | None, list[tuple]]]:
    """Each report's total and its claims as (area, district, count)."""
    return [
        (r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY, source=source)
    ]


def holds(text: str, source: str, claim: tuple) -> int | None:
    """The total of the text's one report, which must hold ``claim``."""
    [(total, claims)] = reports(text, source)
    assert claim in claims, claims
    return total


# --- an update's whole over the places it names (segment._marked_whole) ----------------------


def test_update_whole_shared_by_districts_is_a_report_of_its_own() -> None:
    text = (
        "Ночью над Сызранью сбиты три беспилотника. Пострадавших нет.\n\n"
        "Дополнено 06:10: всего за ночь над Сызранью и Сызранским районом уничтожено девять "
        "беспилотников."
    )
    assert reports(text, SAMARA) == [
        (3, [("RU-SAM", "RU-SAM:syzran", 3), ("RU-SAM", None, 3)]),
        (
            9,
            [
                ("RU-SAM", "RU-SAM:syzran", None),
                ("RU-SAM", None, 9),
                ("RU-SAM", "RU-SAM:syzransky", None),
            ],
        ),
    ]


def test_shared_figure_with_no_mark_after_an_update_label_is_more() -> None:
    # no "всего": the update tells drones of its own, never the night's whole
    text = (
        "Ночью над Сызранью сбиты три беспилотника.\n\n"
        "Дополнено 06:10: над Сызранью и Сызранским районом уничтожены ещё два беспилотника."
    )
    got = reports(text, SAMARA)
    assert [total for total, _ in got] == [3, 2]


# --- the present tense of an attack names the place attacked (places._PLACE_PREP) -------------


def test_present_tense_attack_names_the_town_a_later_over_the_city_means() -> None:
    text = "Противник атакует Энгельс беспилотниками. Над городом пока сбиты два дрона."
    got = reports(text, "Губернатор Саратовской области")
    assert got == [(2, [("RU-SAR", "RU-SAR:engelssky", 2), ("RU-SAR", None, 2)])]


def test_present_tense_attack_of_a_region_with_its_drones_after_it() -> None:
    text = "ВСУ атакует Курскую область дронами, над регионом уничтожены пять беспилотников."
    assert reports(text, source="Губернатор Курской области") == [(5, [("RU-KRS", None, 5)])]


# --- a later report's "ещё N, все над X" (place_rules.rule_all_of_count) ---------------------

BRYANSK = "Губернатор Брянской области"


def test_more_drones_all_over_one_district_give_it_their_figure() -> None:
    text = "Ночью над Брянской областью сбиты пять беспилотников.\n\nУтром — ещё четыре, все над Погарским районом."
    assert reports(text, BRYANSK) == [
        (5, [("RU-BRY", None, 5)]),
        (4, [("RU-BRY", "RU-BRY:pogarsky", 4), ("RU-BRY", None, 4)]),
    ]


def test_more_drones_both_over_one_district_in_one_sentence() -> None:
    text = "Днём сбиты ещё два беспилотника, оба над Погарским районом."
    assert reports(text, BRYANSK) == [(2, [("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)])]


# --- a tally of the text's own reports (segment._tallies_the_reports) -------------------------

NIGHT_THEN_MORNING = (
    "Ночью над Брянской областью сбиты пять беспилотников.\n\n"
    "Утром — ещё четыре, все над Погарским районом.\n\n"
)


def test_tally_of_the_night_and_the_morning_is_a_report_of_its_own() -> None:
    text = NIGHT_THEN_MORNING + "Всего за ночь и утро — 9 БПЛА. Пострадавших нет."
    assert reports(text, BRYANSK) == [
        (5, [("RU-BRY", None, 5)]),
        (4, [("RU-BRY", "RU-BRY:pogarsky", 4), ("RU-BRY", None, 4)]),
        (9, []),
    ]


def test_tally_with_no_time_of_its_own_is_a_report_of_its_own_too() -> None:
    text = (
        "Ночью над Брянской областью сбиты пять беспилотников. Утром над Погарским районом "
        "уничтожены ещё два. Итого — семь."
    )
    assert [total for total, _ in reports(text, BRYANSK)] == [5, 2, 7]


def test_whole_that_is_not_the_reports_sum_stays_the_nights_total() -> None:
    # 11 is neither 5 nor 5 + 4: the night's whole, whatever else it counts
    text = NIGHT_THEN_MORNING + "Всего за ночь — 11 БПЛА."
    assert [total for total, _ in reports(text, BRYANSK)] == [11, 4]


# --- a correction that names the figure it sets aside (report_rules._figure_set_aside) --------

KURSK = "Губернатор Курской области"


def test_set_aside_figure_of_the_region_takes_the_districts_correction() -> None:
    text = (
        "Ночью над Курской областью сбиты три беспилотника. Пострадавших нет.\n\n"
        "По уточнённым данным, над Курском уничтожены не три, а пять БПЛА."
    )
    assert reports(text, KURSK) == [(5, [("RU-KRS", None, 5), ("RU-KRS", "RU-KRS:kursk", 5)])]


def test_set_aside_figure_of_another_region_stays() -> None:
    # the correction names a town of Kursk Oblast: Bryansk's three are not the ones set aside
    text = (
        "Ночью над Курской областью сбиты три беспилотника, над Брянской — три.\n\n"
        "По уточнённым данным, над Курском уничтожены не три, а пять БПЛА."
    )
    got = reports(text, None)
    assert got == [
        (
            None,
            [("RU-KRS", None, 5), ("RU-BRY", None, 3), ("RU-KRS", "RU-KRS:kursk", 5)],
        )
    ]


def test_correction_with_a_bound_sets_no_figure_aside() -> None:
    from parsing.counts import figures_set_right

    assert [(x.old, x.new) for x in figures_set_right("сбиты не 4 (как сообщалось), а 6")] == [
        (4, 6)
    ]
    assert figures_set_right("сбиты не 15, а более 17 беспилотников") == []


# --- a town's figure told ahead of its rows, a bare sea among them ---------------------------
# (report_rules.rule_whole_told_before_its_rows)

KRASNODAR = "Губернатор Краснодарского края"


def test_town_figure_over_the_town_and_the_bare_sea_is_the_whole() -> None:
    text = (
        "Ночью на подлёте к Новороссийску уничтожены девять беспилотников. Шесть сбиты над "
        "городом, три над морем."
    )
    assert holds(text, KRASNODAR, ("RU-KDA", "RU-KDA:novorossiysk", 6)) == 9
    [(_total, claims)] = reports(text, KRASNODAR)
    assert ("RU-KDA", "RU-KDA:novorossiysk", 9) not in claims
    # the region's figures (the town's and its waters') add up to the whole
    assert sum(n or 0 for area, district, n in claims if district is None) == 9


def test_town_figure_that_is_not_the_sum_stays_the_towns() -> None:
    text = (
        "Ночью на подлёте к Новороссийску уничтожены десять беспилотников. Шесть сбиты над "
        "городом, три над морем."
    )
    [(_total, claims)] = reports(text, KRASNODAR)
    assert ("RU-KDA", "RU-KDA:novorossiysk", 10) in claims


# --- English: drones downed "as they approached" a town (places._EN_TRIGGER_ALTS) ------------

NEWS = "news site (English)"


def test_drones_downed_as_they_approached_a_town_are_its() -> None:
    text = "Six drones were destroyed overnight as they approached Cheboksary, officials said."
    assert reports(text, NEWS) == [(6, [("RU-CU", "RU-CU:cheboksary", 6), ("RU-CU", None, 6)])]


def test_drones_that_approached_moscow_are_no_town_of_a_region() -> None:
    text = "Three drones were shot down as they approached Moscow, the mayor said."
    assert all(
        district is None for _t, claims in reports(text, NEWS) for _a, district, _n in claims
    )


# --- English: a possessive after a name is who speaks, no place of the list ------------------
# (places._POSSESSIVE_AFTER)


def test_name_owning_the_speaker_after_a_town_is_no_place() -> None:
    text = (
        "Seven drones were destroyed near Syzran, the Samara region's emergency headquarters said."
    )
    assert reports(text, NEWS) == [(7, [("RU-SAM", "RU-SAM:syzran", 7), ("RU-SAM", None, 7)])]


def test_region_owning_its_district_in_a_list_stays_a_place() -> None:
    text = "Drones were downed over the Kursk region and the Bryansk region's Pogarsky district."
    places = {(a, d) for _t, claims in reports(text, NEWS) for a, d, _n in claims}
    assert {("RU-KRS", None), ("RU-BRY", "RU-BRY:pogarsky")} <= places


# --- a date alone above the headline (vocab.ABOVE_HEADLINE_RE, ``_DATE_LINE``) ----------------


def test_headline_under_a_dateline_retells_the_body() -> None:
    text = (
        "Wed 12 Mar 2025\n\n"
        "Samara governor says four drones downed near refinery\n\n"
        "Four Ukrainian drones were shot down over the Syzransky district of the Samara region "
        "on Wednesday evening, Governor Vyacheslav Fedorishchev said."
    )
    got = reports(text, NEWS)
    assert got == [(4, [("RU-SAM", "RU-SAM:syzransky", 4), ("RU-SAM", None, 4)])]


def test_dateline_forms_stand_above_a_headline() -> None:
    from parsing.vocab import ABOVE_HEADLINE_RE

    for line in (
        "Tue 18 Mar 2025",
        "March 18, 2025",
        "18 марта 2025",
        "🗓 18.03.2025",
        "18.03.2025 07:40",
    ):
        assert ABOVE_HEADLINE_RE.fullmatch(line), line
    for line in ("Четыре беспилотника сбиты над Сызранью", "Pskov governor: drones downed"):
        assert not ABOVE_HEADLINE_RE.fullmatch(line), line


# --- English "on the territory of" (places._EN_TRIGGER_ALTS) ----------------------------------


def test_drones_downed_on_the_territory_of_a_region_are_its() -> None:
    text = "Three drones were shot down on the territory of the Kursk region, the governor said."
    assert reports(text, NEWS) == [(3, [("RU-KRS", None, 3)])]


def test_debris_on_the_territory_of_a_district_names_it() -> None:
    text = (
        "Four drones were destroyed over the Samara region. Debris fell on the territory of the "
        "Syzransky district, where a barn caught fire."
    )
    assert holds(text, NEWS, ("RU-SAM", "RU-SAM:syzransky", None)) == 4


# --- a fire put out is no drone downed (vocab.NOT_DOWNED) -------------------------------------

CHUVASHIA = "Глава Чувашской Республики"


def test_a_drones_hit_with_its_fire_put_out_is_no_report() -> None:
    text = (
        "Утром беспилотник атаковал склад в Сызранском районе. В результате попадания возник "
        "пожар, его ликвидировали за сорок минут. Пострадавших нет."
    )
    assert reports(text, SAMARA) == []


def test_a_fire_put_out_beside_drones_downed_leaves_the_figure() -> None:
    text = (
        "Над Чебоксарами сбиты два беспилотника. Обломки повредили склад, возгорание было "
        "оперативно ликвидировано."
    )
    assert reports(text, CHUVASHIA) == [(2, [("RU-CU", "RU-CU:cheboksary", 2), ("RU-CU", None, 2)])]


def test_drones_liquidated_stay_drones_downed() -> None:
    from parsing.vocab import NOT_DOWNED_RE

    assert NOT_DOWNED_RE.search("пожар не допущен, ликвидированы три бпла") is None
    assert NOT_DOWNED_RE.search("над районом ликвидированы два беспилотника") is None


def test_a_figure_set_right_is_read_in_each_order_and_in_english() -> None:
    from parsing.counts import figures_set_right

    text = "поправка: не 3 дрона, а 4. correction: 9, not 8. it was not 2 but 5; 6, а не 7"
    found = figures_set_right(text)
    assert [(x.old, x.new) for x in found] == [(3, 4), (8, 9), (2, 5), (7, 6)]
    # each span holds the words of both figures
    assert [text[x.start : x.end] for x in found] == [
        "не 3 дрона, а 4",
        "9, not 8",
        "not 2 but 5",
        "6, а не 7",
    ]

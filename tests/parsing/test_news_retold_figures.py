"""Russian news with several speakers: structures discovery106 showed (stop 47), in our own
wording.

Each test is a text written for it; none is a sentence of the working set or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

from parsing import parse
from parsing.diagnostics import diagnose

DAY = date(2025, 4, 16)


def reports(text: str, source: str | None = None) -> list[tuple[int | None, list[tuple]]]:
    """Each report's total and its claims as (area, district, count)."""
    return [
        (r.total, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, DAY, source=source)
    ]


# --- a participle that downs the drones counted before it (count_rules._downed_participle_inside)


def test_participle_between_commas_gives_its_place_before_the_list_goes_on() -> None:
    text = (
        "В Минобороны рассказали о шести беспилотниках, уничтоженных над Брянской областью, "
        "и трёх — над Курской."
    )
    assert reports(text) == [(None, [("RU-BRY", None, 6), ("RU-KRS", None, 3)])]


def test_participle_over_a_sea_before_a_region() -> None:
    text = (
        "Ведомство отчиталось о семи дронах, перехваченных над акваторией Азовского моря, "
        "и одном — над Краснодарским краем."
    )
    assert reports(text) == [(None, [("SEA-AZOV", None, 7), ("RU-KDA", None, 1)])]


def test_participle_at_the_end_is_read_as_before() -> None:
    text = "Военные сообщили о четырёх беспилотниках, сбитых над Белгородской областью."
    assert reports(text) == [(4, [("RU-BEL", None, 4)])]


# --- an earlier night recalled beside tonight's (time.NIGHT_RE: "накануне ночью", "ночью на ...")


def nights(text: str, source: str | None = None) -> list[tuple[date | None, int | None]]:
    """Each report's night and total."""
    return [(r.night_of, r.total) for r in parse(text, DAY, source=source)]


def test_the_night_before_is_a_report_of_its_own() -> None:
    text = (
        "Этой ночью над Брянской областью уничтожены шесть беспилотников, сообщил губернатор. "
        "Накануне ночью над регионом были сбиты 14 БПЛА."
    )
    assert nights(text) == [(date(2025, 4, 16), 6), (date(2025, 4, 15), 14)]
    assert reports(text)[1] == (14, [("RU-BRY", None, 14)])


def test_the_night_before_told_after_its_figure() -> None:
    text = (
        "За ночь над Курской областью сбиты три дрона. Над регионом сбили 9 беспилотников "
        "ночью накануне."
    )
    assert nights(text) == [(date(2025, 4, 16), 3), (date(2025, 4, 15), 9)]


def test_a_previous_night_by_its_adjective() -> None:
    text = (
        "Ночью над Белгородской областью перехвачены пять беспилотников. В предыдущую ночь "
        "над областью было уничтожено 12 БПЛА."
    )
    assert nights(text) == [(date(2025, 4, 16), 5), (date(2025, 4, 15), 12)]


def test_last_night_named_by_its_date_after_na() -> None:
    text = (
        "Над Курской областью за ночь сбиты семь беспилотников. Для сравнения: прошлой ночью, "
        "на 14 апреля, над регионом уничтожили 20 БПЛА."
    )
    assert nights(text) == [(date(2025, 4, 16), 7), (date(2025, 4, 14), 20)]


def test_nochyu_na_with_a_date_opening_the_sentence() -> None:
    text = "Ночью на 15 апреля над Брянской областью сбиты четыре беспилотника."
    assert nights(text) == [(date(2025, 4, 15), 4)]


def test_the_bare_night_is_still_the_one_that_ended_on_publication() -> None:
    text = "Прошлой ночью над Брянской областью уничтожены два беспилотника."
    assert nights(text) == [(date(2025, 4, 16), 2)]


# --- a thing's number is no count (counts._NUMBER_SIGN_BEFORE) ---------------------------------


def test_a_school_number_in_the_damage_is_no_figure() -> None:
    text = (
        "Над Курской областью сбиты два беспилотника. В Курске выбиты окна в здании "
        "гимназии №4 и подстанции № 12."
    )
    assert reports(text) == [(2, [("RU-KRS", None, 2), ("RU-KRS", "RU-KRS:kursk", None)])]


def test_an_english_number_sign_is_no_figure() -> None:
    text = "Three drones were downed over the Kursk region; windows of School No. 5 were broken."
    [(total, claims)] = reports(text)
    assert total == 3
    assert [c for c in claims if c[2] == 5] == []


# --- a headline and lede that add up the ministry's windows beside other speakers ------------
# (retellings.headline_sums, ``_adds_up_windows``)

WINDOWS_PIECE = (
    "ПВО за сутки сбила над Россией 19 беспилотников\n\n"
    "МОСКВА, 16 апр. Российские силы ПВО вечером и ночью уничтожили 19 украинских "
    "беспилотников, сообщило Минобороны.\n\n"
    "«Пятнадцатого апреля в период с 20.00 до 23.00 мск дежурными средствами ПВО "
    "уничтожены 5 украинских беспилотных летательных аппаратов над территорией Брянской "
    "области», — говорится в сообщении.\n\n"
    "Позднее ведомство сообщило, что с 23.00 15 апреля до 7.00 16 апреля над территориями "
    "Курской и Белгородской областей уничтожены ещё 14 беспилотников — 8 и 6 соответственно.\n\n"
    "Губернатор Курской области написал, что за ночь над Курчатовским районом сбиты "
    "девять БПЛА.\n\n"
    "Накануне, по данным ведомства, над Брянской областью днём был уничтожен один беспилотник."
)


def test_headline_and_lede_summing_two_windows_are_no_reports() -> None:
    got = [(r.reporter, r.total, r.window is not None) for r in parse(WINDOWS_PIECE, DAY)]
    assert got[:2] == [("mod", 5, True), ("mod", 14, True)]
    assert 19 not in [total for _, total, _ in got]


def test_a_headline_figure_of_a_window_and_an_earlier_day_stays() -> None:
    # the evening window's 5 and the day before's 1 are no run of windows told one after
    # another: the headline's 6 is not read as their sum
    text = (
        "ПВО сбила шесть беспилотников\n\n"
        "«Пятнадцатого апреля в период с 20.00 до 23.00 мск дежурными средствами ПВО "
        "уничтожены 5 украинских беспилотных летательных аппаратов над территорией Брянской "
        "области», — говорится в сообщении.\n\n"
        "Губернатор Курской области написал, что за ночь над Курчатовским районом сбиты "
        "девять БПЛА.\n\n"
        "Накануне, по данным ведомства, над Белгородской областью днём был уничтожен один "
        "беспилотник."
    )
    got = [(r.reporter, r.total) for r in parse(text, DAY)]
    assert ("mod", 6) in got
    assert ("mod", 1) in got


# --- "до HH:MM" of something the attack stopped (time._until_downed) --------------------------


def test_a_halt_until_a_clock_is_no_time_of_the_figures() -> None:
    text = (
        "Ночью над Белгородской областью сбиты три беспилотника. На время атаки "
        "пригородные поезда не ходили до 05:30."
    )
    [r] = parse(text, DAY)
    assert (r.night_of, r.window, r.total) == (date(2025, 4, 16), None, 3)


def test_until_a_clock_with_drones_downed_is_still_a_point() -> None:
    [r] = parse("До 7.00 над Брянской областью уничтожены шесть беспилотников.", DAY)
    assert r.window is not None
    assert (r.window.start.hour, r.window.end.hour, r.total) == (7, 7, 6)


# --- a town's title in place of "город" (places._APPROACH_TOWN_RU, _TOWN_AT_END_RU) ------------


def test_on_approach_to_the_science_town_is_the_town_its_head_named() -> None:
    text = (
        "Над Калужской областью ночью сбиты четыре беспилотника, сообщил губернатор. "
        "Глава администрации Обнинска добавил, что ещё один беспилотник уничтожен на подлёте "
        "к наукограду."
    )
    got = reports(text)
    assert ("RU-KLU", "RU-KLU:obninsk", 1) in got[-1][1]


def test_over_the_science_town_at_the_sentence_end_is_the_town_named_before() -> None:
    text = "Ночью в Обнинске была слышна работа ПВО. Два дрона сбиты над наукоградом."
    [(total, claims)] = reports(text)
    assert (total, ("RU-KLU", "RU-KLU:obninsk", 2)) == (2, claims[0])


# --- a report of an attack on a town, repelled in the next sentence (places._RU_TRIGGER) -----


def test_the_town_of_an_attack_told_with_its_noun_holds_its_own_district() -> None:
    text = (
        "Ночью губернатор сообщил о массированной атаке беспилотников на Курск. По его "
        "словам, атака отражена, обломки сбитого БПЛА упали во дворе дома в Железнодорожном "
        "округе."
    )
    [(total, claims)] = reports(text)
    assert total is None
    assert ("RU-KRS", "RU-KRS:kursk", None) in claims


def test_an_attack_on_a_town_told_alone_is_no_report() -> None:
    assert (
        reports("Губернатор сообщил об атаке беспилотников на Курск. Подробности уточняются.") == []
    )


# --- the daily summary of the war by its front's words (rules._front_day) ---------------------

FRONT_DAY_EN = (
    "Defence ministry update, April 16\n\n"
    "Over the past 24 hours, Battlegroup West units improved their positions and inflicted "
    "losses on two Ukrainian brigades. The enemy lost up to 140 troops and a tank.\n\n"
)


def test_the_air_defence_line_after_the_fronts_day_is_the_fronts() -> None:
    text = FRONT_DAY_EN + (
        "Air defence means shot down four JDAM guided bombs, two HIMARS rockets and 81 "
        "fixed-wing unmanned aerial vehicles."
    )
    assert reports(text) == []
    assert diagnose(text, parse(text, DAY)) == []  # the front's: nothing for review


def test_the_fronts_day_in_russian() -> None:
    text = (
        "За сутки подразделения группировки войск «Юг» нанесли поражение живой силе двух "
        "бригад. Противник потерял до 150 военнослужащих.\n\n"
        "Средствами ПВО сбиты три управляемые авиабомбы, снаряд HIMARS и 57 беспилотных "
        "летательных аппаратов самолётного типа."
    )
    assert reports(text) == []


def test_a_line_with_its_region_after_the_fronts_day_stays() -> None:
    text = FRONT_DAY_EN + "Air defence shot down 12 drones over the Kursk Region."
    assert reports(text) == [(12, [("RU-KRS", None, 12)])]


# --- a headline's figure for the main places of a longer list (report_rules.combined_retelling)


#: A headline's figure for two places over the ministry's list of five (6 + 4 + 1 + 1 = 12).
HEADLINE_OVER_LIST = (
    "Над Брянской областью и Черным морем ночью сбили {} беспилотников\n\n"
    "Минобороны сообщило, что шесть из них уничтожены над территорией Брянской области, "
    "четыре — над акваторией Черного моря, по одному — над Курской и Белгородской "
    "областями."
)


def test_headline_figure_of_two_places_that_is_the_whole_list_is_the_total() -> None:
    [(total, claims)] = reports(HEADLINE_OVER_LIST.format(12))
    assert total == 12
    assert sorted(claims) == [
        ("RU-BEL", None, 1),
        ("RU-BRY", None, 6),
        ("RU-KRS", None, 1),
        ("SEA-BLACK", None, 4),
    ]


def test_headline_figure_of_two_places_that_is_not_the_lists_sum_stays_a_row() -> None:
    [(total, claims)] = reports(HEADLINE_OVER_LIST.format(15))
    assert ("RU-BRY+SEA-BLACK", None, 15) in claims
    assert total is None

"""Russian news read by its grammar (issue 10, a seventh batch): who speaks for Ukraine's side
in a Russian sentence, then the batch's other kinds, one section each (a night's recap after
two windows, the rest after ordinals, an old figure quoted, a figure between commas, a list
opened by "на", "все сбиты", a week's recap). Reports written for these tests in our own
words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2026, 11, 22)


def _sides(text: str) -> list[tuple[str, int | None, list[tuple[str, int | None]]]]:
    """(country, total, [(area, count)]) of each report of ``text``."""
    return [
        (r.country, r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, SUNDAY)
    ]


# --- Ukraine's state, army or command as the speaker: its figures are Ukraine's -----------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the subject opens the sentence before a verb of saying
        (
            "Над Калужской областью сбиты 6 дронов.\n\nКиев отчитался о 48 сбитых за ночь дронах.",
            [("RU", 6, [("RU-KLU", 6)]), ("UA", 48, [])],
        ),
        (
            "Ночью ПВО работала над Смоленской областью, сообщили в Минобороны.\n\n"
            "ВСУ отчитались: перехвачено 57 беспилотников.",
            [("UA", 57, [])],
        ),
        # the locative after "в", with an aside between it and the verb
        (
            "Российские военные отразили атаку на Севастополь. В ВСУ, в свою очередь, заявили, "
            "что за ночь сбили 29 дронов.",
            [("UA", 29, [])],
        ),
        (
            "Над Рязанской областью уничтожено 4 беспилотника. В Генштабе ВСУ также сообщили, "
            "что сбиты 33 аппарата.",
            [("RU", 4, [("RU-RYA", 4)]), ("UA", 33, [])],
        ),
        # the speaker after the verb
        (
            "Над Тверской областью ночью работала ПВО. Об уничтожении 21 дрона отчитался Киев.",
            [("UA", 21, [])],
        ),
        # "по данным" with the genitive
        (
            "Силы ПВО отражали налёт над Саратовской областью.\n\n"
            "По данным украинской стороны, ночью перехвачены 64 беспилотника.",
            [("UA", 64, [])],
        ),
        # the next sentence of the speaker's paragraph is still his
        (
            "Атака на Липецкую область отражена.\n\n"
            "В ВСУ заявили об отражении массированной атаки. По их словам, сбиты 70 из 85 дронов.",
            [("UA", 70, [])],
        ),
    ],
)
def test_ukraine_named_as_the_speaker_is_ukraine(text: str, want: list[object]) -> None:
    assert _sides(text) == want


# --- the same nouns not as the speaker: the sentence stays Russia's ----------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "ВСУ" after a noun is its genitive: the attack's, not who speaks
        (
            "Об очередной атаке ВСУ сообщил мэр Москвы Сергей Собянин: сбиты 2 беспилотника.",
            [("RU", 2, [("RU-MOW", 2)])],
        ),
        (
            "О попытке Киева атаковать регион сообщил губернатор: над Курской областью "
            "уничтожены 5 дронов.",
            [("RU", 5, [("RU-KRS", 5)])],
        ),
        # "ВСУ" as the subject of attacking, the ministry speaking
        (
            "ВСУ атаковали Брянскую область: над регионом сбиты 8 БПЛА, сообщили в Минобороны.",
            [("RU", 8, [("RU-BRY", 8)])],
        ),
    ],
)
def test_ukraine_named_as_another_part_of_speech_is_not_the_speaker(
    text: str, want: list[object]
) -> None:
    assert _sides(text) == want


# --- a night's recap after two windows: their sum names nothing, else both windows' areas ------
def _reports(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    """(total, [(area, count)]) of each report of ``text``."""
    return [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, SUNDAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the windows' figures add up to the recap's: it is their sum, with no areas of its own
        (
            "С 20.00 до 23.00 мск 21 ноября над Брянской областью уничтожены 7 беспилотников.\n"
            "С 23.00 21 ноября до 7.00 22 ноября сбиты 12 БПЛА: 8 — над Курской областью, "
            "4 — над Белгородской.\n"
            "Всего за ночь уничтожено 19 украинских беспилотников.",
            [(7, [("RU-BRY", 7)]), (12, [("RU-KRS", 8), ("RU-BEL", 4)]), (19, [])],
        ),
        # number words, a window's figure told by its rows alone, the recap's verb first
        (
            "21 ноября с 20:00 до 23:00 над Тульской областью перехвачены три дрона, над "
            "Калужской — два.\n\n"
            "В период с 23:00 до 07:00 уничтожены ещё 10 БПЛА: шесть над Смоленской областью и "
            "четыре над акваторией Чёрного моря.\n\n"
            "Всего в ночное время перехвачено 15 беспилотных аппаратов.",
            [
                (None, [("RU-TUL", 3), ("RU-KLU", 2)]),
                (10, [("RU-SMO", 6), ("SEA-BLACK", 4)]),
                (15, []),
            ],
        ),
        # the recap is more than the windows: the night holds both windows' areas, no figures
        (
            "С 20.00 до 23.00 мск 21 ноября над Ростовской областью уничтожены 5 беспилотников.\n"
            "С 23.00 21 ноября до 7.00 22 ноября над Воронежской областью сбиты 9 БПЛА.\n"
            "Всего за ночь уничтожено 20 украинских беспилотников.",
            [
                (5, [("RU-ROS", 5)]),
                (9, [("RU-VOR", 9)]),
                (20, [("RU-ROS", None), ("RU-VOR", None)]),
            ],
        ),
    ],
)
def test_a_recap_after_two_windows_holds_both(text: str, want: list[object]) -> None:
    assert _reports(text) == want


# --- "Итого — N" before the drones told by ordinals: the rest is the total less the parts -----
@pytest.mark.parametrize(
    ("text", "source", "want"),
    [
        (
            "Отражена атака беспилотников.\n\nИтого за ночь — пять. Первый и второй — над "
            "Шебекинским округом, остальные — над Белгородским районом.",
            "Губернатор Белгородской области",
            [
                ("RU-BEL", None, 5),
                ("RU-BEL", "RU-BEL:shebekinsky", 2),
                ("RU-BEL", "RU-BEL:belgorodsky", 3),
            ],
        ),
        (
            "Ночью ПВО отражала налёт украинских БПЛА. Итого — 7. Первый, второй и третий сбиты "
            "над Грайворонским округом, оставшиеся — над Шебекинским.",
            "Губернатор Белгородской области",
            [
                ("RU-BEL", None, 7),
                ("RU-BEL", "RU-BEL:grayvoronsky", 3),
                ("RU-BEL", "RU-BEL:shebekinsky", 4),
            ],
        ),
        (
            "Всего за ночь — четыре сбитых дрона. Первый — над Тарусским районом, остальные — "
            "над Кировским.",
            "Губернатор Калужской области",
            [
                ("RU-KLU", None, 4),
                ("RU-KLU", "RU-KLU:tarussky", 1),
                ("RU-KLU", "RU-KLU:kirovsky", 3),
            ],
        ),
    ],
)
def test_the_rest_after_ordinals_is_the_total_less_the_parts(
    text: str, source: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    (report,) = parse(text, SUNDAY, source=source)
    rows = [(c.area_id, c.district_id, c.count) for c in report.claims]
    assert sorted(rows, key=lambda r: (r[1] or "", r[0])) == sorted(
        want, key=lambda r: (r[1] or "", r[0])
    )
    assert all(c.doubt is None for c in report.claims)


# --- an old figure quoted in a piece: its own report, dated only by what it says --------------
def _nights(text: str) -> list[tuple[int | None, date | None, list[tuple[str, int | None]]]]:
    """(total, night, [(area, count)]) of each report of ``text``."""
    return [
        (r.total, r.night_of, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, SUNDAY)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part of a past month, then "in one night": no night of this text's
        (
            "Этой ночью над Курской областью сбиты 11 БПЛА. В середине сентября над Курской "
            "областью за одну ночь было уничтожено 48 беспилотников.",
            [(11, SUNDAY, [("RU-KRS", 11)]), (48, None, [("RU-KRS", 48)])],
        ),
        (
            "Ночью над Смоленской областью сбиты 5 беспилотников. В конце октября над "
            "Смоленской областью за ночь уничтожили 37 дронов.",
            [(5, SUNDAY, [("RU-SMO", 5)]), (37, None, [("RU-SMO", 37)])],
        ),
        # a word that leads in before the month
        (
            "Ночью над Брянской областью уничтожены 7 дронов. Ещё в августе губернатор сообщал "
            "о 26 сбитых над Брянской областью за ночь беспилотниках.",
            [(7, SUNDAY, [("RU-BRY", 7)]), (26, None, [("RU-BRY", 26)])],
        ),
        (
            "Overnight, 4 drones were shot down over the Belgorod region. In mid-October, 41 "
            "drones were downed over the Belgorod region in a single night.",
            [(4, SUNDAY, [("RU-BEL", 4)]), (41, None, [("RU-BEL", 41)])],
        ),
        # a past season
        (
            "Ночью над Калужской областью сбиты 6 беспилотников. Прошлой весной над Калужской "
            "областью за одну ночь сбили 30 дронов.",
            [(6, SUNDAY, [("RU-KLU", 6)]), (30, None, [("RU-KLU", 30)])],
        ),
        # a past month that names the night's date: that night
        (
            "Ночью над Тульской областью сбиты 3 беспилотника. В прошлом месяце рекорд был "
            "установлен в ночь на 14 октября, когда над Тульской областью сбили 25 дронов.",
            [(3, SUNDAY, [("RU-TUL", 3)]), (25, date(2026, 10, 14), [("RU-TUL", 25)])],
        ),
    ],
)
def test_an_old_figure_is_its_own_report_with_its_own_night(text: str, want: list[object]) -> None:
    assert _nights(text) == want


# --- a figure with its noun set between commas before its verb and place ----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ночью уничтожены 26 беспилотников. Больше всего, 14 аппаратов, сбито над Брянской "
            "областью, 9 — над Курской, три — над Белгородской.",
            [(26, [("RU-BRY", 14), ("RU-KRS", 9), ("RU-BEL", 3)])],
        ),
        (
            "Ночью уничтожены 20 беспилотников. Больше всего, 12 украинских дронов, перехватили "
            "над Смоленской областью, восемь — над Калужской.",
            [(20, [("RU-SMO", 12), ("RU-KLU", 8)])],
        ),
        # the figure alone with a verb that downs in another form
        (
            "Ночью уничтожены 17 беспилотников. Больше всего, 10, сбили над Тульской областью, "
            "семь — над Рязанской.",
            [(17, [("RU-TUL", 10), ("RU-RYA", 7)])],
        ),
        (
            "Air defences destroyed 30 drones overnight. The largest share, 19 drones, were "
            "brought down over the Voronezh region, and 11 over the Rostov region.",
            [(30, [("RU-VOR", 19), ("RU-ROS", 11)])],
        ),
    ],
)
def test_a_figure_between_commas_is_its_verb_s_and_place_s(text: str, want: list[object]) -> None:
    assert _reports(text) == want


# --- a list opened by "на" that repeats it after "и", "а также": one list of places ------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Самарской областью сбиты 8 беспилотников. По словам губернатора, атака пришлась "
            "на Сызранский район, а также на Сызрань.",
            [
                ("RU-SAM", None, 8),
                ("RU-SAM", "RU-SAM:syzran", None),
                ("RU-SAM", "RU-SAM:syzransky", None),
            ],
        ),
        (
            "Над Саратовской областью уничтожены 11 дронов. Атака пришлась на Энгельс и на "
            "Балаково.",
            [
                ("RU-SAR", None, 11),
                ("RU-SAR", "RU-SAR:balakovsky", None),
                ("RU-SAR", "RU-SAR:engelssky", None),
            ],
        ),
        (
            "Над Краснодарским краем сбиты 6 БПЛА. Атаки пришлись на Новороссийск, а также на "
            "Геленджик.",
            [
                ("RU-KDA", None, 6),
                ("RU-KDA", "RU-KDA:gelendzhik", None),
                ("RU-KDA", "RU-KDA:novorossiysk", None),
            ],
        ),
    ],
)
def test_a_list_that_repeats_its_na_is_one_list(
    text: str, want: list[tuple[str, str | None, int | None]]
) -> None:
    (report,) = parse(text, SUNDAY)
    rows = [(c.area_id, c.district_id, c.count) for c in report.claims]
    assert sorted(rows, key=lambda r: (r[1] or "", r[0])) == sorted(
        want, key=lambda r: (r[1] or "", r[0])
    )


# --- "все сбиты" without "они": all of the attack's drones -----------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Минобороны сообщило, что ВСУ атаковали Курскую область 12 беспилотниками, все "
            "уничтожены.",
            [(12, [("RU-KRS", 12)])],
        ),
        (
            "Украинские военные атаковали Белгородскую область семью дронами, все сбиты "
            "средствами ПВО.",
            [(7, [("RU-BEL", 7)])],
        ),
        (
            "Ukrainian forces attacked the Voronezh region with 14 drones, all were shot down, "
            "the governor said.",
            [(14, [("RU-VOR", 14)])],
        ),
    ],
)
def test_all_downed_without_them_is_the_whole_attack(text: str, want: list[object]) -> None:
    assert _reports(text) == want


# --- "в течение недели" is a week's recap, as "за неделю" is: its days' window, no night -------
@pytest.mark.parametrize(
    ("text", "first", "after_last"),
    [
        (
            "В течение недели, с 14 по 20 ноября, средствами ПВО сбиты 980 беспилотников, "
            "сообщили в Минобороны.",
            (11, 14),
            (11, 21),
        ),
        (
            "В течение прошедшей недели, с 14 ноября по 20 ноября, над Белгородской областью "
            "уничтожены 120 дронов.",
            (11, 14),
            (11, 21),
        ),
        (
            "В течение минувшего месяца, с 20 октября по 19 ноября, над Курской областью сбиты "
            "430 беспилотников.",
            (10, 20),
            (11, 20),
        ),
    ],
)
def test_in_the_course_of_a_week_is_the_week_s_recap(
    text: str, first: tuple[int, int], after_last: tuple[int, int]
) -> None:
    # (docs/labels.md: a recap that gives its dates has their window, and no night)
    (report,) = parse(text, SUNDAY)
    assert report.window is not None and report.night_of is None
    assert (report.window.start.month, report.window.start.day, report.window.start.hour) == (
        *first,
        0,
    )
    assert (report.window.end.month, report.window.end.day, report.window.end.hour) == (
        *after_last,
        0,
    )

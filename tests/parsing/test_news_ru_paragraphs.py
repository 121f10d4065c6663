"""Russian news that goes region by region (issue 10, a sixth fresh batch): a paragraph per head
of region, a reminder of an earlier night, a region named with where it lies for the writer, a
district named inside the region that frames it, the ministry's start-only hours and its
formula in the active voice. Reports written for these tests in our own words, grouped by kind."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import settings
from parsing import parse
from tests.parsing.conftest import Claims, claims_by_report

FRIDAY = date(2026, 11, 20)


def _claims(text: str) -> Claims:
    return claims_by_report(text, FRIDAY)


# --- a paragraph per head of region: each his own report ----------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the second governor names no region with his title: his figures say which he heads
        (
            "Сводка по регионам за ночь\n\n"
            "Над Брянской областью сбиты 8 беспилотников, сообщил губернатор Александр Богомаз.\n\n"
            "Над Калужской областью уничтожены три дрона, написал губернатор.",
            [[("RU-BRY", None, 8)], [("RU-KLU", None, 3)]],
        ),
        (
            "Над Курской областью уничтожены 5 БПЛА, сообщил губернатор Александр Хинштейн. "
            "Над Воронежской областью сбиты два дрона, сообщили в региональном оперштабе.",
            [[("RU-KRS", None, 5)], [("RU-VOR", None, 2)]],
        ),
        # a republic's head named by his title alone speaks for the republic in context
        (
            "Над Ростовской областью сбиты четыре беспилотника, сообщил губернатор Юрий Слюсарь.\n\n"
            "В Крыму уничтожены 9 дронов, рассказал советник главы республики.",
            [[("RU-ROS", None, 4)], [("UA-43", None, 9)]],
        ),
        # one governor's two sentences about his own region stay one report
        (
            "Над Брянской областью сбиты 8 беспилотников, сообщил губернатор Александр Богомаз. "
            "Ещё два уничтожены над Погарским районом, добавил губернатор.",
            [[("RU-BRY", None, 8), ("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)]],
        ),
    ],
)
def test_each_head_of_region_is_his_own_report(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a headline summing up the governors' paragraphs under it retells them --------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернаторы сообщили о 11 сбитых над Брянской и Курской областями дронах\n\n"
            "Губернатор Брянской области Александр Богомаз сообщил, что сбиты семь БПЛА.\n\n"
            "Губернатор Курской области Александр Хинштейн написал, что над регионом "
            "уничтожены четыре беспилотника.",
            [[("RU-BRY", None, 7)], [("RU-KRS", None, 4)]],
        ),
        # a headline whose figure is not the paragraphs' sum stays a report of its own
        (
            "Губернаторы сообщили о 20 сбитых над Брянской и Курской областями дронах\n\n"
            "Губернатор Брянской области Александр Богомаз сообщил, что сбиты семь БПЛА.\n\n"
            "Губернатор Курской области Александр Хинштейн написал, что над регионом "
            "уничтожены четыре беспилотника.",
            [
                [("RU-BRY", None, None), ("RU-KRS", None, None)],
                [("RU-BRY", None, 7)],
                [("RU-KRS", None, 4)],
            ],
        ),
    ],
)
def test_a_headline_over_each_governors_paragraph(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a reminder recalls another time: its figures are never the text's own --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты 4 беспилотника, сообщил губернатор. "
        "Напомним, неделей ранее над регионом уничтожили 30 БПЛА.",
        "Над Курской областью сбиты 4 беспилотника, сообщил губернатор. "
        "Напомним, в прошлые выходные над областью были сбиты 30 дронов.",
        "Над Курской областью сбиты 4 беспилотника. "
        "Напоминаем, что за минувшие сутки над Курской областью сбили 30 беспилотников.",
    ],
)
def test_a_reminder_is_a_report_of_its_own(text: str) -> None:
    assert _claims(text) == [[("RU-KRS", None, 4)], [("RU-KRS", None, 30)]]


def test_a_reminder_adds_nothing_to_the_night() -> None:
    text = (
        "Этой ночью над Белгородской областью уничтожены 6 БПЛА. "
        "Напомним, месяцем ранее над областью сбили 40 беспилотников."
    )
    reports = parse(text, FRIDAY)
    assert [(r.night_of, r.total) for r in reports] == [(FRIDAY, 6), (None, 40)]


# --- where a region lies for the writer is no part of its name -------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Над соседней Курской областью сбиты пять БПЛА.", [[("RU-KRS", None, 5)]]),
        ("Над приграничной Брянской областью уничтожены 7 дронов.", [[("RU-BRY", None, 7)]]),
        ("В соседнем Краснодарском крае сбиты три беспилотника.", [[("RU-KDA", None, 3)]]),
        (
            "Над приграничным Шебекинским округом сбиты два дрона.",
            [[("RU-BEL", "RU-BEL:shebekinsky", 2), ("RU-BEL", None, 2)]],
        ),
        # "соседний" before a common noun names no place
        ("Над соседним регионом сбиты два дрона.", [[]]),
    ],
)
def test_a_neighbouring_region_is_that_region(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a region that frames the place the drones were downed over --------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "в X области" says where; the district after "над" is what they were downed over
        (
            "В Белгородской области над Шебекинским округом сбиты три беспилотника.",
            [[("RU-BEL", "RU-BEL:shebekinsky", 3), ("RU-BEL", None, 3)]],
        ),
        (
            "В Калужской области, над Тарусским районом, уничтожены два дрона.",
            [[("RU-KLU", "RU-KLU:tarussky", 2), ("RU-KLU", None, 2)]],
        ),
        # the region over which they were downed keeps the figure, its district only named
        (
            "Над Калужской областью сбиты 3 БПЛА — в Тарусском районе.",
            [[("RU-KLU", None, 3), ("RU-KLU", "RU-KLU:tarussky", None)]],
        ),
        # a region named, then again by a common noun: one place with the figure
        ("В Крыму над полуостровом уничтожены 11 дронов.", [[("UA-43", None, 11)]]),
        ("В Брянской области над регионом сбиты 6 БПЛА.", [[("RU-BRY", None, 6)]]),
    ],
)
def test_a_framing_region_gives_the_figure_to_its_place(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- the ministry's hours: a start alone, with "мск" and no "в период" ----------------------
def _at(day: str, hm: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hm}").replace(tzinfo=settings.MSK)


@pytest.mark.parametrize(
    "text",
    [
        "С 20.00 мск перехвачены и уничтожены 5 украинских беспилотников над территорией "
        "Курской области.",
        "Средства ПВО с 21:00 мск 19 ноября уничтожили 7 беспилотников над Брянской областью.",
    ],
)
def test_a_start_alone_is_no_window(text: str) -> None:
    # when the hours ended is not said (docs/labels.md: a start with no end has no window)
    (report,) = parse(text, FRIDAY)
    assert (report.window, report.night_of) == (None, None)


def test_a_start_with_its_end_stays_a_window() -> None:
    (report,) = parse(
        "С 20.00 мск до 23.00 мск над Курской областью уничтожены 5 беспилотников.", FRIDAY
    )
    assert report.window is not None
    assert (report.window.start, report.window.end) == (
        _at("2026-11-20", "20:00"),
        _at("2026-11-20", "23:00"),
    )


def test_a_start_alone_is_a_time_of_its_own() -> None:
    # its figures are no part of the next window's report
    text = (
        "С 20.00 мск уничтожены 5 беспилотников над Курской областью. В период с 23.00 мск 19 "
        "ноября до 07.00 мск 20 ноября перехвачены 3 беспилотника над Брянской областью."
    )
    assert [r.window is None for r in parse(text, FRIDAY)] == [True, False]
    assert claims_by_report(text, FRIDAY) == [[("RU-KRS", None, 5)], [("RU-BRY", None, 3)]]


# --- "Об этом сообщил ...": the speaker of the sentence before -----------------------------------
def _who(text: str) -> list[tuple[str, list[tuple[str, int | None]]]]:
    return [(r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Брянской областью уничтожены 12 беспилотников. Об этом сообщил губернатор "
            "Александр Богомаз. Над Курской областью сбиты 5 дронов. Об этом в своём канале "
            "написал глава региона.",
            [("governor", [("RU-BRY", 12)]), ("governor", [("RU-KRS", 5)])],
        ),
        # the ministry's national figure, then a governor's: each told by the one named after it
        (
            "За ночь над регионами России сбиты 35 БПЛА. Об этом сообщили в Минобороны. "
            "Над Белгородской областью уничтожены 4 беспилотника. Об этом сообщил губернатор.",
            [("mod", []), ("governor", [("RU-BEL", 4)])],
        ),
    ],
)
def test_about_this_names_who_told_the_sentence_before(
    text: str, want: list[tuple[str, list[tuple[str, int | None]]]]
) -> None:
    assert _who(text) == want


# "Об этом сообщил ..." closing a retelling: "this" is all it told since a speaker was named,
# past the lines with no figure (harm, thanks) and every report of the post (its update too)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ночью над Липецкой областью сбиты три беспилотника. Пострадавших нет.\n\n"
            "Об этом сообщил губернатор Игорь Артамонов.",
            [("governor", [("RU-LIP", 3)])],
        ),
        (
            "За неделю над Брянской областью сбиты 140 беспилотников.\n\nМинувшей ночью над "
            "областью уничтожены 12 БПЛА.\n\nСпасибо нашим военным.\n\nОб этом сообщил "
            "губернатор Александр Богомаз в своём канале.",
            [("governor", [("RU-BRY", 140)]), ("governor", [("RU-BRY", 12)])],
        ),
        # a speaker named before: what he told stays his
        (
            "Минобороны сообщило, что над Курской областью сбиты 10 беспилотников. В "
            "Белгородской области уничтожены два дрона. Пострадавших нет. Об этом сообщил "
            "губернатор.",
            [("mod", [("RU-KRS", 10)]), ("governor", [("RU-BEL", 2)])],
        ),
    ],
)
def test_about_this_closing_a_retelling_names_who_told_all_of_it(
    text: str, want: list[tuple[str, list[tuple[str, int | None]]]]
) -> None:
    assert _who(text) == want


# --- a source in parentheses after a row's figure or its place -----------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Брянской областью уничтожены 9 БПЛА, над Смоленской — 4 (данные Минобороны).",
            [[("RU-BRY", None, 9), ("RU-SMO", None, 4)]],
        ),
        (
            "Над Брянской областью уничтожены 9 БПЛА, 4 — над Курской (по данным ведомства).",
            [[("RU-BRY", None, 9), ("RU-KRS", None, 4)]],
        ),
        # an elliptic region before its figure in parentheses
        (
            "Сбиты 7 беспилотников: над Курской (3), над Брянской (4).",
            [[("RU-KRS", None, 3), ("RU-BRY", None, 4)]],
        ),
        # a parenthesis that is no source leaves the bare figure unread, as before
        (
            "Над Брянской областью уничтожены 9 БПЛА, над Смоленской — 4 (фото).",
            [[("RU-BRY", None, 9), ("RU-SMO", None, None)]],
        ),
    ],
)
def test_a_source_in_parentheses_after_a_row(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a recollection told as an aside, a day of last week -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты 4 беспилотника, сообщил губернатор. "
        "В прошлую среду, напомнил он, над регионом уничтожили 30 БПЛА.",
        "Над Курской областью сбиты 4 беспилотника, сообщил губернатор. "
        "Над регионом 28 ноября уничтожили 30 БПЛА, напомнили в оперштабе.",
        "Над Курской областью сбиты 4 беспилотника, сообщил губернатор. "
        "В прошлое воскресенье над областью сбили 30 дронов.",
    ],
)
def test_a_recollection_is_a_report_of_its_own(text: str) -> None:
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)] == [
        (4, [("RU-KRS", 4)]),
        (30, [("RU-KRS", 30)]),
    ]


# --- two windows in one sentence: the second's hours are of the first's day ---------------------
@pytest.mark.parametrize(
    ("text", "windows"),
    [
        (
            "Вечером 18 ноября с 18:00 до 21:00 над Курской областью сбиты 5 БПЛА, а с 21:00 до "
            "23:00 — еще 3 над Брянской областью.",
            [
                ("2026-11-18", "18:00", "2026-11-18", "21:00"),
                ("2026-11-18", "21:00", "2026-11-18", "23:00"),
            ],
        ),
        # a window with its day between its hours still opens a clause of its own
        (
            "С 23.00 мск 18 ноября до 07.00 мск 19 ноября над Курской областью уничтожены 6 БПЛА, "
            "а с 07.00 до 09.00 мск — еще 2 над Брянской областью.",
            [
                ("2026-11-18", "23:00", "2026-11-19", "07:00"),
                ("2026-11-19", "07:00", "2026-11-19", "09:00"),
            ],
        ),
        # a clause that names its own day keeps it
        (
            "С 18:00 до 21:00 17 ноября над Курской областью сбиты 5 БПЛА, а с 21:00 до 23:00 "
            "18 ноября — еще 3 над Брянской областью.",
            [
                ("2026-11-17", "18:00", "2026-11-17", "21:00"),
                ("2026-11-18", "21:00", "2026-11-18", "23:00"),
            ],
        ),
    ],
)
def test_the_second_window_of_a_sentence_is_of_the_first_ones_day(
    text: str, windows: list[tuple[str, str, str, str]]
) -> None:
    got = [r.window for r in parse(text, FRIDAY)]
    assert [(w.start, w.end) if w else None for w in got] == [
        (_at(d1, t1), _at(d2, t2)) for d1, t1, d2, t2 in windows
    ]


# --- a head of region after figures over several regions is his own report -----------------------
def test_a_governor_after_a_list_over_several_regions_is_his_own_report() -> None:
    text = (
        "По данным ведомства, над Брянской областью уничтожены 5 беспилотников, над Курской — 3. "
        "Губернатор Брянской области Александр Богомаз сообщил о 6 сбитых дронах."
    )
    assert [
        (r.reporter, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)
    ] == [
        ("media", [("RU-BRY", 5), ("RU-KRS", 3)]),
        ("governor", [("RU-BRY", 6)]),
    ]


# --- "ещё об одном": more drones told after their preposition ----------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор сообщил, что над Брянской областью сбиты два беспилотника. Позднее он "
            "сообщил ещё об одном сбитом дроне.",
            [[("RU-BRY", None, 2), ("RU-BRY", None, 1)]],
        ),
        (
            "Над Курской областью уничтожены 4 БПЛА. Вечером оперштаб написал ещё о двух "
            "сбитых беспилотниках.",
            [[("RU-KRS", None, 4)], [("RU-KRS", None, 2)]],
        ),
    ],
)
def test_more_drones_told_after_their_preposition(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a participle after the comma places the figure, after a speaker named with "в" -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В Минобороны сообщили о 12 дронах, уничтоженных над акваторией Черного моря.",
            [[("SEA-BLACK", None, 12)]],
        ),
        (
            "В Минобороны сообщили о 7 беспилотниках, сбитых над Азовским морем.",
            [[("SEA-AZOV", None, 7)]],
        ),
        # a place noun before the name, after the comma: the figure's place as well
        (
            "Уничтожены 9 беспилотников, над акваторией Азовского моря.",
            [[("SEA-AZOV", None, 9)]],
        ),
    ],
)
def test_a_speaker_named_with_v_is_no_place_of_the_figure(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- "за вечер и ночь": the night's recap after an evening's window -------------------------------
def test_a_recap_of_the_evening_and_the_night_is_its_own_report() -> None:
    text = (
        "В период с 20.00 до 23.00 мск 19 ноября над территорией Брянской области уничтожены 12 "
        "беспилотников, над Курской — 5. Всего за вечер и ночь над регионами России сбиты 56 БПЛА."
    )
    got = [
        (r.night_of, r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, FRIDAY)
    ]
    assert got == [(None, None, [("RU-BRY", 12), ("RU-KRS", 5)]), (FRIDAY, 56, [])]


# --- "на подлёте к столице" is the Moscow target, never a place of its own -------------------------
def test_on_the_approach_to_the_capital_is_the_target() -> None:
    text = (
        "Мэр Москвы: на подлёте к столице сбиты 4 беспилотника\n\n"
        "Ночью силы ПВО сбили четыре беспилотника, летевших на Москву, сообщил Сергей Собянин."
    )
    assert _claims(text) == [[("RU-MOW", None, 4)]]


def test_sevastopols_head_in_his_own_paragraph_is_his_own_report() -> None:
    # Sevastopol and Crimea have heads of their own, as a Russian oblast's governor is
    text = (
        "Над Калужской областью сбиты 5 беспилотников, сообщил губернатор.\n\n"
        "Над Севастополем уничтожены два дрона, написал губернатор."
    )
    reports = [[(c.area_id, c.count) for c in r.claims] for r in parse(text)]
    assert reports == [[("RU-KLU", 5)], [("UA-40", 2)]]

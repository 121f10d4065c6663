"""A figure's role in Russian news and the ministry's statements (issue 10, the structures of
the last unseen sets): a figure over places and regions not named, a lede that retells the
quote below it in coarser time words, a lede's figure over two windows, a speaker correcting
himself. Reports written for these tests in our own words, grouped by the rule."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Row

SUNDAY = date(2026, 3, 8)

Read = list[tuple[list[Row], int | None]]


def _read(text: str, published: date = SUNDAY) -> Read:
    """Each report's (area, district, count) claims and its total, in the parser's order."""
    return [
        ([(c.area_id, c.district_id, c.count) for c in r.claims], r.total)
        for r in parse(text, published)
    ]


# --- a wider area after "и": regions not named share the figure -------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Подмосковьем и соседними регионами утром сбиты 26 беспилотников.",
            [([("RU-MOS", None, None)], 26)],
        ),
        (
            "Ночью над Курской областью и другими регионами уничтожены 41 БПЛА.",
            [([("RU-KRS", None, None)], 41)],
        ),
        # the figure first, the places after it
        (
            "Перехвачены 18 дронов над Белгородской областью и ещё тремя регионами.",
            [([("RU-BEL", None, None)], 18)],
        ),
        (
            "Air defences downed 19 drones over the Bryansk region and two neighbouring regions.",
            [([("RU-BRY", None, None)], 19)],
        ),
        # regions named after "и" are a list that shares the figure, as before
        (
            "Над Курской и Белгородской областями сбиты 12 беспилотников.",
            [([("RU-KRS", None, None), ("RU-BEL", None, None)], 12)],
        ),
    ],
)
def test_a_figure_over_places_and_regions_not_named_is_no_place_s(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a headline retold by the statement under it, a dateline between ---------------------------
_STATEMENT_BEL = (
    '"3 марта в период с 17.00 до 20.00 мск над территорией Белгородской области дежурными '
    'средствами ПВО уничтожены {n} украинских беспилотных летательных аппаратов", - говорится '
    "в сообщении."
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Белгородской областью вечером сбиты шесть беспилотников — Минобороны\n\n"
            "Москва. 3 марта. ИНТЕРФАКС - Средства ПВО во вторник вечером сбили беспилотники над "
            "Белгородской областью, сообщило Минобороны.\n\n" + _STATEMENT_BEL.format(n="шесть"),
            [([("RU-BEL", None, 6)], 6)],
        ),
        # the figure split by two verbs in the statement, the headline's whole
        (
            "Над Белгородской областью днём уничтожены семь дронов\n\nМосква. 3 марта.\n\n"
            + _STATEMENT_BEL.format(n="четыре и перехвачены три"),
            [([("RU-BEL", None, 7)], 7)],
        ),
        (
            "ПВО сбила 6 беспилотников над Белгородской областью\nБелгород, 3 марта.\n"
            + _STATEMENT_BEL.format(n="6"),
            [([("RU-BEL", None, 6)], 6)],
        ),
        # a headline whose figure is not the statement's tells a report of its own
        (
            "Над Белгородской областью вечером сбиты шесть беспилотников — Минобороны\n\n"
            "Москва. 3 марта. ИНТЕРФАКС - Средства ПВО во вторник вечером сбили беспилотники над "
            "Белгородской областью, сообщило Минобороны.\n\n" + _STATEMENT_BEL.format(n="два"),
            [([("RU-BEL", None, 6)], 6), ([("RU-BEL", None, 2)], 2)],
        ),
    ],
)
def test_a_headline_over_a_dateline_retells_the_statement(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a lede's whole of two windows: told after them -------------------------------------------
SATURDAY = date(2026, 3, 7)
_WINDOWS_RU = (
    ' "6 марта в период с 20.00 до 23.00 мск дежурными средствами ПВО уничтожены 12 украинских '
    "беспилотных летательных аппаратов: 7 — над территорией Брянской области, 5 — над территорией "
    'Курской области", — говорится в сообщении. В ночь с 6 на 7 марта, в период с 23.00 до 07.00 '
    "мск, были сбиты еще 18 беспилотников: 11 над Белгородской областью и 7 над Тульской областью."
)
_EVENING = [("RU-BRY", None, 7), ("RU-KRS", None, 5)]
_NIGHT = [("RU-BEL", None, 11), ("RU-TUL", None, 7)]


def _times(text: str) -> list[tuple[int | None, date | None, bool]]:
    return [(r.total, r.night_of, r.window is not None) for r in parse(text, SATURDAY)]


@pytest.mark.parametrize(
    "lede",
    [
        "Силы ПВО в течение вечера пятницы и ночи на субботу сбили в общей сложности 30 "
        "украинских беспилотников над четырьмя регионами, сообщили в Минобороны.",
        "За вечер и ночь над регионами России уничтожены 30 беспилотников, сообщило Минобороны.",
        "Всего в течение вечера и ночи ПВО сбила 30 дронов, сообщили в Минобороны.",
    ],
)
def test_a_lede_that_sums_two_windows_is_told_after_them(lede: str) -> None:
    text = lede + _WINDOWS_RU
    assert _read(text, SATURDAY) == [(_EVENING, 12), (_NIGHT, 18), ([], 30)]
    assert _times(text)[2] == (30, SATURDAY, False)


def test_a_lede_that_sums_two_english_windows_is_told_after_them() -> None:
    text = (
        "Russian air defences destroyed a total of 30 drones on Friday evening and overnight into "
        "Saturday, the Defence Ministry said. Between 8 p.m. and 11 p.m. on March 6, 12 drones were "
        "destroyed: seven over the Bryansk region and five over the Kursk region. Between 11 p.m. "
        "and 7 a.m., 18 more drones were downed: 11 over the Belgorod region and seven over the "
        "Tula region."
    )
    assert _read(text, SATURDAY) == [(_EVENING, 12), (_NIGHT, 18), ([], 30)]


def test_a_lede_that_is_not_the_sum_of_the_windows_stays_first() -> None:
    text = "За вечер и ночь над регионами России уничтожены 41 беспилотник." + _WINDOWS_RU
    assert [total for _claims, total in _read(text, SATURDAY)] == [41, 12, 18]


# --- a headline's place of damage told again by the speaker whose words it retold ---------------
_HQ_KDA = [("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Обломки беспилотника повредили склад в Новороссийске\n\nНад Краснодарским краем ночью "
            "уничтожены 14 беспилотников, сообщили в Минобороны. В оперштабе Кубани уточнили, что "
            "обломки упали в Новороссийске.",
            [
                ([("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, 14)], 14),
                (_HQ_KDA, None),
            ],
        ),
        (
            "Обломки БПЛА упали на территории предприятия в Новороссийске\n\nНочью над Краснодарским "
            "краем сбиты 9 беспилотников, сообщило Минобороны России. Как уточнили в оперативном "
            "штабе Краснодарского края, обломки упали на территории предприятия в Новороссийске, "
            "пострадавших нет.",
            [([("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, 9)], 9), (_HQ_KDA, None)],
        ),
        (
            "В Шебекинском округе обломки БПЛА повредили крышу\n\nНад Белгородской областью ночью "
            "сбиты 5 беспилотников, сообщили в Минобороны. Губернатор Белгородской области уточнил, "
            "что обломки упали в Шебекинском округе.",
            [
                ([("RU-BEL", "RU-BEL:shebekinsky", None), ("RU-BEL", None, 5)], 5),
                ([("RU-BEL", "RU-BEL:shebekinsky", None), ("RU-BEL", None, None)], None),
            ],
        ),
        (
            "Drone debris damages warehouse in Novorossiysk\n\nAir defences destroyed 14 drones over "
            "the Krasnodar Region overnight, the Defence Ministry said. The Krasnodar regional "
            "headquarters said debris fell in Novorossiysk.",
            [
                ([("RU-KDA", "RU-KDA:novorossiysk", None), ("RU-KDA", None, 14)], 14),
                (_HQ_KDA, None),
            ],
        ),
        # a place the report before named for its figure: the speaker's damage there adds no
        # report (corpus-dev b031, c003)
        (
            "Над Погарским районом сбиты 2 беспилотника, сообщили в Минобороны. Губернатор Брянской "
            "области уточнил, что в Погарском районе обломками повреждена крыша.",
            [([("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)], 2)],
        ),
    ],
)
def test_a_speaker_s_damage_a_headline_retold_is_his_report(text: str, want: Read) -> None:
    assert _read(text) == want


# --- the places an attack told with its drones was made on --------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Попытка атаки с применением 12 БПЛА на Брянскую и Курскую области пресечена. Все "
            "беспилотники уничтожены.",
            [([("RU-BRY", None, None), ("RU-KRS", None, None)], 12)],
        ),
        (
            "Пресечена попытка атаки с применением 9 БПЛА на Брянскую область. Все беспилотники "
            "уничтожены.",
            [([("RU-BRY", None, 9)], 9)],
        ),
        (
            "Киевский режим предпринял попытку атаки с использованием шести беспилотных летательных "
            "аппаратов на Белгородскую область. Все беспилотники уничтожены средствами ПВО.",
            [([("RU-BEL", None, 6)], 6)],
        ),
        (
            "Попытка атаки с применением восьми беспилотников на Крым пресечена. Все они сбиты.",
            [([("UA-43", None, 8)], 8)],
        ),
        # fewer downed than launched: the figure downed, over both places
        (
            "Пресечена попытка атаки с применением 20 БПЛА на Курскую и Белгородскую области. "
            "Уничтожены 15 беспилотников.",
            [([("RU-KRS", None, None), ("RU-BEL", None, None)], 15)],
        ),
    ],
)
def test_an_attack_with_its_drones_names_the_places_it_was_made_on(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a clock written with a hyphen after "в", "около": no count -------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В 22-15 над Брянской областью сбиты три БПЛА, сообщил губернатор.",
            [([("RU-BRY", None, 3)], 3)],
        ),
        (
            "Около 23-40 над Белгородской областью уничтожен беспилотник.",
            [([("RU-BEL", None, 1)], 1)],
        ),
        (
            "Примерно в 4-30 беспилотник уничтожен над Курской областью.",
            [([("RU-KRS", None, 1)], 1)],
        ),
        # a noun after the two numbers: a range, as before
        (
            "Около 20-30 беспилотников сбиты над Курской областью.",
            [([("RU-KRS", None, 20)], 20)],
        ),
        (
            "Число атак выросло в 5-10 раз, над Курской областью сбиты два беспилотника.",
            [([("RU-KRS", None, 2)], 2)],
        ),
    ],
)
def test_a_hyphen_clock_in_prose_is_no_count(text: str, want: Read) -> None:
    assert _read(text) == want


def test_a_hyphen_clock_after_about_is_the_time() -> None:
    (report,) = parse("Около 23-40 над Белгородской областью уничтожен беспилотник.", SUNDAY)
    assert report.window is not None
    assert (report.window.start.hour, report.window.start.minute) == (23, 40)


# --- a speaker sets his own figure right: "позже уточнил, что их было 7" ----------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор Курской области сообщил о 5 сбитых над регионом беспилотниках, однако "
            "позже уточнил, что их было 7.",
            [([("RU-KRS", None, 7)], 7)],
        ),
        (
            "Ночью губернатор Белгородской области сообщил о шести сбитых над регионом "
            "беспилотниках. Через два часа он уточнил, что их было восемь.",
            [([("RU-BEL", None, 8)], 8)],
        ),
        (
            "Над Брянской областью сбиты четыре беспилотника, позднее губернатор уточнил, что их "
            "оказалось пять.",
            [([("RU-BRY", None, 5)], 5)],
        ),
        (
            "Губернатор Курской области сообщил о трёх сбитых над регионом дронах. Спустя час он "
            "уточнил: их было девять.",
            [([("RU-KRS", None, 9)], 9)],
        ),
        # no number after the pronoun: nothing set right
        (
            "Над Брянской областью сбиты четыре беспилотника. Их было много.",
            [([("RU-BRY", None, 4)], 4)],
        ),
    ],
)
def test_a_speaker_s_later_number_of_them_sets_his_figure_right(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a second speaker's figure with the verb elided: "..., а губернатор — о 20" ----------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Минобороны сообщило о 12 сбитых над Курской областью беспилотниках, а губернатор "
            "региона — о 20.",
            [([("RU-KRS", None, 12)], 12), ([("RU-KRS", None, 20)], 20)],
        ),
        (
            "В Минобороны рассказали о 15 уничтоженных над Брянской областью дронах, а губернатор "
            "Брянской области — лишь о 9.",
            [([("RU-BRY", None, 15)], 15), ([("RU-BRY", None, 9)], 9)],
        ),
        (
            "Минобороны сообщило о 14 сбитых над Белгородской областью беспилотниках, а губернатор "
            "— о семи.",
            # (a governor who names no region: his figure, no place of it)
            [([("RU-BEL", None, 14)], 14), ([], 7)],
        ),
    ],
)
def test_a_second_speaker_s_figure_after_a_dash_for_the_verb(text: str, want: Read) -> None:
    assert _read(text) == want


# --- "По его словам": figures told in the words of the one the sentence before named -----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Над Курской областью ночью уничтожены 12 беспилотников, сообщили в Минобороны. "
            "Губернатор Курской области привел иные цифры. По его словам, над регионом сбиты 15.",
            [([("RU-KRS", None, 12)], 12), ([("RU-KRS", None, 15)], 15)],
        ),
        (
            "Минобороны сообщило о 20 сбитых беспилотниках над Брянской областью. Губернатор "
            "Брянской области дал свою оценку. По его данным, над областью уничтожены 24 дрона.",
            [([("RU-BRY", None, 20)], 20), ([("RU-BRY", None, 24)], 24)],
        ),
        # her words, the figure in words, a district's head after the ministry
        (
            "В Минобороны заявили, что над Белгородской областью перехвачены девять БПЛА. Глава "
            "Шебекинского округа выступила с обращением к жителям. Как она уточнила, над "
            "Шебекинским округом сбиты три беспилотника.",
            [
                ([("RU-BEL", None, 9)], 9),
                ([("RU-BEL", "RU-BEL:shebekinsky", 3), ("RU-BEL", None, 3)], 3),
            ],
        ),
        # the governor first, the ministry's words after him
        (
            "Глава Белгородской области сообщил о семи сбитых над регионом дронах. В Минобороны "
            "опубликовали свою сводку. По их данным, над Белгородской областью уничтожены пять.",
            [([("RU-BEL", None, 7)], 7), ([("RU-BEL", None, 5)], 5)],
        ),
        # "по его словам" with no one named right before it goes on with the report before
        (
            "Над Курской областью ночью уничтожены 12 беспилотников, сообщил губернатор. Ночь "
            "выдалась тревожной. По его словам, ещё два подавлены средствами РЭБ.",
            [([("RU-KRS", None, 12), ("RU-KRS", None, 2)], None)],
        ),
    ],
)
def test_his_words_are_the_figures_of_the_one_named_before(text: str, want: Read) -> None:
    assert _read(text) == want


# --- a correction in parentheses after the figure: the figure set right is the one counted -------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "С 23.00 мск 7 марта до 7.00 мск 8 марта средствами ПВО уничтожены 19 (а не 17, как "
            "сообщалось ранее) украинских БПЛА: 12 – над Курской областью, 7 – над Брянской "
            "областью.",
            [([("RU-KRS", None, 12), ("RU-BRY", None, 7)], 19)],
        ),
        # the figure in words, "ранее сообщалось о ...", another verb
        (
            "За ночь перехвачены двадцать (ранее сообщалось о восемнадцати) беспилотников: "
            "11 – над Белгородской областью, 9 – над Воронежской областью.",
            [([("RU-BEL", None, 11), ("RU-VOR", None, 9)], 20)],
        ),
        (
            "Уточнение: над территорией Ростовской области этой ночью сбиты 14 (а не 12) "
            "беспилотников.",
            [([("RU-ROS", None, 14)], 14)],
        ),
        # the aside before the adjectives and a noun of two words
        (
            "Дежурными средствами ПВО перехвачены 9 (прежде говорилось о 7) беспилотных "
            "летательных аппаратов самолетного типа над Тульской областью.",
            [([("RU-TUL", None, 9)], 9)],
        ),
        # an aside that is no correction leaves the figure as before
        (
            "Над Калужской областью сбиты 5 (пять) беспилотников.",
            [([("RU-KLU", None, 5)], 5)],
        ),
    ],
)
def test_a_correction_in_parentheses_after_a_figure_leaves_it_the_drones(
    text: str, want: Read
) -> None:
    assert _read(text) == want


# --- a district of a list given a figure of its own after it: a part of the list's figure --------
def _region_rows(text: str) -> list[tuple[list[tuple[str, int | None]], int | None]]:
    """Each report's region-level (area, count) claims and its total."""
    return [
        ([(c.area_id, c.count) for c in r.claims if c.district_id is None], r.total)
        for r in parse(text, SUNDAY)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ночью над Кировским и Тарусским районами Калужской области уничтожены 11 "
            "беспилотников. Больше всего — семь — сбиты над Кировским районом.",
            [([("RU-KLU", 11)], 11)],
        ),
        (
            "Над Белгородским, Шебекинским и Валуйским округами сбиты 12 беспилотников, в том "
            "числе пять над Шебекинским округом.",
            [([("RU-BEL", 12)], 12)],
        ),
        # the figure in words, a town and its district
        (
            "Над Сызранью и Сызранским районом сбиты шесть беспилотников. Над Сызранью "
            "уничтожены четыре.",
            [([("RU-SAM", 6)], 6)],
        ),
        # two districts of the list told, fewer drones than the list's
        (
            "Над Белгородским, Шебекинским и Валуйским округами за ночь сбиты 12 БПЛА. Над "
            "Белгородским округом — пять, над Шебекинским округом — четыре.",
            [([("RU-BEL", 12)], 12)],
        ),
        # a district outside the list adds its drones to the list's, as before
        (
            "Над Кировским и Тарусским районами Калужской области сбиты шесть БПЛА. Над "
            "Обнинском уничтожены два.",
            [([("RU-KLU", 8)], None)],
        ),
    ],
)
def test_a_listed_district_s_own_figure_is_part_of_the_list_s(text: str, want: object) -> None:
    assert _region_rows(text) == want


# --- a headline read as what the body under it tells --------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline that adds up the posts the body tells one by one: no report of its own
        (
            "Над Брянщиной за сутки сбили пять беспилотников\n\nУтром губернатор Брянской "
            "области написал, что ночью над Погарским районом уничтожены три беспилотника. Днём "
            "он сообщил ещё о двух БПЛА, сбитых над Погарским районом.",
            [
                ([("RU-BRY", "RU-BRY:pogarsky", 3), ("RU-BRY", None, 3)], 3),
                ([("RU-BRY", "RU-BRY:pogarsky", 2), ("RU-BRY", None, 2)], 2),
            ],
        ),
        (
            "Над Белгородской областью за сутки уничтожены семь дронов\n\nНочью над "
            "Белгородским районом сбиты четыре дрона, сообщил губернатор Белгородской области. "
            "Днём он написал ещё о трёх дронах, сбитых над Шебекинским округом.",
            [
                ([("RU-BEL", "RU-BEL:belgorodsky", 4), ("RU-BEL", None, 4)], 4),
                ([("RU-BEL", "RU-BEL:shebekinsky", 3), ("RU-BEL", None, 3)], 3),
            ],
        ),
        # the headline's figure told again by the body's own tally: the tally stands where the
        # body tells it, after the posts it adds up
        (
            "Над Брянщиной за сутки сбили 9 беспилотников\n\nУтром губернатор написал, что ночью "
            "над Брянской областью уничтожены 6 БПЛА. Днём он сообщил ещё о трёх сбитых над "
            "Погарским районом беспилотниках. Всего за сутки над областью сбиты 9 беспилотников.",
            [
                ([("RU-BRY", None, 6)], 6),
                ([("RU-BRY", "RU-BRY:pogarsky", 3), ("RU-BRY", None, 3)], 3),
                ([("RU-BRY", None, 9)], 9),
            ],
        ),
        # a headline with no place read that tells a row of the statement below (no total)
        (
            "Хинштейн: Курск атакован беспилотниками, Минобороны сообщило о 6 сбитых над "
            "областью\n\nВ ночь на 8 марта Курск подвергся атаке беспилотников, сообщил губернатор "
            "Александр Хинштейн. По его словам, пострадавших нет.\n\nВ Минобороны сообщили, что "
            "ночью над Курской областью уничтожены шесть БПЛА, над Брянской — два.",
            [([], None), ([("RU-KRS", None, 6), ("RU-BRY", None, 2)], None)],
        ),
        # a headline that tells the one report below it stays one report, as before
        (
            "Над Курской областью сбиты 8 беспилотников\n\nНочью над Курской областью уничтожены "
            "8 беспилотников, сообщил губернатор. В Минобороны ранее сообщили о 5 беспилотниках "
            "над Брянской областью.",
            [([("RU-KRS", None, 8)], 8), ([("RU-BRY", None, 5)], 5)],
        ),
    ],
)
def test_a_headline_is_read_as_what_the_body_tells(text: str, want: Read) -> None:
    assert _read(text) == want


# --- "атаковали беспилотниками X и Y районы": the drones between the verb and the places --------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ночью ВСУ атаковали беспилотниками Белгородский и Шебекинский округа. Всего силами "
            "ПВО над Белгородской областью уничтожены 9 БПЛА.",
            [
                (
                    [
                        ("RU-BEL", "RU-BEL:belgorodsky", None),
                        ("RU-BEL", "RU-BEL:shebekinsky", None),
                        ("RU-BEL", None, 9),
                    ],
                    9,
                )
            ],
        ),
        (
            "Противник атаковал дронами Погарский район. Над Брянской областью сбиты шесть "
            "беспилотников.",
            [([("RU-BRY", "RU-BRY:pogarsky", None), ("RU-BRY", None, 6)], 6)],
        ),
        (
            "Вечером ВСУ атаковали украинскими беспилотниками Кировский и Тарусский районы "
            "Калужской области. Над областью уничтожены четыре БПЛА.",
            [
                (
                    [
                        ("RU-KLU", "RU-KLU:kirovsky", None),
                        ("RU-KLU", "RU-KLU:tarussky", None),
                        ("RU-KLU", None, 4),
                    ],
                    4,
                )
            ],
        ),
        # the places right after the verb, as before
        (
            "Противник атаковал Погарский район беспилотниками. Над Брянской областью сбиты "
            "шесть беспилотников.",
            [([("RU-BRY", "RU-BRY:pogarsky", None), ("RU-BRY", None, 6)], 6)],
        ),
    ],
)
def test_places_attacked_after_the_drones_attacked_with(text: str, want: Read) -> None:
    assert _read(text) == want

"""Why a text that looks like a report is not parsed completely (``parsing.diagnostics``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from parsing.diagnostics import (
    CONFLICTING_NUMBERS,
    COUNT_WITHOUT_AREA,
    DOUBTFUL_NUMBER,
    UNKNOWN_PLACE,
    Problem,
    diagnose,
)
from parsing.model import Claim, Report
from tests.parsing.conftest import FakePlace, fake_districts, fake_towns, resolving, with_places

PUBLISHED = date(2025, 9, 12)


def problems(text: str) -> list[tuple[str, str, str]]:
    found = diagnose(text, parse(text, published=PUBLISHED))
    return [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in found]


def test_an_unknown_place_after_nad_is_a_problem() -> None:
    text = "В течение ночи над Зарецкой областью уничтожены пять украинских БПЛА."
    assert problems(text) == [
        (
            UNKNOWN_PLACE,
            "'Зарецкой областью' is not a place the gazetteer knows",
            "Зарецкой областью",
        ),
    ]


def test_an_unknown_place_after_over_is_a_problem() -> None:
    text = "Four drones were shot down over the Zaretsk region overnight, the governor said."
    assert problems(text) == [
        (UNKNOWN_PLACE, "'Zaretsk region' is not a place the gazetteer knows", "Zaretsk region"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)> Над Зарецкой областью уничтожены 3 БПЛА.",
        "Над Зарецкой областью уничтожены 3 БПЛА. <img src=x onerror=alert(1)>",
    ],
)
def test_markup_around_the_sentence_is_not_read(text: str) -> None:
    # "alert" inside the tag once made the sentence a warning, so nothing was queued
    assert problems(text) == [
        (
            UNKNOWN_PLACE,
            "'Зарецкой областью' is not a place the gazetteer knows",
            "Зарецкой областью",
        ),
    ]


def test_a_count_with_no_area_is_a_problem() -> None:
    text = "Дежурными средствами ПВО за ночь уничтожены 7 беспилотников самолетного типа."
    assert problems(text) == [
        (COUNT_WITHOUT_AREA, "7 drones with no area that can be resolved", "7"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Над Брянской областью уничтожены 5 БПЛА.",
        "Over the past night, air defences destroyed 12 drones over the Bryansk Region.",
        "Зафиксировано движение 5 БПЛА в направлении Воронежа, сообщил губернатор.",
        "В зоне проведения СВО сбиты 40 беспилотников.",
        "Сили ППО збили 17 ворожих БпЛА на півночі країни.",
        "Погода: над Москвой облачно, ветер 5 метров в секунду.",
        "За ночь над территорией Российской Федерации уничтожены 40 беспилотников.",
        "Air defences destroyed 40 drones over Russian territory overnight.",
    ],
)
def test_complete_reports_and_non_reports_are_not_problems(text: str) -> None:
    assert problems(text) == []


def test_district_figures_above_the_area_figure_conflict() -> None:
    report = Report(
        reporter="governor",
        country="RU",
        window=None,
        night_of=PUBLISHED,
        total=None,
        total_qualifier=None,
        evidence=(0, 10),
        claims=(
            Claim("RU-KLU", "Калужская область", 2, "exact", (0, 5)),
            Claim(
                "RU-KLU", "Калужская область", 2, "exact", (5, 8), "RU-KLU:kirovsky", "Кировский"
            ),
            Claim(
                "RU-KLU", "Калужская область", 1, "exact", (8, 10), "RU-KLU:tarussky", "Тарусский"
            ),
        ),
    )
    assert diagnose("x" * 10, [report]) == [
        Problem(CONFLICTING_NUMBERS, "RU-KLU: 2 for the area but 3 in its districts", (0, 10)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Над Погарским районом сбиты два беспилотника\nВ ночь на среду два украинских беспилотника "
        "уничтожены над Погарским районом Брянской области, сообщил губернатор. Пострадавших нет.",
        "Two drones downed over the Tarussky district, governor says\nAir defences destroyed two "
        "drones over the Tarussky district of the Kaluga region overnight, the governor "
        'said. "Two UAVs were shot down over the Tarussky district, no one was hurt," he wrote.',
    ],
)
def test_a_district_told_again_under_its_headline_is_no_conflict(text: str) -> None:
    # the headline, the lede and the quote tell one district's two drones: not four or six
    # against the region's two
    assert problems(text) == []


def test_two_districts_above_the_region_figure_still_conflict() -> None:
    text = (
        "Над Тарусским районом сбиты два беспилотника, над Обнинском — ещё один. "
        "Всего над Калужской областью уничтожен один БПЛА."
    )
    assert [p[:2] for p in problems(text)] == [
        (CONFLICTING_NUMBERS, "RU-KLU: 1 for the area but 3 in its districts"),
        (
            CONFLICTING_NUMBERS,
            "RU-KLU: its districts' figures add up to 3, more than the report's total 1",
        ),
    ]


def test_a_place_of_several_regions_beside_a_claim_goes_to_review() -> None:
    # the region's own figure is placed; the district name belongs to two regions and nothing decides
    text = "Ночью над Курской областью сбиты два БПЛА. Ещё три беспилотника сбиты над Кировским районом."
    assert problems(text) == [(UNKNOWN_PLACE, "Кировский район", "Кировским районом")]


def test_an_area_listed_twice_with_two_figures_goes_to_review() -> None:
    text = "За ночь уничтожены пять БПЛА: 3 – над Брянской областью, 2 – над Брянской областью."
    why = "RU-BRY is listed 2 times in one list (3 and 2)"
    assert problems(text) == [
        (CONFLICTING_NUMBERS, why, "3 – над Брянской областью"),
        (CONFLICTING_NUMBERS, why, "2 – над Брянской областью"),
    ]


def test_a_counted_text_still_names_an_unknown_place_in_a_later_sentence() -> None:
    # once a text's figures are found, only a sentence naming a place after "над"/"over" is
    # read for counts again (a long text's other count sentences are skipped)
    text = (
        "Над Брянской областью уничтожены 5 БПЛА. Позже над Зарецкой областью сбиты 3 беспилотника."
    )
    assert problems(text) == [
        (
            UNKNOWN_PLACE,
            "'Зарецкой областью' is not a place the gazetteer knows",
            "Зарецкой областью",
        ),
    ]
    assert (
        problems("Над Брянской областью уничтожены 5 БПЛА. Всего за ночь уничтожено 9 БПЛА.") == []
    )


@pytest.mark.parametrize(
    ("reporter", "flagged"), [("mayor", True), ("governor", True), ("mod", False)]
)
def test_a_local_figure_beside_other_claims_that_reached_no_area_goes_to_review(
    reporter: str, flagged: bool
) -> None:
    # the ministry's rows were read; the second report's one drone has no place on the map
    text = "Над Брянской областью сбиты 5 БПЛА. По словам мэра, беспилотник уничтожен."
    rows = Report(
        reporter="mod",
        country="RU",
        window=None,
        night_of=PUBLISHED,
        total=5,
        total_qualifier="exact",
        evidence=(0, 35),
        claims=(Claim("RU-BRY", "Брянская область", 5, "exact", (4, 32)),),
    )
    alone = Report(
        reporter=reporter,  # type: ignore[arg-type]
        country="RU",
        window=None,
        night_of=PUBLISHED,
        total=1,
        total_qualifier="exact",
        evidence=(36, len(text)),
    )
    found = [(p.reason, p.span) for p in diagnose(text, [rows, alone])]
    assert found == ([(COUNT_WITHOUT_AREA, (36, len(text)))] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        # a week's tally and a night inside it, the country's figures with no area to give
        "За прошедшую неделю над территорией России сбиты 1240 беспилотников, сообщило "
        "Минобороны. В одну из ночей недели были уничтожены 210 дронов.",
        "Russia said its air defences had downed 1,180 drones over the past week. On one night "
        "of it, 260 drones were destroyed.",
        # drones of the sea are boats
        "Черноморский флот уничтожил пять морских дронов ВСУ.\n\nКатера шли курсом на Крым.",
        # the ministry's summary of the special operation tells the front's downings
        "Сводка Министерства обороны Российской Федерации о ходе проведения специальной военной "
        "операции (по состоянию на 3 мая)\n\nСредствами противовоздушной обороны сбиты четыре "
        "управляемые авиационные бомбы и 154 беспилотных летательных аппарата самолетного типа.",
    ],
)
def test_a_recap_and_naval_drones_have_no_area_to_lose(text: str) -> None:
    assert problems(text) == []


def test_a_night_beside_a_recap_still_has_no_area() -> None:
    text = (
        "За прошедшую неделю над территорией России сбиты 1240 беспилотников.\n\n"
        "Этой ночью дежурными средствами ПВО уничтожены 7 беспилотников самолетного типа."
    )
    assert problems(text) == [
        (COUNT_WITHOUT_AREA, "7 drones with no area that can be resolved", "7"),
    ]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("Около 14.20 мск украинский беспилотник уничтожен над Курской областью.", "14.20"),
        (
            "В период с 09.10 до 09.45 мск украинский беспилотник уничтожен над Курской областью.",
            "09.45",
        ),
    ],
)
def test_a_moscow_clock_time_is_no_doubtful_number(text: str, clock: str) -> None:
    assert problems(text) == []
    # without its time zone the same number stays a doubt
    bare = text.replace(" мск", "")
    assert problems(bare) == [
        (DOUBTFUL_NUMBER, f"a figure no count is written as: {clock!r}", clock),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ночью Новороссийск снова атаковали с моря и с воздуха. Силами ПВО и флота уничтожены два "
        "беспилотника и три безэкипажных катера.\n\nПострадавших нет.",
        # (a lede that opens on the town, "Новороссийск, ночь прошла неспокойно.", makes
        # "над городом" that town since stop 43: read, test_ru_regional_structures.py)
    ],
)
def test_a_posts_total_that_names_its_town_but_reached_no_area(text: str) -> None:
    # read as a total of 2 with no claim: the town the post names is where they were downed
    assert [(p.reason, p.detail) for p in diagnose(text, parse(text, published=PUBLISHED))] == [
        (
            COUNT_WITHOUT_AREA,
            "2 drones with no area that can be resolved, though 'Новороссийск' is named",
        )
    ]


def test_a_posts_total_that_names_no_place_is_no_problem() -> None:
    text = "Ночью силами ПВО и флота уничтожены два беспилотника и три безэкипажных катера."
    assert problems(text) == []


@pytest.mark.parametrize("including", ["в том числе", "в т.ч.", "в т. ч."])
def test_a_part_of_the_total_flying_to_a_place_is_no_count_without_area(including: str) -> None:
    # the 15 are some of the 40 the regions after it hold, told for where they flew
    text = (
        f"За ночь уничтожены 40 беспилотников, {including} 15 дронов, летевших на Москву. "
        "Беспилотники сбиты над территориями Брянской и Курской областей."
    )
    assert problems(text) == []


def test_the_ministrys_day_figure_beside_places_is_the_countrys() -> None:
    text = (
        "Над Брянской и Курской областями утром уничтожены беспилотники. В Минобороны сообщили, "
        "что за сутки средства ПВО уничтожили 130 беспилотников самолетного типа."
    )
    assert problems(text) == []


def test_a_governors_figure_with_no_area_in_a_text_that_tells_ukraines_side() -> None:
    text = (
        "Air defences destroyed 30 drones over the Kursk region overnight, the ministry said, "
        "while another governor said a drone was shot down over his region. Ukraine's air force "
        "said it shot down 40 of 55 Russian drones overnight."
    )
    said = "another governor said a drone was shot down over his region"
    assert problems(text) == [
        (COUNT_WITHOUT_AREA, "1 drones with no area that can be resolved", f"{said}.")
    ]


def test_a_governors_one_drone_told_with_no_number_over_a_place_the_map_lacks() -> None:
    # no number to read sentence by sentence: his total of 1 with no claim was lost unheld
    text = "Уважаемые жители! Около 04:10 над хутором Кривоколенным силами ПВО сбит беспилотник."
    held = Report("governor", "RU", None, None, 1, "exact", (), evidence=(0, len(text)))
    assert [(p.reason, p.detail) for p in diagnose(text, [held])] == [
        (COUNT_WITHOUT_AREA, "1 drones with no area that can be resolved")
    ]


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ('Air defence: "three each" over the Bryansk and Kursk regions, the ministry says.',
         "three", "Bryansk"),
        ("Сводка ПВО за ночь: по три над Брянской и Курской областями.", "три", "Брянской"),
    ],
)  # fmt: skip
def test_a_figure_for_each_place_with_no_drone_noun_is_a_row_no_claim_took(
    text: str, figure: str, name: str
) -> None:
    # a brief's line with no drone noun, read as no claim at all: no rule reads it
    detail = f"a row of 3 over {name!r} is named, but no claim was read"
    found = diagnose(text, [])
    assert [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in found] == [
        ("no_claim_read", detail, figure)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Kursk: 6 drones.", "Kursk"), ("Орловская обл. 6 беспилотников", "Орловская")],
)
def test_a_place_named_alone_beside_drones_no_claim_took(text: str, name: str) -> None:
    # no preposition and no word for a region: the text was stored with no claim and no word
    orel = FakePlace("region", "RU-ORL", None, "Орловская область", "Oryol Oblast")
    with resolving(with_places({"орловская": [orel]})):
        found = diagnose(text, [])
    assert [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in found] == [
        ("no_claim_read", f"6 drones and {name!r} are named, but no claim was read", "6")
    ]


def test_russias_ministry_quoted_in_ukraines_news_with_no_report_of_russia_read() -> None:
    # a Ukrainian outlet's night: Ukraine's own figure read, the ministry's beside it lost
    text = (
        "Сили ППО вночі знешкодили 40 з 55 ударних БпЛА.\n"
        "Водночас у Міноборони РФ заявили про 33 збитих за ніч дронів, зокрема 12 — над "
        "Брянською областю."
    )
    ukraine = Report("other", "UA", None, None, 40, "exact", (), evidence=(0, 48))
    bryansk = FakePlace("region", "RU-BRY", None, "Брянская область", "Bryansk Oblast")
    with resolving(with_places({"брянской": [bryansk]})):
        found = diagnose(text, [ukraine])
    said = "над Брянською областю"
    assert [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in found] == [
        (
            "no_claim_read",
            f"Russia's defence ministry is quoted with 33 drones and {said!r}, but no report "
            "of Russia's side was read",
            "33",
        )
    ]
    # once the ministry's report is read, nothing is lost
    russia = Report("mod", "RU", None, None, 33, "exact", (), evidence=(49, len(text)))
    with resolving(with_places({"брянской": [bryansk]})):
        assert [p.reason for p in diagnose(text, [ukraine, russia])] == []


#: A post over "the region" with no name, towns of two regions under it as hashtags (one town's
#: tag would name the region: ``region_context.hashtag_region``), and an update that places its
#: own figure.
_BARE = (
    "Ночью над территорией области уничтожено 4 БПЛА. Пострадавших нет.\n"
    "Дополнено: ещё 2 беспилотника сбиты над Стародубским районом.\n#Брянск #Курск"
)


def test_a_posts_total_over_the_region_unnamed_reads_the_whole_post() -> None:
    with resolving(
        with_places(
            {
                **fake_districts("RU-BRY", "Стародубский"),
                **fake_towns("RU-BRY", "Брянск"),
                **fake_towns("RU-KRS", "Курск"),
            }
        )
    ):
        found = problems(_BARE)
    assert found == [
        (
            COUNT_WITHOUT_AREA,
            "4 drones with no area that can be resolved, though 'Брянск' is named",
            "Ночью над территорией области уничтожено 4 БПЛА. Пострадавших нет.",
        )
    ]


def test_a_posts_total_that_names_no_region_reads_only_its_own_words() -> None:
    text = _BARE.replace("над территорией области ", "")
    with resolving(
        with_places({**fake_districts("RU-BRY", "Стародубский"), **fake_towns("RU-BRY", "Брянск")})
    ):
        assert problems(text) == []

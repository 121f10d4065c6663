"""Russian news that retells its sources in their own grammar (issue 10, a fifth fresh batch):
a figure told in reported speech ("сообщил о ..."), a participle standing for its noun, a
list under a heading without a verb. Reports written for these tests in our own words,
grouped by the rule."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import Claims, Row, claims_by_report

SATURDAY = date(2026, 3, 7)


def _claims(text: str) -> Claims:
    return claims_by_report(text, SATURDAY)


# --- a plural participle standing for its noun: "о четырёх сбитых над X" ---------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Губернатор сообщил о четырёх сбитых над Брянщиной ночью.", [[("RU-BRY", None, 4)]]),
        (
            "Глава региона рассказал о 7 уничтоженных над Смоленской областью.",
            [[("RU-SMO", None, 7)]],
        ),
        (
            "Оперштаб написал о двух перехваченных над Курской областью, пострадавших нет.",
            [[("RU-KRS", None, 2)]],
        ),
        # the participle with its noun after the place: one figure, read by the noun
        (
            "Власти сообщили о пяти сбитых над Курской областью беспилотниках.",
            [[("RU-KRS", None, 5)]],
        ),
        # a participle whose noun is another aircraft's is no drone
        ("Сообщается о двух сбитых над Курской областью вертолётах.", []),
    ],
)
def test_a_participle_without_its_noun_counts_drones(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a participle after the comma places the drones counted before it -------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Губернатор Калужской области сообщил о трёх беспилотниках, уничтоженных над Тарусским районом.",
            [[("RU-KLU", "RU-KLU:tarussky", 3), ("RU-KLU", None, 3)]],
        ),
        (
            "Ночью ПВО уничтожила шесть дронов, сбитых над Погарским районом.",
            [[("RU-BRY", "RU-BRY:pogarsky", 6), ("RU-BRY", None, 6)]],
        ),
        # a clause of its own after the comma is where debris fell, not the figure's place
        (
            "Над Брянской областью сбиты шесть дронов, обломки упали в Погарском районе.",
            [[("RU-BRY", None, 6), ("RU-BRY", "RU-BRY:pogarsky", None)]],
        ),
    ],
)
def test_a_participle_after_the_comma_places_the_figure(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- an opening line in Ukraine's words: its figures date only itself, its night the text ----
def _nights(text: str) -> list[tuple[str, date | None, list[Row]]]:
    return [
        (r.country, r.night_of, [(c.area_id, c.district_id, c.count) for c in r.claims])
        for r in parse(text, SATURDAY)
    ]


def test_ukraines_opening_line_of_figures_gives_no_night() -> None:
    # Ukraine's air force in a headline over a Russian ministry's figure: a line with figures
    # dates itself (Ukraine's figure over Ukraine is a report of Ukraine's own)
    text = (
        "Повітряні сили: вночі знищено 35 дронів над Україною.\n"
        "В Минобороны РФ сообщили, что над Курской областью сбиты пять беспилотников."
    )
    russian = [n for n in _nights(text) if n[0] == "RU"]
    assert russian == [("RU", None, [("RU-KRS", None, 5)])]


def test_ukraines_opening_line_without_figures_names_the_texts_night() -> None:
    # a Ukrainian outlet's line about explosions in Russia over a Russian governor's figure:
    # the night the text's top names is every report's (docs/labels.md)
    text = (
        "Вночі в Росії знову було гучно.\n"
        "Губернатор Курской области сообщил, что над регионом сбиты пять беспилотников."
    )
    assert _nights(text) == [("RU", SATURDAY, [("RU-KRS", None, 5)])]


def test_a_russian_opening_line_still_dates_the_figures_after_it() -> None:
    text = "Ночь прошла неспокойно.\nНад Курской областью сбиты пять беспилотников."
    assert _nights(text) == [("RU", SATURDAY, [("RU-KRS", None, 5)])]


# --- rows under a heading without a verb: "Итоги ночи:" over "— Курская область: 9" -----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Итоги ночи по регионам:\n— Курская область: 7\n— Брянская область: 3\n"
            "Всего, по нашим подсчётам, 10 беспилотников.",
            [[("RU-KRS", None, 7), ("RU-BRY", None, 3)]],
        ),
        (
            "Итоги ночной атаки:\n▪️ Калужская область — 4\n▪️ Тульская область — 2\n"
            "Данные о сбитых дронах приводит Минобороны.",
            [[("RU-KLU", None, 4), ("RU-TUL", None, 2)]],
        ),
        (
            "Ночь в цифрах:\n• Белгородская область — 8\n• Курская область — 1\nВсе цели — дроны.",
            [[("RU-BEL", None, 8), ("RU-KRS", None, 1)]],
        ),
        # a heading of shelling, or of attacks, heads no drones downed
        (
            "Итоги обстрелов за сутки:\n— Шебекинский округ: 12\n— Белгородский район: 4\n"
            "Дроны атаковали несколько сёл.",
            [],
        ),
        (
            "Число атак по районам:\n— Шебекинский округ: 12\n— Белгородский район: 4\n"
            "Большинство атак — дроны.",
            [],
        ),
        # a heading in a text that names no drone heads no drones
        ("Итоги голосования:\n— Курская область: 7\n— Брянская область: 3", []),
    ],
)
def test_rows_under_a_tally_heading_down_drones(text: str, want: Claims) -> None:
    assert _claims(text) == want


# --- a headline's figure for a town and its suburbs over the rows that add up to it ------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Восемь беспилотников сбиты над Подольском и пригородами\n"
            "Губернатор уточнил, где работала ПВО:\n— Подольск: 5\n— Ступинский район: 3",
            [
                [
                    ("RU-MOS", None, 8),
                    ("RU-MOS", "RU-MOS:podolsk", 5),
                    ("RU-MOS", "RU-MOS:stupinsky", 3),
                ]
            ],
        ),
        # the rows do not add up to it: the town's own figure stays, no whole is guessed
        (
            "Над Подольском сбиты восемь беспилотников.\n"
            "Губернатор уточнил, где работала ПВО:\n— Подольск: 5\n— Ступинский район: 2",
            [
                [
                    ("RU-MOS", "RU-MOS:podolsk", 8),
                    ("RU-MOS", None, None),
                    ("RU-MOS", "RU-MOS:podolsk", 5),
                    ("RU-MOS", "RU-MOS:stupinsky", 2),
                ]
            ],
        ),
    ],
)
def test_a_headline_over_its_rows_is_their_whole(text: str, want: Claims) -> None:
    assert _claims(text) == want


def test_the_headline_over_its_rows_is_the_total() -> None:
    text = (
        "Восемь беспилотников сбиты над Подольском и пригородами\n"
        "Губернатор уточнил, где работала ПВО:\n— Подольск: 5\n— Ступинский район: 3"
    )
    assert [r.total for r in parse(text, SATURDAY)] == [8]

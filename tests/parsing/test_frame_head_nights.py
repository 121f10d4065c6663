"""The night a post's head names (our own wording): the night written as a noun with its date
and no preposition ("Ночь на 5 мая", a heading's or a dateline's, ``time.NIGHT_RE``), the
opening lines before the first figure that name it after a greeting or a town's name, and a
line that opens on the night alone ("Ночь в Брянске: ..."), ``time_clauses.lede_night``."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 5, 5)


def _nights(text: str) -> list[tuple[date | None, int | None]]:
    return [(r.night_of, r.total) for r in parse(text, DAY)]


@pytest.mark.parametrize(
    ("text", "night", "total"),
    [
        # a heading of its own line, the figures in the next
        ("Ночь на 5 мая в Брянской области.\nНад Клинцовским районом сбиты три БПЛА.", DAY, 3),
        # a town's name and a colon before it, a list of timed lines after
        (
            "Липецк, ночь на 4 мая:\n02:10 — над Грязинским районом уничтожен беспилотник.",
            date(2026, 5, 4),
            1,
        ),
        # the night with two days, a number word for the figure
        (
            "Ночь с 3 на 4 мая. Над Курчатовским районом сбиты пять беспилотников.",
            date(2026, 5, 4),
            5,
        ),
        # the night ending a weekday (5 May 2026 is a Tuesday)
        ("Ночь на вторник. Над городом Орлом силами ПВО уничтожены 2 дрона.", DAY, 2),
        # the heading inside a sentence, the total in digits
        (
            "Обстановка в регионе — ночь на 5 мая: над Белгородским районом сбиты 7 БПЛА.",
            DAY,
            7,
        ),
    ],
)
def test_a_night_named_without_a_preposition_dates_the_post(
    text: str, night: date, total: int
) -> None:
    assert _nights(text) == [(night, total)]


@pytest.mark.parametrize(
    "text",
    [
        # a greeting, then the night as the subject
        "Всем доброе утро. Ночь была беспокойной. Над Белгородским районом сбиты 6 БПЛА.",
        # a greeting to the readers, a comma in it
        "Доброе утро, земляки! Минувшая ночь выдалась тревожной. Над Курском уничтожены 6 дронов.",
        # the night alone as a heading with a colon
        "Ночь в Брянске: работала ПВО\n\nГубернатор сообщил, что над городом сбиты 6 беспилотников.",
        # the night alone as a line of its own after a greeting
        "Здравствуйте! Ночь.\nНад Грайворонским округом подавлены 6 беспилотников.",
        # the night alone, a dash after it
        "Ночь — снова атака дронов. Над Рыльском сбиты шесть БПЛА, пострадавших нет.",
    ],
)
def test_the_opening_lines_name_the_night_of_the_figures_after_them(text: str) -> None:
    assert _nights(text) == [(DAY, 6)]


@pytest.mark.parametrize(
    "text",
    [
        # a line with figures first dates itself
        "Над Курском сбиты 6 БПЛА. Ночь прошла неспокойно.",
        # four lines before the night: past the post's head
        "Новости. Регион. Главное. Сводка. Ночь прошла неспокойно. Над Курском сбиты 6 БПЛА.",
    ],
)
def test_what_comes_before_the_night_in_the_head_stops_it(text: str) -> None:
    assert _nights(text) == [(None, 6)]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the night as the subject, its figures after a colon in the same sentence
        ("Ночь в районе прошла неспокойно: над Глушково ПВО сбили четыре дрона.", 4),
        # a dash for the colon, another verb of being
        ("Ночь была тревожной — над Белгородским районом уничтожены два беспилотника.", 2),
        # "выдалась", digits
        ("Ночь выдалась беспокойной: над Курском сбиты 3 БПЛА, пострадавших нет.", 3),
        # after an emoji, a town's name before the colon
        ("🌙 Ночь в Брянске: средствами ПВО сбит один беспилотник.", 1),
        # a comma before the figures, "оказалась", a second sentence after
        ("Ночь для Орла снова оказалась шумной, над городом сбиты пять БПЛА. Ущерба нет.", 5),
    ],
)
def test_a_sentence_opening_on_the_night_is_that_night_s(text: str, total: int) -> None:
    assert _nights(text) == [(DAY, total)]


@pytest.mark.parametrize(
    "text",
    [
        # an English wire story led by Ukraine's claim of a strike, the governor's drones after
        "Ukraine's General Staff said its forces struck an oil depot in Russia's Bryansk region "
        "overnight.\nBryansk Governor Alexander Bogomaz said six drones had been shot down over "
        "the region.",
        # a headline first, the claim in the lede
        "Fire at depot after drone strike\n\nUkrainian forces hit a fuel depot in the Kursk "
        "region overnight, the General Staff in Kyiv said.\nThe regional governor said air "
        "defences destroyed six drones over the Kursk region.",
        # Ukraine's drone forces, the ministry's figure after them
        "Ukraine's drone forces said they attacked a refinery in Russia's Oryol region in the "
        "early hours.\nRussia's Defence Ministry said six drones were destroyed over the Oryol "
        "region.",
    ],
)
def test_ukraine_s_claim_opening_a_story_names_the_russian_report_s_night(text: str) -> None:
    russian = [(r.night_of, r.total) for r in parse(text, DAY) if r.country == "RU"]
    assert russian == [(DAY, 6)]

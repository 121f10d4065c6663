"""More of the ministry's forms (our own wording): "both drones jammed" after a 2023 attempt
preamble, and a bare "над морем" in a sentence that names its sea."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2023, 7, 24)


def rows(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.area_id, c.count, c.rule) for r in parse(text, DAY) for c in r.claims]


def test_both_drones_jammed_after_an_attempt_are_the_attempts_drones() -> None:
    text = (
        "Этой ночью пресечена попытка киевского режима совершить террористическую атаку с "
        "применением двух беспилотников на объекты на территории Калужской области. Оба "
        "беспилотника подавлены средствами РЭБ и, потеряв управление, упали."
    )
    (report,) = parse(text, DAY)
    assert rows(text) == [("RU-KLU", 2, "all_destroyed")]
    assert report.total == 2


def test_both_without_an_interception_verb_are_no_figure() -> None:
    text = (
        "Этой ночью пресечена попытка атаки с применением двух беспилотников на объекты на "
        "территории Калужской области. Оба беспилотника упали в поле."
    )
    assert not [c for r in parse(text, DAY) for c in r.claims if c.count is not None]


def test_over_the_sea_is_the_sea_its_sentence_names() -> None:
    text = (
        "За ночь над Крымом и акваторией Черного моря уничтожены 10 беспилотников: "
        "6 над Крымом, 4 над морем."
    )
    (report,) = parse(text, DAY)
    assert rows(text) == [
        ("UA-43", 6, "count_over_place"),
        ("SEA-BLACK", 4, "bare_sea"),
    ]
    assert report.total == 10


def test_over_the_sea_with_two_seas_named_is_no_sea_of_them() -> None:
    text = (
        "За ночь над Крымом, Черным и Азовским морями уничтожены 10 беспилотников: "
        "6 над Крымом, 4 над морем."
    )
    areas = [c.area_id for r in parse(text, DAY) for c in r.claims if c.rule == "bare_sea"]
    assert "SEA-BLACK" not in areas and "SEA-AZOV" not in areas


def test_more_drones_heading_their_breakdown_are_its_total() -> None:
    # the second window's statement opens on "ещё N" and a colon: N is the total of its rows
    text = (
        "С 20.00 до 23.00 мск над территорией Курской области уничтожены 4 беспилотника. "
        "Кроме того, с 23.00 мск 23 июля до 7.00 мск 24 июля перехвачены еще 9 беспилотников: "
        "5 – над Брянской областью и 4 – над Белгородской."
    )
    reports = parse(text, DAY)
    assert [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in reports] == [
        (4, [("RU-KRS", 4)]),
        (9, [("RU-BRY", 5), ("RU-BEL", 4)]),
    ]


def test_more_drones_without_a_breakdown_are_no_total() -> None:
    # "ещё 2" adds to the region's figure; the report's total is the sum, never the 2
    text = "Над Брянской областью сбиты 6 беспилотников, ещё 2 подавлены средствами РЭБ."
    (report,) = parse(text, DAY)
    assert (report.total, [(c.area_id, c.count) for c in report.claims]) == (8, [("RU-BRY", 8)])


def test_drones_downed_after_an_attempt_and_one_more_jammed_add_up() -> None:
    # 2023: the preamble names the place, the next sentence downs two and jams one more
    text = (
        "Пресечена попытка киевского режима осуществить террористическую атаку беспилотными "
        "летательными аппаратами на объекты на территории Калужской области. Два беспилотника "
        "сбиты средствами ПВО, ещё один подавлен средствами РЭБ и, потеряв управление, упал в "
        "лесу."
    )
    assert rows(text) == [("RU-KLU", 3, "all_destroyed")]


def test_one_more_alone_after_an_attempt_is_its_figure() -> None:
    text = (
        "Пресечена попытка атаки беспилотниками на объекты на территории Калужской области. "
        "Ещё два беспилотника уничтожены средствами ПВО."
    )
    assert rows(text) == [("RU-KLU", 2, "all_destroyed")]


def test_more_downed_than_the_attempt_had_is_no_figure() -> None:
    # the attempt was made with two: three downed is no reading of it
    text = (
        "Пресечена попытка атаки с применением двух беспилотников на объекты на территории "
        "Калужской области. Два беспилотника уничтожены, ещё один подавлен средствами РЭБ."
    )
    assert [c for c in rows(text) if c[1] is not None] == []


@pytest.mark.parametrize("bullet", ["–", "▪️", ""])
def test_a_seas_row_may_name_its_waters(bullet: str) -> None:
    sep = f"\n{bullet} " if bullet else " "
    text = (
        f"Дежурными средствами ПВО уничтожены 20 БПЛА:{sep}акватория Черного моря – 12;{sep}"
        "Краснодарский край – 8."
    )
    (report,) = parse(text, DAY)
    assert report.total == 20
    assert [(c.area_id, c.count) for c in report.claims] == [("SEA-BLACK", 12), ("RU-KDA", 8)]


@pytest.mark.parametrize(
    "text",
    [
        "Над территорией ЛНР и Запорожской области уничтожены по два беспилотника.",
        "Над ЛНР и Запорожской областью сбиты по два беспилотника.",
        "Дежурными средствами ПВО уничтожены 4 БПЛА:\n▪️ ЛНР – 2;\n▪️ Запорожская область – 2.",
    ],
)
def test_a_region_written_as_its_capital_letters_is_a_place(text: str) -> None:
    assert [(a, n) for a, n, _rule in rows(text)] == [("UA-09", 2), ("UA-23", 2)]


def test_capital_letters_inside_a_word_are_no_place() -> None:
    text = "Над ДНРовским лесом сбит беспилотник."
    assert [(a, n) for a, n, _rule in rows(text)] == []


def test_a_headline_retelling_the_front_s_figure_is_no_report() -> None:
    # the day's drones over the front: the headline's bare 95 is that figure, none over Russia;
    # the night's statement after it is the report
    text = (
        "ПВО за сутки сбила 95 беспилотников\n\n"
        "Средства ПВО за сутки в зоне проведения специальной военной операции сбили 95 "
        "беспилотных летательных аппаратов самолетного типа. Кроме того, в течение прошедшей "
        "ночи над территорией Брянской области уничтожены 6 украинских БПЛА."
    )
    (report,) = parse(text, DAY)
    assert (report.total, rows(text)) == (6, [("RU-BRY", 6, "count_over_place")])


def test_a_headline_figure_other_than_the_front_s_stays() -> None:
    text = (
        "ПВО сбила 20 беспилотников\n\n"
        "Средства ПВО за сутки в зоне проведения специальной военной операции сбили 95 "
        "беспилотных летательных аппаратов самолетного типа."
    )
    assert [r.total for r in parse(text, DAY)] == [20]

"""A corrected figure replaces the figure it corrects, never adds to it (our own wording).

The ministry and the agencies correct a statement in place: "UPD: по уточненным данным ...",
"Уточнение." on a line of its own, "Уточненные данные Минобороны: ...", "The ministry has revised
its figure ...". The figures after the correction replace those the report gave the same area
before it, and its total the totals before it; other areas keep theirs.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

DAY = date(2025, 10, 12)


def rows(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text, DAY) for c in r.claims]


def test_upd_with_corrected_data_replaces_the_area_figure() -> None:
    text = (
        "Минобороны: за ночь над Брянской областью сбиты 9 беспилотников.\n"
        "UPD: по уточненным данным, над Брянской областью уничтожены 11 БПЛА."
    )
    (report,) = parse(text, DAY)
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-BRY", 11, "count_over_place")
    ]
    assert report.total == 11


def test_a_correction_line_of_its_own_heads_the_figures_after_it() -> None:
    text = (
        "Ночью над Курской областью сбиты 12 БПЛА, над Белгородской — 5.\n\n"
        "Уточнение.\n\n"
        "Ночью над Курской областью уничтожены 14 беспилотников."
    )
    assert sorted(rows(text)) == [("RU-BEL", 5), ("RU-KRS", 14)]


def test_corrected_data_replace_an_earlier_total() -> None:
    text = (
        "Ранее сообщалось о 18 сбитых беспилотниках. Уточненные данные Минобороны: с 20.00 "
        "до 23.00 мск уничтожены 23 украинских БПЛА, из них 13 — над Курской областью и "
        "10 — над Белгородской."
    )
    (report,) = parse(text, DAY)
    assert report.total == 23
    assert rows(text) == [("RU-KRS", 13), ("RU-BEL", 10)]


def test_english_revised_figure_replaces_the_earlier_one() -> None:
    text = (
        "Russian air defences shot down 20 drones over the Kursk Region overnight, the "
        "Defence Ministry said. It later revised its figure: 26 drones were destroyed over "
        "the Kursk Region."
    )
    (report,) = parse(text, DAY)
    assert rows(text) == [("RU-KRS", 26)]
    assert report.total == 26


def test_without_a_correction_two_figures_of_one_area_stay_two() -> None:
    text = (
        "Минобороны: за ночь над Брянской областью сбиты 9 беспилотников.\n"
        "Днем над Брянской областью уничтожены ещё 2 БПЛА."
    )
    assert sum(c.count or 0 for r in parse(text, DAY) for c in r.claims) == 11


def test_a_bare_upd_adds_news_and_corrects_nothing() -> None:
    text = (
        "За ночь над Ростовской областью сбиты 4 беспилотника.\n"
        "UPD: над Ростовской областью сбиты ещё 2 беспилотника."
    )
    assert sum(c.count or 0 for r in parse(text, DAY) for c in r.claims) == 6


def test_without_detail_in_a_district_is_no_correction() -> None:
    text = (
        "Над Брянской областью сбиты 3 беспилотника. Без уточнения района над Брянской "
        "областью уничтожены ещё 2 БПЛА."
    )
    assert sum(c.count or 0 for r in parse(text, DAY) for c in r.claims) == 5


def test_a_later_word_that_sets_the_figure_right_replaces_it() -> None:
    # "Позднее ... уточнило": the same speaker's later figure for the same area, not more drones
    for text in (
        "Над Курской областью сбиты 9 БПЛА. Позднее Минобороны уточнило: над Курской областью "
        "уничтожены 13 БПЛА.",
        "Над Курской областью сбиты 9 БПЛА. Позже в ведомстве уточнили, что над Курской "
        "областью уничтожены 13 беспилотников.",
        "Над Курской областью сбиты 9 БПЛА. Впоследствии губернатор уточнил: над Курской "
        "областью сбиты 13 беспилотников.",
    ):
        (report,) = parse(text, DAY)
        assert rows(text) == [("RU-KRS", 13)], text
        assert report.total == 13, text


def test_a_detail_the_speaker_adds_is_no_correction() -> None:
    # "уточнил, что ..." without "позднее": a detail of the same statement; its "ещё" drones are
    # more of the area's (two claims the store adds), not a figure that replaces the first
    text = (
        "Над Курской областью сбиты 9 БПЛА. Губернатор уточнил, что над Курской областью "
        "сбиты ещё 2 беспилотника."
    )
    assert rows(text) == [("RU-KRS", 9), ("RU-KRS", 2)]

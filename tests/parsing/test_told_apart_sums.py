"""One speaker's figures told apart over one area ("в 01:10 — об одном, в 02:35 — ещё о двух",
"сбит один, позже ещё два") add up to the area's row, but their sum is no total: the text never
wrote the whole (docs/labels.md: "one speaker's figures over one area with no whole told", "a
retelling of one speaker's several timed posts ... with no night total"). Drones added in the
same breath by another means ("сбиты шесть, ещё два подавлены РЭБ") are one event: their sum
stays the whole; so does a sum some sentence writes (a headline). The same holds for a sum
with no place that the report's one area takes (``TotalCandidate.added``) and for one
district's figures told apart that give its region its row (``ReportReading.summed``).
Written for this project in our own words (``count_rules._told_apart``,
``build._unwritten_sums``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import fake_districts, resolving, with_places

DAY = date(2025, 9, 10)


def _report(text: str) -> tuple[int | None, list[tuple[str, int | None]]]:
    (report,) = parse(text, DAY)
    return report.total, [(c.area_id, c.count) for c in report.claims if c.district_id is None]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a clock after a dash for each line of a retelling
        ("Над Тульской областью в 23:40 уничтожен БПЛА, в 01:15 — ещё три.", ("RU-TUL", 4)),
        # the mayor's timed posts retold, "ещё о двух" for the drones he told of
        (
            "Собянин в 01:10 сообщил об одном беспилотнике, летевшем на Москву, в 02:35 — ещё о "
            "двух.",
            ("RU-MOW", 3),
        ),
        # "позже", no clock
        ("Над Брянской областью сбит один беспилотник, позже ещё два.", ("RU-BRY", 3)),
        # "спустя час" after "а" and a dash for the verb
        ("Над Курской областью сбиты два беспилотника, а спустя час — ещё один.", ("RU-KRS", 3)),
        # English "and later another two"
        ("One drone was shot down over the Kursk region, and later another two.", ("RU-KRS", 3)),
    ],
)
def test_figures_told_apart_add_up_to_a_row_and_no_total(text: str, row: tuple[str, int]) -> None:
    assert _report(text) == (None, [row])


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the other means, one breath: one event, the sum its whole
        (
            "Над Брянской областью сбиты 6 беспилотников, ещё 2 подавлены средствами РЭБ.",
            (8, [("RU-BRY", 8)]),
        ),
        ("Над Курской областью уничтожены пять БПЛА и ещё три перехвачены.", (8, [("RU-KRS", 8)])),
        # a headline writes the sum of the lines told apart: the whole told
        (
            "Над Брянской областью за ночь сбиты три беспилотника\n\n"
            "Над Брянской областью сбит один беспилотник, позже ещё два.",
            (3, [("RU-BRY", 3)]),
        ),
    ],
)
def test_a_sum_told_in_one_breath_or_written_elsewhere_is_the_whole(
    text: str, want: tuple[int, list[tuple[str, int]]]
) -> None:
    assert _report(text) == want


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the governor's region takes the lines' sum: a clock after a dash for each line
        (
            "Губернатор Тульской области Дмитрий Миляев: в 23:40 сбит один беспилотник, в 01:15 "
            "— ещё три.",
            ("RU-TUL", 4),
        ),
        # his posts retold, "ещё о двух" for the drones he told of
        (
            "Губернатор Курской области написал в 00:30 об одном сбитом дроне, в 02:10 — ещё о "
            "двух.",
            ("RU-KRS", 3),
        ),
        # the mayor's three posts, the city from the sentence before
        (
            "Ночью на Москву летели беспилотники. В 00:50 Собянин сообщил об одном сбитом, в "
            "02:10 — ещё о двух, а в 04:30 — о трёх.",
            ("RU-MOW", 6),
        ),
        # "позже" after a heading that names the speaker's region
        ("Брянский губернатор: сбит один беспилотник, позже ещё два.", ("RU-BRY", 3)),
        # English "and later another two"
        (
            "The Kursk governor said one drone was shot down overnight, and later another two.",
            ("RU-KRS", 3),
        ),
    ],
)
def test_a_sum_with_no_place_is_the_speaker_s_row_and_no_total(
    text: str, row: tuple[str, int]
) -> None:
    assert _report(text) == (None, [row])


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a channel's own timed lines over one okrug
        (
            "08:10\nНад Шебекинским округом сбит беспилотник.\n\n10:45\nЕщё два беспилотника "
            "сбиты над Шебекинским округом.",
            [("RU-BEL:шебекинский", 1), ("RU-BEL:шебекинский", 2)],
        ),
        # "Позже ещё два" opening the second sentence
        (
            "Над Суджанским районом сбит один дрон. Позже ещё два сбиты над Суджанским районом.",
            [("RU-KRS:суджанский", 1), ("RU-KRS:суджанский", 2)],
        ),
        # "затем" and a dash for the verb
        (
            "Над Шебекинским округом уничтожены два БПЛА, затем ещё один — над Шебекинским "
            "округом.",
            [("RU-BEL:шебекинский", 2), ("RU-BEL:шебекинский", 1)],
        ),
        # "спустя час ещё один" over the same district
        (
            "В Кстовском районе ночью уничтожен беспилотник, спустя час ещё один — над Кстовским "
            "районом.",
            [("RU-NIZ:кстовский", 1), ("RU-NIZ:кстовский", 1)],
        ),
    ],
)
def test_one_district_s_figures_told_apart_give_its_region_a_row_and_no_total(
    text: str, rows: list[tuple[str, int]]
) -> None:
    districts = {
        **fake_districts("RU-BEL", "Шебекинский"),
        **fake_districts("RU-KRS", "Суджанский"),
        **fake_districts("RU-NIZ", "Кстовский"),
    }
    with resolving(with_places(districts)):
        (report,) = parse(text, DAY)
    region = rows[0][0].split(":")[0]
    assert report.total is None
    assert [(c.district_id, c.count) for c in report.claims if c.district_id] == rows
    assert [(c.area_id, c.count) for c in report.claims if c.district_id is None] == [
        (region, sum(n for _d, n in rows))
    ]

"""Russian news with several speakers: structures discovery106 showed (stop 47), in our own
wording.

Each test is a text written for it; none is a sentence of the working set or of corpus-dev.
"""

from __future__ import annotations

from datetime import date

from parsing import parse

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

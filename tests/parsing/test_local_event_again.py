"""Where the event just told happened (our own wording): a sentence that opens on a pronoun for
it ("Это произошло недалеко от Энска", "Случилось это над Энским районом", "This happened near
X") names the place of the drones the sentence before downed, without a figure of its own."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Над Белгородской областью сбит БПЛА. Это произошло над Шебекинским округом, "
            "пострадавших нет.",
            "RU-BEL:shebekinsky",
        ),
        (
            "Ночью над Брянской областью уничтожены два беспилотника. Случилось это в районе "
            "Погара.",
            "RU-BRY:pogarsky",
        ),
        (
            "Над Калужской областью сбит беспилотник. Всё это произошло недалеко от Обнинска.",
            "RU-KLU:obninsk",
        ),
        (
            "Над Калужской областью силами ПВО сбиты три БПЛА. Произошло это в Кировском районе.",
            "RU-KLU:kirovsky",
        ),
        (
            "A drone was shot down over the Kaluga region overnight. This happened near Obninsk, "
            "the governor said.",
            "RU-KLU:obninsk",
        ),
        (
            "Three drones were downed over the Belgorod region. It happened over the Shebekino "
            "district, no one was hurt.",
            "RU-BEL:shebekinsky",
        ),
    ],
)
def test_the_place_of_the_event_just_told_is_the_drones_place(text: str, district: str) -> None:
    (report,) = parse(text, P)
    region = district.split(":")[0]
    rows = {(c.area_id, c.district_id, c.count) for c in report.claims}
    assert (region, district, None) in rows
    assert report.total == sum(c.count or 0 for c in report.claims if c.district_id is None)


def test_the_event_of_a_sentence_that_downs_nothing_names_no_place() -> None:
    text = "В Обнинске ночью загорелся склад. Это произошло около трёх часов."
    assert parse(text, P) == []

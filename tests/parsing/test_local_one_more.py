"""A head's post told line by line (our own wording): an attack of one drone repelled is that
drone downed, and "ещё N" with no place after the Moscow mayor's line is more of his drones."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

P = date(2025, 6, 2)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Собянин: силами ПВО отражена атака беспилотника, летевшего на Москву.", "RU-MOW"),
        ("Отражена атака БПЛА, летевшего на столицу. Работают экстренные службы.", "RU-MOW"),
        ("Над Сызранью ночью отражена атака вражеского дрона.", "RU-SAM"),
        ("ПВО отразили атаку беспилотника на Сызрань, пострадавших нет.", "RU-SAM"),
        ("Над Самарской областью отражена атака беспилотного летательного аппарата.", "RU-SAM"),
    ],
)
def test_an_attack_of_one_drone_repelled_is_one_downed(text: str, want: str) -> None:
    (report,) = parse(text, P)
    assert sorted((c.area_id, c.count) for c in report.claims if c.district_id is None) == [
        (want, 1)
    ]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Над Сызранью отражена атака беспилотников.", ["RU-SAM:syzran"]),
        # the attack's target, nothing downed over a place: no report (docs/labels.md, c020)
        ("Отражена атака БПЛА на Сызрань.", []),
        ("Отражена атака БПЛА, летевших на Москву.", None),
    ],
)
def test_an_attack_of_drones_uncounted_gives_no_figure(text: str, named: list[str] | None) -> None:
    # a plural, or the indeclinable "БПЛА" with no singular after it, tells no figure; the
    # place attacked stays named (None: no place is asserted), its region beside it or not
    claims = [c for r in parse(text, P) for c in r.claims]
    assert all(c.count is None for c in claims)
    if named is not None:
        assert [c.district_id for c in claims if c.district_id] == named


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("Собянин: отражена атака трёх БПЛА, летевших на Москву. Чуть позже сбиты ещё два.", 2),
        ("Мэр Москвы: уничтожены три беспилотника, летевших на столицу. Позднее сбит ещё один.", 1),
        ("Собянин: сбиты три дрона, летевших на Москву. Спустя час перехвачены ещё 4 БПЛА.", 4),
        ("Собянин: сбиты три дрона, летевших на Москву. Ещё пять уничтожены под утро.", 5),
        (
            "Sobyanin said three drones flying toward Moscow were downed. Two more were destroyed later.",
            2,
        ),
    ],
)
def test_more_downed_after_the_mayors_moscow_line_are_moscows(text: str, more: int) -> None:
    (report,) = parse(text, P)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-MOW", 3), ("RU-MOW", more)]
    # the sum was not written: no total (as a label counts "the total as written")
    assert report.total is None


def test_more_downed_after_a_regions_figure_stay_the_regions() -> None:
    # a region's figure that holds Moscow-bound drones as a part: "ещё" is more of the region's
    text = (
        "Над Калужской областью сбиты 4 беспилотника, в том числе 2, летевших на Москву. "
        "Ещё один сбит позднее."
    )
    (report,) = parse(text, P)
    assert [(c.area_id, c.count) for c in report.claims] == [("RU-KLU", 4), ("RU-KLU", 1)]

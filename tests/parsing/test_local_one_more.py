"""A head's post told line by line (our own wording): an attack of one drone repelled is that
drone downed."""

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
    "text",
    [
        "Над Сызранью отражена атака беспилотников.",
        "Отражена атака БПЛА на Сызрань.",
        "Отражена атака БПЛА, летевших на Москву.",
    ],
)
def test_an_attack_of_drones_uncounted_gives_no_figure(text: str) -> None:
    # a plural, or the indeclinable "БПЛА" with no singular after it, tells no figure
    assert all(c.count is None for r in parse(text, P) for c in r.claims)

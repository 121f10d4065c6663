"""A speaker's paragraph that tells only a strike (no figure, no drone downed, no debris, no air
defence at work), told before another speaker's figures, is no report: the first report the
text tells is the figures' (docs/labels.md: "no report when it tells only a hit"; discovery62
r28). Debris told first is what is left of a drone downed there: his report stays. Written for
this project in our own words (``segment.damage_elsewhere``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 10, 24)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Drones hit a fuel depot in the Shebekino district overnight, the governor said, without "
            "saying whether any drones were shot down. Russia's Defence Ministry said 30 drones "
            "were destroyed over the Belgorod region.",
            ("mod", "RU-BEL", 30),
        ),
        (
            "Беспилотник атаковал нефтебазу в Белгородском районе, сообщил губернатор. Минобороны "
            "сообщило, что за ночь над Белгородской областью сбиты 12 БПЛА.",
            ("mod", "RU-BEL", 12),
        ),
        (
            "В результате атаки БПЛА на Обнинск загорелся склад, сообщил губернатор. По данным "
            "Минобороны, над Калужской областью уничтожены 9 беспилотников.",
            ("mod", "RU-KLU", 9),
        ),
        (
            "Дрон ударил по подстанции в Погарском районе, сообщили в оперштабе. В Минобороны "
            "заявили, что над Брянской областью сбиты 6 БПЛА.",
            ("mod", "RU-BRY", 6),
        ),
        (
            "A drone attack set a warehouse on fire in the Belgorod district, the regional governor said. The "
            "Defence Ministry said it had downed 14 drones over the Belgorod region.",
            ("mod", "RU-BEL", 14),
        ),
    ],
)
def test_a_strike_told_before_the_figures_is_no_report(
    text: str, want: tuple[str, str, int]
) -> None:
    reports = parse(text, DAY)
    assert [
        (r.reporter, c.area_id, c.count) for r in reports for c in r.claims if c.district_id is None
    ] == [want]
    assert len(reports) == 1


def test_debris_told_before_the_figures_stays_its_speakers_report() -> None:
    text = (
        "Обломки беспилотника упали на крышу дома в Шебекинском округе, сообщил губернатор. "
        "Минобороны сообщило, что за ночь над Белгородской областью сбиты 12 БПЛА."
    )
    assert [r.reporter for r in parse(text, DAY)] == ["governor", "mod"]

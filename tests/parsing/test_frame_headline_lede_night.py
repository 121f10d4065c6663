"""The night a lede names under a headline that gives the figures and no time (our own
wording): "Fleet sinks three boats, nine drones downed over Crimea" over "... sank three
boats overnight. In addition, ... nine drones": the lede's night is the statement's, though
its own sentence tells no drone figure; a dateline's date alone ("Курск. 5 мая.") before it
is when the text was written and does not hide it (``time_clauses.lede_night``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 5, 5)  # a Tuesday


def _nights(text: str) -> list[tuple[date | None, int | None]]:
    return [(r.night_of, r.total) for r in parse(text, DAY)]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # another weapon in the lede, "In addition" before the drones
        (
            "Fleet sinks three boats, nine drones downed over Crimea\n\n"
            "The defence ministry said on Tuesday that naval aviation sank three uncrewed boats "
            "in the western Black Sea overnight.\n"
            '"In addition, on-duty air defences destroyed nine Ukrainian drones over Crimea," '
            "the ministry said.",
            9,
        ),
        # the same in Russian, a dateline's city and date as sentences of their own
        (
            "Флот потопил два катера, над Крымом сбиты шесть дронов\n\n"
            "Севастополь. 5 мая. Силы флота ночью уничтожили два безэкипажных катера у "
            "побережья, сообщило Минобороны.\n"
            "Кроме того, над Республикой Крым дежурные средства ПВО сбили шесть беспилотников.",
            6,
        ),
        # rockets in the lede, "also" in the figures' sentence
        (
            "Twelve UAVs destroyed over Belgorod region\n\n"
            "Ukrainian forces fired rockets at Belgorod overnight, the ministry said. Air "
            "defences also shot down 12 drones over the Belgorod region.",
            12,
        ),
        # shelling in the lede, the night as "в ночь на вторник"
        (
            "Над Курской областью уничтожены 4 дрона\n\n"
            "Курск. 5 мая. В ночь на вторник противник обстрелял приграничные сёла.\n"
            "Над Курской областью уничтожены 4 беспилотника, сообщил губернатор.",
            4,
        ),
        # the night as "этой ночью" in a lede about missiles
        (
            "Над Ростовской областью сбиты 15 беспилотников\n\n"
            "Этой ночью ВСУ ударили ракетами по нефтебазе в Ростове, сообщает Минобороны.\n"
            "Помимо этого, над Ростовской областью перехвачены 15 украинских БПЛА.",
            15,
        ),
    ],
)
def test_a_lede_under_a_headline_with_figures_names_their_night(text: str, total: int) -> None:
    assert _nights(text) == [(DAY, total)]


@pytest.mark.parametrize(
    "text",
    [
        # the lede names an evening, no night: no night for the figures
        "Над Курском сбиты 3 дрона\n\nВчера вечером в городе было неспокойно.\n"
        "Над Курском сбиты 3 дрона, сообщил губернатор.",
        # a headline that ends on a full stop is a sentence that dates itself
        "Над Курском сбиты 3 дрона.\nНочью ВСУ обстреляли Белгород.",
    ],
)
def test_no_night_when_the_lede_names_none_for_the_figures(text: str) -> None:
    assert _nights(text) == [(None, 3)]

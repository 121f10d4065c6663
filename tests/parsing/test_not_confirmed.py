"""News that says a side did not confirm something (issue 10): "Russian officials did not confirm
any interceptions over the Tula region", "have not confirmed that drones were downed over X",
"не подтвердили перехват дронов над X". The places of that clause are where nothing was
confirmed, no place of the drones downed (``trap_rules.rule_not_said``, as "did not mention").
Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

SUNDAY = date(2025, 6, 15)


def _areas(text: str) -> set[str]:
    return {c.area_id for r in parse(text, SUNDAY) if r.country == "RU" for c in r.claims}


@pytest.mark.parametrize(
    ("text", "areas"),
    [
        # after a ministry's figure and a governor's damage, a side's claim left unconfirmed
        (
            "The defence ministry said 14 drones were shot down over the Bryansk region "
            "overnight. Governor Alexander Bogomaz said debris damaged a barn in the Pogar "
            "district. Kyiv said its drones hit a fuel depot near Tula, but Russian officials "
            "did not confirm any interceptions over the Tula region.",
            {"RU-BRY"},
        ),
        # "have not confirmed that ...", a sentence of its own
        (
            "The defence ministry said 14 drones were shot down over the Bryansk region "
            "overnight. Governor Alexander Bogomaz said debris damaged a barn in the Pogar "
            "district. Ukraine's General Staff said it struck a fuel depot near Tula. The "
            "regional authorities have not confirmed that drones were downed over the Tula "
            "region.",
            {"RU-BRY"},
        ),
        # the clause after "but", its place named after the verb
        (
            "The ministry said nine drones were destroyed over the Kursk region, but did not "
            "confirm that any were downed over the Smolensk region.",
            {"RU-KRS"},
        ),
        # Russian, a sentence of its own
        (
            "Над Курской областью уничтожены девять беспилотников. В Минобороны не подтвердили "
            "уничтожение дронов над Воронежской областью.",
            {"RU-KRS"},
        ),
        # Russian, the present tense after "однако"
        (
            "Над Курской областью уничтожены девять беспилотников, однако власти не "
            "подтверждают перехват дронов над Воронежской областью.",
            {"RU-KRS"},
        ),
    ],
)
def test_places_left_unconfirmed_are_no_places_of_the_drones(text: str, areas: set[str]) -> None:
    assert _areas(text) == areas


def test_a_confirmed_figure_stays() -> None:
    text = "The governor confirmed that two drones were shot down over the Belgorod region."
    assert [(c.area_id, c.count) for r in parse(text, SUNDAY) for c in r.claims] == [("RU-BEL", 2)]


# --- what Russia's side claimed, as the object of another speaker's silence, is its report ----
@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said Russia launched 80 drones at Ukraine overnight, of which 60 "
        "were shot down. It did not comment on Russian claims that 12 Ukrainian drones were "
        "intercepted over the Kursk region.",
        "Kyiv did not comment on Moscow's claim that 12 Ukrainian drones had been destroyed over "
        "the Kursk region.",
        "Ukrainian officials have not responded to claims by the Russian defence ministry that "
        "12 drones were downed over the Kursk region.",
        "В Киеве не прокомментировали заявление Минобороны России о том, что над Курской "
        "областью сбиты 12 беспилотников.",
    ],
)
def test_a_russian_claim_left_without_comment_is_russias_report(text: str) -> None:
    reports = [r for r in parse(text, SUNDAY) if r.country == "RU"]
    assert [(r.total, sorted(c.area_id for c in r.claims)) for r in reports] == [(12, ["RU-KRS"])]


def test_what_was_not_said_of_a_place_stays_unsaid_beside_such_a_claim() -> None:
    text = "Kyiv did not comment on the strikes in the Kursk region."
    assert _areas(text) == set()

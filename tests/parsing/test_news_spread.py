"""English news retellings that spread a count over places without a verb for each (issue 10):
a collective ("a pair of"), a fraction of a stated count, a count split evenly, a tally with
no verb, and a region whose verb comes after a relative clause. Written for this project in
our own words; grouped by the rule about the language each one decides."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse
from tests.parsing.conftest import report_summaries

WEDNESDAY = date(2025, 7, 16)


# --- "a pair of": a collective noun whose drones follow "of" ---------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("A pair of drones was shot down over the Tula region overnight.", [("RU-TUL", 2)]),
        (
            "Air defences downed nine drones over the Kursk region and a pair over the Belgorod "
            "region overnight.",
            [("RU-KRS", 9), ("RU-BEL", 2)],
        ),
        ("A dozen of drones were destroyed over the Voronezh region overnight.", [("RU-VOR", 12)]),
    ],
)
def test_a_collective_counts_the_drones_after_of(text: str, rows: list[tuple[str, int]]) -> None:
    assert report_summaries(text, WEDNESDAY)[0][3] == rows


def test_the_pair_without_a_is_no_count() -> None:
    text = "The pair of drones that hit the depot came from the south; four were downed over Kursk."
    assert [row for *_, rows, _n in report_summaries(text, WEDNESDAY) for row in rows] == [
        ("RU-KRS", 4)
    ]


# --- a fraction of a stated count, said of a place -------------------------------------------
@pytest.mark.parametrize(
    ("text", "total", "rows"),
    [
        (
            "The ministry said 26 drones were destroyed overnight, half of them over the Bryansk "
            "region.",
            26,
            [("RU-BRY", 13)],
        ),
        (
            "Of the 32 drones downed overnight, a quarter were over the Rostov region.",
            32,
            [("RU-ROS", 8)],
        ),
        (
            "Air defence crews shot down 45 drones overnight, two-thirds of them over the Kursk "
            "region.",
            45,
            [("RU-KRS", 30)],
        ),
        (
            "За ночь уничтожены 44 беспилотника, половина из них — над Брянской областью.",
            44,
            [("RU-BRY", 22)],
        ),
    ],
)
def test_a_fraction_of_a_stated_count_is_the_places_figure(
    text: str, total: int, rows: list[tuple[str, int]]
) -> None:
    (report,) = report_summaries(text, WEDNESDAY)
    assert (report[2], report[3]) == (total, rows)


def test_a_fraction_that_leaves_no_whole_number_names_the_place_without_one() -> None:
    text = "The ministry said 27 drones were destroyed overnight, half of them over the Bryansk region."
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 27, [("RU-BRY", None)], WEDNESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Russia said 16 drones were downed overnight, split equally between the Kursk and "
        "Belgorod regions.",
        "Russia said 16 drones were downed overnight, divided evenly among the Kursk and "
        "Belgorod regions.",
    ],
)
def test_a_count_split_evenly_gives_each_place_its_part(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [
        ("mod", "RU", 16, [("RU-KRS", 8), ("RU-BEL", 8)], WEDNESDAY)
    ]


# --- a tally with no verb, after a sentence that downed drones --------------------------------
@pytest.mark.parametrize(
    "tally",
    [
        "The tally: Voronezh 8, Kursk 6, Belgorod 4.",
        "Tally by region — Voronezh 8; Kursk 6; Belgorod 4.",
        "By region: Voronezh 8, Kursk 6 and Belgorod 4.",
        "The regional breakdown: the Voronezh region 8, the Kursk region 6, the Belgorod region 4.",
    ],
)
def test_a_verbless_tally_gives_each_region_its_figure(tally: str) -> None:
    text = f"Russia's defence ministry said 18 Ukrainian drones were destroyed overnight. {tally}"
    assert report_summaries(text, WEDNESDAY) == [
        ("mod", "RU", 18, [("RU-VOR", 8), ("RU-KRS", 6), ("RU-BEL", 4)], WEDNESDAY)
    ]


def test_a_tally_before_any_drone_is_named_counts_nothing() -> None:
    text = "The tally: Voronezh 8, Kursk 6. Turnout was low across the south."
    assert report_summaries(text, WEDNESDAY) == []


# --- a relative clause between a region and its verb ----------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Russia said 30 drones were destroyed overnight. The Bryansk region, which borders "
            "Ukraine, accounted for 17 of them.",
            [("RU-BRY", 17)],
        ),
        (
            "Kursk, where a substation was damaged last month, saw 11 drones downed overnight, "
            "the ministry said.",
            [("RU-KRS", 11)],
        ),
        (
            "The Rostov region, home to a large sea port, had five drones shot down overnight, "
            "the ministry said.",
            [("RU-ROS", 5)],
        ),
    ],
)
def test_a_relative_clause_leaves_the_verb_to_the_region_before_it(
    text: str, rows: list[tuple[str, int]]
) -> None:
    assert report_summaries(text, WEDNESDAY)[0][3] == rows


def test_a_region_that_had_drones_in_the_air_had_none_downed() -> None:
    text = "The Kursk region had 15 drones in the air at one point, the ministry said."
    assert report_summaries(text, WEDNESDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 28 drones were destroyed overnight, nearly half of them over the Bryansk "
        "region.",
        "The ministry said 28 drones were destroyed overnight, more than a quarter of them over "
        "the Bryansk region.",
    ],
)
def test_a_hedged_fraction_names_the_place_without_a_figure(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 28, [("RU-BRY", None)], WEDNESDAY)]


# --- two heads of region in one sentence, each named by his title and region -----------------
@pytest.mark.parametrize(
    "text",
    [
        "The Belgorod governor said a drone was shot down over the Shebekino district, while the "
        "Voronezh governor said three drones were destroyed over the Voronezh region.",
        "The Belgorod governor said a drone was shot down over the Shebekino district, while the "
        "Voronezh governor reported three drones downed over his region.",
    ],
)
def test_a_second_head_of_region_after_while_speaks_for_his_own_region(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [
        ("governor", "RU", 1, [("RU-BEL", 1)], None),
        ("governor", "RU", 3, [("RU-VOR", 3)], None),
    ]


# --- regions listed as the subject of one verb, each with the figure --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Voronezh and Belgorod each reported four drones shot down overnight.",
        "Officials in the Voronezh and Belgorod regions each said four drones were downed "
        "overnight.",
        "The Voronezh and Belgorod regions saw four drones destroyed apiece overnight.",
    ],
)
def test_regions_that_each_reported_a_figure_each_have_it(text: str) -> None:
    assert report_summaries(text, WEDNESDAY)[0][3] == [("RU-VOR", 4), ("RU-BEL", 4)]


def test_regions_without_each_share_their_figure() -> None:
    text = "Voronezh and Belgorod reported four drones shot down overnight."
    assert ("RU-VOR", 4) not in report_summaries(text, WEDNESDAY)[0][3]


# --- "one or two": a range, its lower bound approximate ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "One or two drones were shot down over the Kursk region, the governor said.",
        "Над Курской областью сбиты один или два беспилотника, сообщил губернатор.",
    ],
)
def test_a_figure_or_another_is_a_range(text: str) -> None:
    (report,) = parse(text, WEDNESDAY)
    assert [(c.area_id, c.count, c.qualifier) for c in report.claims] == [("RU-KRS", 1, "approx")]


# --- a list of names under one plural head is of the head's kind -----------------------------
def test_regions_attacked_under_one_plural_head_are_no_towns_hit() -> None:
    text = (
        "Officials reported drone attacks on the Kursk, Saratov and Bryansk regions overnight. "
        "The Bryansk governor said six drones were shot down over his region."
    )
    assert [
        [(c.area_id, c.district_id, c.count) for c in r.claims] for r in parse(text, WEDNESDAY)
    ] == [[("RU-BRY", None, 6)]]


# --- the night's whole told as where a count brings the total --------------------------------
def test_bringing_the_overnight_total_to_a_figure_is_the_total() -> None:
    text = (
        "Eleven drones were destroyed over the Kursk region and another seven over the Belgorod "
        "region, bringing the overnight total to 18, the ministry said."
    )
    assert report_summaries(text, WEDNESDAY)[0][2:4] == (18, [("RU-KRS", 11), ("RU-BEL", 7)])


# --- a figure put at a number for a place ----------------------------------------------------
def test_the_figure_put_for_a_region_is_that_regions() -> None:
    text = (
        "The Kursk governor said five drones were downed over his region. The ministry put the "
        "figure for the Kursk region at seven."
    )
    assert report_summaries(text, WEDNESDAY) == [
        ("governor", "RU", 5, [("RU-KRS", 5)], None),
        ("mod", "RU", 7, [("RU-KRS", 7)], None),
    ]


def test_a_figure_for_a_place_that_was_not_given_names_no_place() -> None:
    text = "The ministry said 30 drones were downed; the number for Crimea was not given."
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 30, [], None)]


# --- a figure told by an unverified post or a rumour is no report -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fact check: a viral post claims 250 drones were shot down over the Voronezh region in "
        "a single night.",
        "Unconfirmed reports said 15 drones had been downed over the Belgorod region.",
        "Rumours that 60 drones were intercepted over Crimea spread quickly online.",
    ],
)
def test_a_figure_an_unverified_source_tells_is_no_report(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == []


def test_the_ministrys_figure_after_an_unverified_one_is_its_report() -> None:
    text = (
        "Unverified reports said 15 drones had been downed over the Belgorod region. The "
        "ministry later said 11 drones were destroyed over the Belgorod region."
    )
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 11, [("RU-BEL", 11)], None)]


# --- a figure the speaker denies or dismisses is no one's report; his own figure is ------------
@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "Tula governor Dmitry Milyaev dismissed rumours that 50 drones were downed over the "
            "region overnight and said four drones were destroyed.",
            ("governor", "RU", 4, [("RU-TUL", 4)], WEDNESDAY),
        ),
        (
            "The Belgorod governor denied reports that 30 drones had been shot down over the "
            "region, saying only seven drones were destroyed.",
            ("governor", "RU", 7, [("RU-BEL", 7)], None),
        ),
    ],
)
def test_a_figure_the_speaker_dismisses_gives_way_to_his_own(
    text: str, report: tuple[object, ...]
) -> None:
    assert report_summaries(text, WEDNESDAY) == [report]


def test_the_speakers_figure_before_a_claim_he_rejects_stays_alone() -> None:
    text = (
        "The governor said six drones were downed over the Kursk region overnight and rejected "
        "claims that 40 drones had been shot down over the region."
    )
    assert report_summaries(text, WEDNESDAY) == [("governor", "RU", 6, [("RU-KRS", 6)], WEDNESDAY)]


def test_a_shoot_down_denied_outright_is_no_report() -> None:
    assert (
        report_summaries(
            "Governor Gladkov denied that 12 drones were downed over Belgorod.", WEDNESDAY
        )
        == []
    )


def test_reports_confirmed_are_the_speakers_own() -> None:
    # (a guard: only a verb that sets a claim aside does so)
    text = "The ministry confirmed reports that 20 drones were downed over the Tula region."
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 20, [("RU-TUL", 20)], None)]


# --- "out of N in total" after a place's figure: N is the whole, the figure its part ----------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Air defences shot down 17 drones over the Kursk region, out of 25 in total, the "
            "ministry said.",
            [("RU-KRS", 17)],
        ),
        (
            "Most of the drones, 17, were downed over the Kursk region, of 25 altogether, the "
            "ministry said.",
            [("RU-KRS", 17)],
        ),
        (
            "Air defences shot down 17 drones over the Kursk region and five over the Belgorod "
            "region, out of 25 drones in total, the ministry said.",
            [("RU-KRS", 17), ("RU-BEL", 5)],
        ),
    ],
)
def test_a_whole_told_after_a_places_figure_is_the_total(
    text: str, rows: list[tuple[str, int]]
) -> None:
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 25, rows, None)]


# --- "of those", "of these" stand for the drones just counted, as "of them" does -------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 24 drones were destroyed overnight. Seven of those fell over the "
        "Voronezh region.",
        "The ministry said 24 drones were destroyed overnight. Seven of these were over the "
        "Voronezh region.",
        # a bare figure that "fell" or "came down" over a place: those drones' part
        "The ministry said 24 drones were destroyed overnight. Of those, seven fell over the "
        "Voronezh region.",
        "The ministry said 24 drones were destroyed overnight. Seven came down in the Voronezh "
        "region.",
    ],
)
def test_a_part_of_those_counted_before_is_the_places_figure(text: str) -> None:
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 24, [("RU-VOR", 7)], WEDNESDAY)]


def test_the_governors_part_of_those_is_his_own_report() -> None:
    text = (
        "The ministry said 24 drones were destroyed overnight. Governor Alexander Gusev said "
        "seven of those were downed over his region."
    )
    assert report_summaries(text, WEDNESDAY) == [
        ("mod", "RU", 24, [], WEDNESDAY),
        ("governor", "RU", 7, [("RU-VOR", 7)], None),
    ]


def test_those_before_a_noun_is_no_part_of_the_drones() -> None:
    # (a guard: "those injured" are people)
    text = (
        "The ministry said 24 drones were destroyed overnight over the Kursk region. Two of "
        "those injured were children."
    )
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 24, [("RU-KRS", 24)], WEDNESDAY)]


# --- "there" after the verb: the region in context, as "over the region" ---------------------
@pytest.mark.parametrize(
    ("text", "report"),
    [
        (
            "The Voronezh region, which borders Ukraine, remains a frequent target: nine drones "
            "were shot down there overnight.",
            ("media", "RU", 9, [("RU-VOR", 9)], WEDNESDAY),
        ),
        (
            "Drones attacked the Belgorod region overnight. Six drones were destroyed there, the "
            "ministry said.",
            ("mod", "RU", 6, [("RU-BEL", 6)], WEDNESDAY),
        ),
    ],
)
def test_there_after_the_verb_is_the_region_in_context(
    text: str, report: tuple[object, ...]
) -> None:
    assert report_summaries(text, WEDNESDAY) == [report]


# --- the region hit hardest, and the regions "followed by" it, each "with" its figure ----------
@pytest.mark.parametrize(
    "text",
    [
        "Russia said it destroyed 30 drones overnight. Voronezh was hit hardest, with 14 drones "
        "downed, followed by Kursk with nine and Belgorod with five.",
        "Russia said it destroyed 30 drones overnight. Voronezh was the worst hit, with 14 of "
        "them, followed by Kursk with nine, and Belgorod with five.",
    ],
)
def test_regions_followed_by_others_with_their_figures(text: str) -> None:
    assert report_summaries(text, WEDNESDAY)[0][2:4] == (
        30,
        [("RU-VOR", 14), ("RU-KRS", 9), ("RU-BEL", 5)],
    )


# --- a fraction of the figure the sentence before gave --------------------------------------
def test_a_fraction_of_the_figure_told_before_is_the_places_figure() -> None:
    text = (
        "The ministry said 36 drones were destroyed overnight. Half of them were downed over "
        "the Bryansk region."
    )
    assert report_summaries(text, WEDNESDAY) == [("mod", "RU", 36, [("RU-BRY", 18)], WEDNESDAY)]


def test_a_fraction_after_a_placed_figure_is_of_nothing_told() -> None:
    text = (
        "The ministry said 36 drones were destroyed over the Kursk region. Half of them were "
        "downed over the Bryansk region."
    )
    assert ("RU-BRY", 18) not in [
        row for rep in report_summaries(text, WEDNESDAY) for row in rep[3]
    ]


def test_rows_that_elide_accounted_for_after_a_relative_clause() -> None:
    text = (
        "Russia said 30 drones were destroyed overnight. The Kursk region, which borders "
        "Ukraine, accounted for 17, the ministry said, and the Belgorod region for nine."
    )
    assert sorted(report_summaries(text, WEDNESDAY)[0][3]) == [("RU-BEL", 9), ("RU-KRS", 17)]

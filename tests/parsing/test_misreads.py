"""Signs that a parse put a figure in the wrong report, night or place (``parsing.misreads``),
and the two signs of a lost figure added with them (a correction's figure, a post's total beside
places with none). Every text is our own; each is given to ``diagnose`` with a reading written
out here (the wrong one the check is for, and the right one), so a parser rule that later reads
the text right leaves the test as it is."""

from __future__ import annotations

from datetime import date

from parsing import misreads, misses
from parsing.diagnostics import diagnose
from parsing.model import Claim, Report, Reporter

NIGHT = date(2026, 10, 12)


def claim(
    text: str, area: str, count: int | None, said: str, *, district: str | None = None,
    rule: str = "given", after: int = 0,
) -> Claim:  # fmt: skip
    """A claim of ``area`` whose evidence is the first ``said`` of ``text`` from ``after``."""
    at = text.index(said, after)
    where = {"district_id": f"{area}:{district.lower()}", "district": district} if district else {}
    return Claim(area, area, count, "exact", (at, at + len(said)), rule=rule, **where)


def report(
    *claims: Claim, reporter: Reporter = "governor", total: int | None = None,
    night: date | None = None,
) -> Report:  # fmt: skip
    return Report(
        reporter, "RU", None, night, total, "exact" if total is not None else None, claims
    )


def looks(text: str, *reports: Report) -> list[tuple[str, str]]:
    """The checks' reasons for ``text`` read as ``reports``, with the text each names."""
    return [
        (p.reason, text[p.span[0] : p.span[1]])
        for p in diagnose(text, list(reports))
        if p.reason in misses.REASONS
    ]


# --- a night the text opens on -----------------------------------------------------------------

_TIMED = (
    "Саратов, ночь на 12 октября:\n"
    "02:10 — над Энгельсским районом сбит БПЛА.\n"
    "03:30 — ещё два уничтожены над Балаковским районом."
)


def _timed(night: date | None) -> Report:
    return report(
        claim(_TIMED, "RU-SAR", 1, "Энгельсским районом сбит", district="Engelssky"),
        claim(_TIMED, "RU-SAR", 2, "два уничтожены над Балаковским", district="Balakovsky"),
        night=night,
    )


def test_a_night_the_text_opens_on_that_no_report_was_dated_by() -> None:
    assert looks(_TIMED, _timed(None)) == [(misreads.NIGHT_NOT_READ, "ночь на 12 октября")]
    assert looks(_TIMED, _timed(NIGHT)) == []


def test_a_night_named_further_on_is_no_sign() -> None:
    # a reminder of an earlier night, after the figures
    text = (
        "Над Саратовской областью уничтожены 3 БПЛА.\n"
        "Напомним, в ночь на 5 октября в регионе объявляли опасность атаки."
    )
    read = report(claim(text, "RU-SAR", 3, "Саратовской областью уничтожены 3"))
    assert looks(text, read) == []


def test_the_night_by_its_weekday_or_in_english() -> None:
    for opening, named in (
        ("В ночь на пятницу", "ночь на пятницу"),
        ("On the night of October 12", "night of October 12"),
    ):
        text = f"{opening} air defences downed 3 drones over the Saratov region."
        read = report(claim(text, "RU-SAR", 3, "3 drones over the Saratov region"))
        assert looks(text, read) == [(misreads.NIGHT_NOT_READ, named)]


# --- more told after a region's figure ---------------------------------------------------------

_LATER = (
    "Над Курской областью ночью уничтожены 10 БПЛА, в том числе над Курском — 3. Позже "
    "губернатор сообщил о ещё двух беспилотниках, сбитых утром над Рыльским районом."
)


def test_more_told_after_the_regions_figure_that_its_places_do_not_reach() -> None:
    read = report(
        claim(_LATER, "RU-KRS", 10, "Курской областью ночью уничтожены 10"),
        claim(_LATER, "RU-KRS", 3, "Курском — 3", district="Kursk"),
        claim(_LATER, "RU-KRS", 2, "двух беспилотниках, сбитых утром", district="Rylsky"),
        total=10,
    )
    assert looks(_LATER, read) == [(misreads.ADDED_AFTER_TOTAL, "двух беспилотниках, сбитых утром")]


def test_more_that_the_regions_places_add_up_to_is_in_its_figure() -> None:
    text = "Над Курской областью уничтожены 5 БПЛА: три над Курском и ещё два — над Рыльским."
    read = report(
        claim(text, "RU-KRS", 5, "Курской областью уничтожены 5"),
        claim(text, "RU-KRS", 3, "три над Курском", district="Kursk"),
        claim(text, "RU-KRS", 2, "два — над Рыльским", district="Rylsky"),
        total=5,
    )
    assert looks(text, read) == []


# --- one count read as two reports -------------------------------------------------------------

_TWICE = (
    "Над Липецким округом ночью уничтожены четыре беспилотника\n\n"
    "Губернатор уточнил данные о ночной атаке. Ранее сообщалось о трёх.\n\n"
    "«По уточненным данным, над Липецким муниципальным округом уничтожены четыре беспилотника»."
)


def _lipetsk(district: str, after: int = 0) -> Claim:
    return claim(_TWICE, "RU-LIP", 4, "четыре беспилотника", district=district, after=after)


def test_one_speakers_figure_for_one_place_in_two_reports() -> None:
    body = _TWICE.index("«")
    first = report(_lipetsk("Lipetsky"), total=4, night=NIGHT)
    second = report(_lipetsk("Lipetsky", body), total=4)
    assert looks(_TWICE, first, second) == [(misreads.TOLD_TWICE, "четыре беспилотника")]
    # two places with one drone each are two counts; so are two speakers' figures
    assert looks(_TWICE, first, report(_lipetsk("Dankovsky", body), total=4)) == []
    assert looks(_TWICE, first, report(_lipetsk("Lipetsky", body), reporter="media")) == []


# --- a figure given to another region than its place's ----------------------------------------


def test_a_figure_read_for_one_region_beside_a_place_of_another() -> None:
    text = "Силы ПВО сбили беспилотник на подлёте к Москве, в районе Подольска."
    moscow = claim(text, "RU-MOW", 1, "беспилотник на подлёте к Москве", rule="moscow_target")
    podolsk = claim(
        text, "RU-MOS", None, "Подольска", district="Podolsk", rule="place_without_count"
    )
    assert looks(text, report(moscow, podolsk, reporter="mayor")) == [
        (misreads.FIGURE_IN_OTHER_REGION, "беспилотник на подлёте к Москве")
    ]
    # a place named for its damage is no place of the figure
    damage = claim(text, "RU-MOS", None, "Подольска", district="Podolsk", rule="place_of_damage")
    assert looks(text, report(moscow, damage, reporter="mayor")) == []


# --- a correction's figure, a post's total beside places with none ----------------------------


def test_the_figure_a_correction_gives_that_no_claim_took() -> None:
    text = "Ночью над Ростовской областью уничтожено 6 беспилотников, по уточненным данным — 7."
    six = claim(text, "RU-ROS", 6, "Ростовской областью уничтожено 6")
    assert looks(text, report(six, total=6)) == [(misses.FIGURE_NOT_TAKEN, "7")]
    seven = claim(text, "RU-ROS", 7, "7")
    assert looks(text, report(seven, total=7)) == []


def test_the_figure_a_correction_sets_aside_is_no_figure_left_out() -> None:
    text = "По уточнённым данным, над Ростовом сбиты не два, как сообщалось, а три беспилотника."
    three = claim(text, "RU-ROS", 3, "три беспилотника")
    assert looks(text, report(three, total=3)) == []


def test_a_posts_total_beside_towns_that_have_no_figure() -> None:
    text = "Над Инкерманом и над бухтой ПВО сбили уже 3 беспилотника. Сохраняйте спокойствие."
    town = claim(text, "UA-40", None, "Инкерманом", district="Inkerman", rule="place_without_count")
    found = diagnose(text, [report(town, reporter="media", total=3)])
    assert [(p.reason, p.detail) for p in found if p.reason in misses.REASONS] == [
        (
            misses.TOTAL_OVER_FIGURES,
            "the media's total is 3, but none of the places (Inkerman) has a figure",
        )
    ]
    # a total beside regions named with none may be the country's: no sign
    regions = claim(text, "UA-40", None, "Инкерманом", rule="place_without_count")
    assert looks(text, report(regions, reporter="media", total=3)) == []


def test_a_post_and_the_reply_that_corrects_it_leave_no_figure_out() -> None:
    # the post's 5 is what the reply's 7 replaced, once the two are read as one text
    text = (
        "Five drones were shot down over the Bryansk region overnight.\n\n"
        "Update: revised figures say 7 drones were shot down over the Bryansk region."
    )
    seven = claim(text, "RU-BRY", 7, "7 drones were shot down over the Bryansk region")
    assert looks(text, report(seven, total=7)) == []
    # a figure told before no correction is still a figure left out
    told = text.replace("revised figures say", "in addition,")
    later = claim(told, "RU-BRY", 7, "7 drones were shot down over the Bryansk region")
    assert looks(told, report(later, total=7)) == [(misses.FIGURE_NOT_TAKEN, "Five")]


# --- the ministry's figure read as a governor's or a mayor's ---------------------------------

_TALLY = (
    "С 20:00 до 23:59 дежурные средства ПВО сбили 30 беспилотников, сообщает Минобороны.\n\n"
    "Всего за ночь, таким образом, ПВО перехватила 61 БПЛА.\n\n"
    "Мэр Москвы Сергей Собянин сообщал о сбитых на подлёте к столице беспилотниках."
)


def test_a_figure_told_after_the_ministry_and_before_the_mayor_is_named() -> None:
    night = claim(_TALLY, "RU-MOW", 61, "61", rule="one_region_total")
    ministry = report(reporter="mod", total=30)
    assert looks(_TALLY, ministry, report(night, reporter="mayor", total=61)) == [
        (misreads.FIGURE_BEFORE_SPEAKER, "61")
    ]
    # his figure told after he is named is his
    named = _TALLY.split("\n\n")
    text = "\n\n".join([named[0], named[2], named[1]])
    after = claim(text, "RU-MOW", 61, "61", rule="one_region_total")
    assert looks(text, ministry, report(after, reporter="mayor", total=61)) == []

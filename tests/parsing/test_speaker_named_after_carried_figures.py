"""A speaker named after figures that carry another speaker (issue 10, "who said it"), written
for this project in our own words: a report that names no speaker of its own and carries the
one before it ("Всего за ночь ПВО перехватила 30 БПЛА" after the ministry's windows) stays that
speaker's when a sentence after it names another one with no figure of his own ("Мэр Москвы в
течение ночи сообщал о сбитых беспилотниках"): the mayor does not take the ministry's figure,
nor does his city or region become its place."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

SATURDAY = date(2025, 8, 9)

Read = list[tuple[str, int | None, list[tuple[str, int | None]]]]


def _read(text: str) -> Read:
    """(reporter, total, region-level rows) of each report."""
    return [(who, total, rows) for who, _c, total, rows, _night in report_summaries(text, SATURDAY)]


_WINDOWS_RU = (
    "8 августа с 20:00 до 23:00 над Брянской областью сбиты 20 беспилотников, сообщило "
    "Минобороны. С 23:00 8 августа до 07:00 9 августа над Курской областью уничтожены 10. "
)
_WINDOW_EN = (
    "Between 8 p.m. and 11 p.m. on August 8, 20 drones were destroyed over the Bryansk region, "
    "the Defence Ministry said. "
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _WINDOWS_RU + "Всего за ночь ПВО перехватила 30 БПЛА. Мэр Москвы Сергей Собянин в "
            "течение ночи сообщал о сбитых на подлёте к столице беспилотниках.",
            [("mod", 20, [("RU-BRY", 20)]), ("mod", 10, [("RU-KRS", 10)]), ("mod", 30, [])],
        ),
        (
            _WINDOWS_RU + "Таким образом, за ночь уничтожены 30 дронов.\n\nГубернатор Тульской "
            "области Дмитрий Миляев также писал о работе ПВО.",
            [("mod", 20, [("RU-BRY", 20)]), ("mod", 10, [("RU-KRS", 10)]), ("mod", 30, [])],
        ),
        (
            _WINDOW_EN + "In total, 30 drones were downed overnight. Moscow Mayor Sergei Sobyanin "
            "posted about drones flying toward the capital throughout the night.",
            [("mod", 20, [("RU-BRY", 20)]), ("mod", 30, [])],
        ),
        (
            # his sentence names a place of his region: his own report, with no figure
            _WINDOW_EN + "In total, 30 drones were downed overnight. The Kaluga region governor, "
            "Vladislav Shapsha, wrote that air defences were working over the region.",
            [
                ("mod", 20, [("RU-BRY", 20)]),
                ("mod", 30, []),
                ("governor", None, [("RU-KLU", None)]),
            ],
        ),
    ],
)
def test_a_speaker_named_after_carried_figures_does_not_take_them(text: str, want: Read) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # the speaker who told the figures, named after them: the first report names none before
        "Над Брянской областью сбиты 20 беспилотников. Об этом сообщил губернатор Брянской "
        "области.",
        "Twenty drones were shot down over the Bryansk region overnight. The region's governor "
        "reported this on Telegram.",
    ],
)
def test_the_speaker_of_the_first_report_named_after_it_is_its_own(text: str) -> None:
    assert [(reporter, total) for reporter, total, _rows in _read(text)] == [("governor", 20)]

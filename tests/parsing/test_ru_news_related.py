"""Russian news: a block of links to other stories under "Читайте также:" (issue 10): the headlines
under a heading alone on its line are other reports, never this one's. Written for this project
in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

SUNDAY = date(2025, 9, 28)


# --- "Читайте также:" on a line of its own heads links to other stories ----------------------
@pytest.mark.parametrize("heading", ["Читайте также:", "Смотрите также", "Читайте ещё:"])
def test_headlines_under_read_also_are_other_stories(heading: str) -> None:
    text = (
        "Ночью над Брянской областью уничтожены четыре беспилотника, сообщили в Минобороны.\n\n"
        f"{heading}\n"
        "→ Губернатор: в Погарском районе повреждены два гаража\n"
        "→ Над Курской областью сбиты три дрона\n"
    )
    assert report_summaries(text, SUNDAY) == [("mod", "RU", 4, [("RU-BRY", 4)], SUNDAY)]

"""Russian news: a district named after the ministry's list over several regions (issue 10). The
region in context is the list's last row; a district of another region the list gave a figure
("в Погарском районе" after "четыре над Брянской областью и два над Курской") is that
region's, never a guess by name to be dropped. Written for this project in our own words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import claims_by_report

SUNDAY = date(2025, 9, 28)


# --- a district of a region the ministry's list gave a figure is that region's ----------------
@pytest.mark.parametrize(
    "rows",
    [
        "четыре над Брянской областью и два над Курской",
        "два над Курской областью и четыре над Брянской",
        "4 — над территорией Брянской области, 2 — над территорией Курской области",
    ],
)
def test_a_district_after_the_list_is_its_own_region_s_not_the_last_row_s(rows: str) -> None:
    text = (
        f"Дежурными средствами ПВО ночью уничтожены шесть беспилотников: {rows}, сообщили в "
        "Минобороны. По словам губернатора, в Погарском районе обломками повреждена линия связи."
    )
    found = {row for report in claims_by_report(text, SUNDAY) for row in report}
    assert ("RU-BRY", "RU-BRY:pogarsky", None) in found
    assert ("RU-BRY", None, 4) in found and ("RU-KRS", None, 2) in found


def test_a_district_of_a_region_no_figure_named_is_still_no_guess() -> None:
    # (the stand-in Pogarsky district is Bryansk's; the text has told only Kursk's figure)
    text = (
        "Над Курской областью ночью уничтожены два беспилотника. "
        "В Погарском районе обломками повреждена линия связи."
    )
    assert claims_by_report(text, SUNDAY) == [[("RU-KRS", None, 2)]]

"""Issue 10: the structures of governors' and mayors' posts the unseen sets of 6 December
showed (holdout27, holdout28): a figure's role, a mayor's series of lines, a place named for
damage only. Each construction is read wherever it is built the same way.

Posts written for these tests in our own words; the places are conftest.py's stand-ins.
"""

from __future__ import annotations

import pytest

from tests.parsing.conftest import Row, report_rows

_BEL = ("RU-BEL", None, None)
_SHEB = "RU-BEL:shebekinsky"
_BELG = "RU-BEL:belgorodsky"
_GRAY = "RU-BEL:grayvoronsky"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the district frames the villages: its figure, the "и" between them no cut
        (
            "В Шебекинском округе над сёлами Новая Таволжанка и Графовка сбиты три "
            "беспилотника. В Белгородском районе уничтожены два.",
            [_BEL, ("RU-BEL", _BELG, 2), ("RU-BEL", _SHEB, 3)],
        ),
        (
            "В Белгородском районе силами ПВО над селами Таврово, Ясные Зори и Бессоновка "
            "уничтожены 4 БПЛА, над Шебекинским округом — один.",
            [_BEL, ("RU-BEL", _BELG, 4), ("RU-BEL", _SHEB, 1)],
        ),
        # the district they all lie in, named after the last of them
        (
            "Над посёлками Лесное и Заречное Белгородского района сбиты два беспилотника, над "
            "Шебекинским округом — один.",
            [_BEL, ("RU-BEL", _BELG, 2), ("RU-BEL", _SHEB, 1)],
        ),
        (
            "Ночью в районе хуторов Ивановка и Петровка Шебекинского округа уничтожены четыре "
            "беспилотника.",
            [("RU-BEL", None, 4), ("RU-BEL", _SHEB, 4)],
        ),
        (
            "В Грайворонском округе над деревнями Дорогощь, Козинка и Замостье уничтожены "
            "пять беспилотников.",
            [("RU-BEL", None, 5), ("RU-BEL", _GRAY, 5)],
        ),
    ],
)
def test_villages_listed_under_one_kind_noun_lie_in_their_district(
    text: str, want: list[Row]
) -> None:
    assert report_rows(text) == want

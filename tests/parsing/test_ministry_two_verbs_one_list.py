"""The ministry's two verbs, each with its count, before one flat list of regions (issue 10),
written for this project in our own words: "уничтожены шесть и средствами РЭБ перехвачены
три беспилотника над территориями X и Y областей" is nine drones over both, named without a
figure each; who downed the second count ("средствами РЭБ", "силами радиоэлектронной борьбы")
stands before its verb. It had been read as "6 и 3 ... над X и Y" respectively (six over X,
three over Y) and the second count left out of the sum. Counts joined with no verb between
("Сбиты 7 и 4 БПЛА над X и Y областями") still pair in order."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parsing.conftest import report_summaries

PUBLISHED = date(2024, 9, 24)


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Дежурными средствами ПВО уничтожены шесть и средствами РЭБ перехвачены три "
            "беспилотника над территориями Ростовской и Курской областей.",
            [("RU-ROS", None), ("RU-KRS", None)],
        ),
        (
            "Дежурными средствами ПВО уничтожены шесть и силами РЭБ подавлены три беспилотника "
            "над Брянской и Курской областями.",
            [("RU-BRY", None), ("RU-KRS", None)],
        ),
        (
            "Средствами ПВО сбиты 6 и средствами радиоэлектронной борьбы перехвачены 3 БПЛА над "
            "территориями Белгородской и Воронежской областей.",
            [("RU-BEL", None), ("RU-VOR", None)],
        ),
        (
            "Дежурными средствами ПВО уничтожены шесть и подразделениями РЭБ подавлены три "
            "украинских беспилотника над территорией Курской области.",
            [("RU-KRS", 9)],
        ),
        (
            "Уничтожены шесть и расчетами РЭБ перехвачены ещё три беспилотника над Брянской и "
            "Курской областями.",
            [("RU-BRY", None), ("RU-KRS", None)],
        ),
    ],
)
def test_two_verbs_with_their_counts_share_one_list(
    sentence: str, rows: list[tuple[str, int | None]]
) -> None:
    assert [s[2:4] for s in report_summaries(sentence, PUBLISHED)] == [(9, rows)]


def test_counts_with_no_verb_between_still_pair_in_order() -> None:
    text = "Сбиты 7 и 4 БПЛА над Брянской и Курской областями."
    assert report_summaries(text, PUBLISHED)[0][3] == [("RU-BRY", 7), ("RU-KRS", 4)]

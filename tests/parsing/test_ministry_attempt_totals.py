"""The ministry's attempt preamble written with its attack (our own wording): "пресечена попытка
... осуществить атаку с применением N БПЛА" names the drones of the attempt, and N is the
report's total when the rows after it add up to N (docs/labels.md), as it is without the word
"атаку"; rows that add up to less leave no total, and an attack with no attempt in a
governor's post is still no total."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2025, 10, 17)


def totals(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    return [(r.total, [(c.area_id, c.count) for c in r.claims]) for r in parse(text, DAY)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the 2023 form: two over one region, the rest jammed and down in another
        (
            "Сегодня утром пресечена попытка киевского режима осуществить террористическую атаку "
            "с применением восьми беспилотников по объектам на территории Курской области. Два "
            "БПЛА уничтожены дежурными средствами ПВО над территорией Курской области. Еще шесть "
            "беспилотников подавлены средствами РЭБ и, потеряв управление, потерпели крушение "
            "на территории Белгородской области.",
            [(8, [("RU-KRS", 2), ("RU-BEL", 6)])],
        ),
        # digits, "с использованием", a dash row
        (
            "Сегодня ночью пресечена попытка киевского режима совершить террористическую атаку "
            "с использованием 5 БПЛА на объекты на территории Российской Федерации. Дежурными "
            "средствами ПВО три беспилотника уничтожены над территорией Брянской области, два — "
            "над территорией Смоленской области.",
            [(5, [("RU-BRY", 3), ("RU-SMO", 2)])],
        ),
        # "предпринял попытку атаки", a sea among the rows
        (
            "Сегодня киевский режим предпринял попытку атаки с применением девяти беспилотных "
            "летательных аппаратов на объекты в Крыму. Семь БПЛА уничтожены над акваторией "
            "Черного моря, еще два — над территорией Республики Крым.",
            [(9, [("SEA-BLACK", 7), ("UA-43", 2)])],
        ),
        # the attempt with "при помощи", the rows in one sentence after a colon
        (
            "Этой ночью пресечена попытка атаки при помощи четырех беспилотников на объекты "
            "Калужской области: дежурными средствами ПВО три БПЛА уничтожены над территорией "
            "Калужской области, один — над территорией Тульской области.",
            [(4, [("RU-KLU", 3), ("RU-TUL", 1)])],
        ),
        # rows that add up to less: the attempt's figure is no total
        (
            "Сегодня пресечена попытка киевского режима осуществить атаку с применением шести "
            "беспилотников. Два БПЛА уничтожены над территорией Брянской области, еще один — "
            "над территорией Курской области.",
            [(None, [("RU-BRY", 2), ("RU-KRS", 1)])],
        ),
    ],
)
def test_the_attempt_s_drones_are_the_total_when_the_rows_add_up(
    text: str, want: list[tuple[int | None, list[tuple[str, int | None]]]]
) -> None:
    assert totals(text) == want


def test_an_attack_s_drones_with_no_attempt_are_still_no_total() -> None:
    # a governor's attack sizes: the drones it was made with, never a total
    text = (
        "По Шебекинскому округу нанесены удары пяти беспилотников. Над Белгородской областью "
        "сбиты два БПЛА, над Курской областью — три."
    )
    assert [r.total for r in parse(text, DAY)] == [None]

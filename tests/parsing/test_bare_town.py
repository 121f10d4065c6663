"""``region_context.bare_town``: the words a sentence may name a town by with no place
preposition (its first word, or a word after "из")."""

from __future__ import annotations

import pytest

from parsing import region_context


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Новороссийск снова пережил ночную атаку.", ["Новороссийск"]),
        ("Из Шебекино сообщают о громких хлопках.", ["Шебекино"]),
        ("#Шебекино: жители слышали взрывы.", ["Шебекино"]),
        ("Вечером новости пришли из Шебекино.", ["Вечером", "Шебекино"]),
        ("в городе было тихо, вести из Белгорода и из Курска.", ["Белгорода", "Курска"]),
        # a word glued before "из" is no preposition
        ("Ветер дул сизо-серым дымом из-за Белгорода.", ["Ветер"]),
        # after a mark, the capitalised "Из" is the first word (the name after it overlaps it)
        ("«Из Новороссийска пишут о сиренах».", ["Из"]),
        ("— Из", ["Из"]),
        ("123 из Курска", ["Курска"]),
    ],
)
def test_the_words_asked_are_the_first_and_those_after_iz(
    sentence: str, asked: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    names: list[str] = []
    monkeypatch.setattr(region_context, "_town_named", lambda name: names.append(name))
    assert region_context.bare_town(sentence) is None
    assert names == asked
    # (the one pattern they were found by before: the same words, in the same order)
    assert names == [m["name"] for m in region_context._BARE_TOWN.finditer(sentence)]

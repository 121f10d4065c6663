"""Literal keys (``parsing.literals``): a keyed vocabulary finds what its pattern finds.

A keyed pattern answers "no match" without the engine when a text holds none of its keys, so
every match must hold one: checked on texts built from words the vocabularies read (written
for this test), in every case and with the characters IGNORECASE matches with a letter,
for each keyed pattern of ``parsing.vocab``; and the keys are checked against the fragments
``parsing.gate.needs`` finds in each pattern (the fragments against the pattern's matches:
``tests/parsing/test_gate.py``).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsing import count_rules, literals, vocab
from parsing.gate import needs
from parsing.text import lower

KEYED = {name: rx for name, rx in vars(vocab).items() if isinstance(rx, literals.Keyed)}

#: Words and marks the vocabularies read, and the odd characters around them.
PIECES = [
    "беспилотник", "БПЛА", "дронов", "сбиты", "уничтожены", "перехвачен", "повреждены", "пожар",
    "обломки", "ракета", "катер", "морской дрон", "безэкипажный", "воздушные цели", "угроза",
    "предупреждение", "в зоне", "всего", "в целом", "с начала суток", "погиб", "ранены",
    "пострадавших нет", "губернатор", "Минобороны", "российские военные", "над регионами",
    "при попытке", "с использованием", "сброс", "Drones", "UAV", "unmanned", "air defence",
    "missile", "debris", "damaged", "killed", "injured", "in total", "altogether", "warning",
    "unmanned surface vessel", "uncrewed boats", "crewless vessel", "unmanned aerial vehicles",
    "по україні", "сили ППО", "ліквідували", "повітряні сили", "українських", "Kyiv's air force",
    "alert", "Kyiv", "Ukraine's air force", "regions", "областях", "регионами", "Russia said",
    "no one was hurt", "casualties", "was", "none of the drones", "were shot down", "attacked",
    "ᲂбломки", "miſſile", "kılled", "ᲀсего", "İnjured", "\u212aremlin", "\u1c81рон", "ПВО",
    " ", ", ", "-", ".", "\n", "x", "5", "\u0131", "\u017f", "\u1c80", "\u1c82", "\u1c84",
]  # fmt: skip


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_the_vocabularies_that_are_searched_most_are_keyed() -> None:
    # (a vocabulary that loses its keys is searched whole again: slower, the same result)
    assert {"DRONE_RE", "WARNING_RE", "SVO_ZONE_RE", "HARM_RE", "NATIONAL_RE"} <= set(KEYED)


def test_a_list_of_regions_each_with_a_figure_is_keyed_on_its_and() -> None:
    each = count_rules.EACH_SUBJECT
    assert isinstance(each, literals.Keyed)
    assert each.keys == ("and",)
    line = "Later the Tambov and Lipetsk regions reported two drones apiece, and Oryol none."
    assert _spans(each.finditer(line)) == _spans(each.rx.finditer(line)) == [(6, 63)]
    assert not each.holds_a_key("The Tambov region reported two drones, Oryol none.")


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join),
    st.sampled_from(sorted(KEYED)),
)
def test_a_keyed_pattern_finds_what_its_pattern_finds(text: str, name: str) -> None:
    keyed = KEYED[name]
    for s in (text, lower(text), text.upper()):
        found = keyed.search(s)
        expected = keyed.rx.search(s)
        assert (found and found.span()) == (expected and expected.span()), (name, s)
        assert _spans(keyed.finditer(s, 1)) == _spans(keyed.rx.finditer(s, 1)), (name, s)
        assert keyed.sub("#", s) == keyed.rx.sub("#", s), (name, s)


def _as_written(fragment: tuple[str, ...]) -> list[str]:
    """The runs of characters a fragment holds as written, in any alphabet (a hand-chosen key
    may hold letters the keys drawn by ``literals.keyed`` never do: "україні")."""
    runs, run = [], ""
    for token in fragment:
        if len(token) == 1:
            run += token
            continue
        runs.append(run)
        run = ""
    return [*runs, run]


@pytest.mark.parametrize("name", sorted(KEYED))
def test_every_fragment_of_a_keyed_pattern_holds_a_key(name: str) -> None:
    keyed = KEYED[name]
    strings = set(keyed.keys)
    if isinstance(keyed, literals.Paired):
        # (a pair is one test whichever of its strings is the key: a fragment may hold the
        # key's partner, "сбил" of "всу ... сбил"; ``test_prose_scans`` compares the pairs)
        strings |= {s for before, after in keyed.pairs.values() for s in (*before, *after)}
    for fragment in needs(keyed.rx):
        runs = literals._runs(fragment) + _as_written(fragment)
        assert any(k in run for k in strings for run in runs), (name, fragment)


def test_keys_are_the_fewest_and_longest_strings_that_cover_the_fragments() -> None:
    # "пожар" is held by both fire words (first: it covers more), "поврежд" by the other
    assert literals.keys_of(re.compile(r"(?:поврежд|пожар(?:ы|ище))\w*")) == ("пожар", "поврежд")
    # one key for two words ("регионами", "регионах": "региона"), as written
    assert literals.keys_of(re.compile(r"регион(?:ами|ах)|Drones")) == ("региона", "Drones")
    # with IGNORECASE, or a part matched in any case, none: "ᲂ" is "о" to the engine
    assert literals.keys_of(re.compile(r"Drones|БПЛА", re.IGNORECASE)) is None
    assert literals.keys_of(re.compile(r"обломк(?i:и)|д(?i:рон)")) is None
    # a match that may hold no two letters in a row ("в\s+\d") has no key
    assert literals.keys_of(re.compile(r"в\s+\d|пожар")) is None
    # a pattern that needs nothing fixed has none either
    assert literals.keys_of(re.compile(r"\w+")) is None


def test_a_pattern_with_too_many_keys_is_left_as_it_is() -> None:
    words = [
        f"{a}{b}{c}"
        for a, b, c in zip("бвгджзклмнпрстф", "аеиоуыэюяаеиоуы", "хцчшщхцчшщхцчшщ", strict=True)
    ]
    words += [w.upper() for w in words]  # thirty words of three letters: each its own key
    rx = re.compile("|".join(words))
    assert len(literals.keys_of(rx) or ()) > literals.MOST_KEYS
    assert literals.keyed(rx) is rx
    assert isinstance(literals.keyed(re.compile("пожар")), literals.Keyed)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map("".join),
    st.sampled_from(sorted(KEYED)),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_no_part_of_a_text_without_keys_matches(text: str, name: str, a: int, b: int) -> None:
    # what the rules ask of a whole sentence before they search each list item's part of it
    keyed = KEYED[name]
    low = lower(text)
    if literals.none_in(low, keyed):
        assert keyed.rx.search(lower(text[a:b])) is None, (name, text[a:b])
        assert keyed.rx.search(low, a, b) is None, (name, a, b)
    else:
        assert any(k in low for k in keyed.keys)


def test_none_in_answers_for_keyed_patterns_only() -> None:
    drone, plain = vocab.DRONE_RE, re.compile("катер")
    assert literals.none_in("над курским районом", drone)
    assert not literals.none_in("сбиты два бпла", drone)
    assert not literals.none_in("над курским районом", drone, plain)  # not keyed: may match


#: Written for this test: each way Ukraine's side is named in the news, and sentences that hold
#: the keys of ``vocab.UA_SIDE_NEWS`` without a match (the words apart, or the other way round).
UA_SIDE_SENTENCES = [
    "воздушные силы всу сообщили о 40 целях",
    "войска атаковали украинские позиции",
    "пво украины отразила удар; силы обороны украины заявили",
    "киев: сбито 20 дронов",
    "украина заявила о сбитых; в киеве также заявили",
    "всу за ночь сбили 30 беспилотников",
    "украинская пво работала всю ночь",
    "в генштабе всу сообщили",
    "российские ударные дроны и российская армия нанесла удар",
    "ukraine said it downed 30; kyiv claims 12",
    "the ukrainian air force and the ukrainian military said",
    "the general staff of ukraine reported",
    "kyiv's security service and ukraine's navy",
    "russia launched 90 drones at ukraine overnight",
    "drones fired by russia; russian-launched shaheds",
    "russian forces struck the city with russian drones",
    # keys without a partner on its side: no match
    "силы пво сбили 12 украинских беспилотников, сообщили в минобороны",
    "пво уничтожила украинские дроны над областью",
    "air defences destroyed ukrainian drones over russia, the ministry said",
    "the military said ukraine's drones were shot down; none launched",
    "сообщил губернатор; над киевским направлением",
]

UA_SIDE_PIECES = [
    "всу", "сбили", "киев", ":", "украинская", "пво", "украины", "заявили", "сообщили",
    "российские", "дроны", "войска", "ukraine", "kyiv's", "said", "launched", "at", "by",
    "russia", "russian", "-launched", "drones", "forces", "military", "general staff of",
    "the country", "navy", " ", ", ", "\n",
]  # fmt: skip


def test_ua_side_news_is_searched_where_a_key_has_its_partner() -> None:
    rx = vocab.UA_SIDE_NEWS_RE
    assert isinstance(rx, literals.Paired)
    for s in UA_SIDE_SENTENCES:
        found, expected = rx.search(s), rx.rx.search(s)
        assert (found and found.span()) == (expected and expected.span()), s
    assert all(rx.search(s) for s in UA_SIDE_SENTENCES[:16])
    # a key alone, or with its partner on the wrong side, is not searched (nor matched)
    for s in UA_SIDE_SENTENCES[16:]:
        assert not rx.holds_a_key(s), s
        assert rx.rx.search(s) is None, s


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(UA_SIDE_PIECES), min_size=1, max_size=10).map("".join))
def test_paired_keys_find_what_the_pattern_finds(text: str) -> None:
    rx = vocab.UA_SIDE_NEWS_RE
    found, expected = rx.search(text), rx.rx.search(text)  # type: ignore[attr-defined]
    assert (found and found.span()) == (expected and expected.span()), text
    if expected is not None:
        assert rx.holds_a_key(text)  # type: ignore[attr-defined]

"""Issue 14, item 5: a short Russian post wrapped in Latin (escaped markup, links,
hashtags) is read as Russian, and a text that names drones and a place but gives no claim
goes to review with the reason.

The posts are written for these tests in our own words.
"""

from __future__ import annotations

import pytest

from parsing import detect_language, parse
from parsing.diagnostics import NO_CLAIM_READ, REASONS, diagnose

SENTENCE = "Ночью над Воронежской областью сбиты 6 БПЛА."
#: The same post as it reached us from three routes, each with more Latin than Cyrillic
#: letters around the Russian sentence.
WRAPPED = {
    "escaped-markup": f"&lt;p&gt;&lt;strong&gt;{SENTENCE}&lt;/strong&gt;&lt;/p&gt;"
    "&lt;br/&gt;&lt;a href=&quot;https://t.me/voronezh_region_news_channel/4512&quot;&gt;",
    "link-and-hashtags": f"{SENTENCE} https://t.me/voronezh_region_news_channel/4512 "
    "#VoronezhRegionNews #NightAirDefenceUpdate #Breaking",
    "escaped-with-link": f"&lt;b&gt;{SENTENCE}&lt;/b&gt; "
    "https://www.example.org/regional/voronezh/overnight-interceptions-official-statement",
}


@pytest.mark.parametrize("text", WRAPPED.values(), ids=WRAPPED.keys())
def test_a_russian_post_wrapped_in_latin_is_read_as_russian(text: str) -> None:
    latin = sum(c.isascii() and c.isalpha() for c in text)
    cyrillic = sum("а" <= c.lower() <= "я" for c in text)
    assert latin > cyrillic  # what made the old letter count say English
    assert detect_language(text) == "ru"
    claims = [(c.area_id, c.count, c.qualifier) for r in parse(text) for c in r.claims]
    assert claims == [("RU-VOR", 6, "exact")]
    assert diagnose(text, parse(text)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # one long Latin word outweighed a Russian sentence letter by letter; words count
        ("Над Липецкой областью сбиты 2 БПЛА, сообщает Lipetskayaoblastnayagazetaonline.", "ru"),
        # an English sentence quoting one Russian word is English
        ("Air defences downed 3 drones over the Lipetsk region, the governor said (БПЛА).", "en"),
        ("https://t.me/some_channel #news 12345", "en"),  # no prose at all
        # a hashtag and a domain glued to it are both left out (six Latin words otherwise)
        ("Над Липецкой областью сбиты 2 БПЛА #a-b-c-d-e-f.ru", "ru"),
        ("Над Липецкой областью сбиты 2 БПЛА, a-b-c-d-e-f.ru", "ru"),
        ("Над Липецкой областью сбиты 2 БПЛА, a-b-c-d-e-f.rus", "en"),  # no domain
        ("", "en"),
    ],
)
def test_language_is_the_alphabet_of_most_words_of_the_prose(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Над Воронежской областью сбиты 6 БПЛА.",  # read: a claim, nothing to review
        "В Воронежской области 6 человек получили награды.",  # no drones named
        "К Воронежской области летят 6 БПЛА, объявлена угроза.",  # a warning
        # a length of time, a date or "not a single one" before the drones: no figure
        "Воронежская область: уже два месяца беспилотники прилетают почти каждую ночь.",
        "Воронежская область: с 3 марта беспилотники не раз появлялись в небе.",
        "Воронежская область: в 4:30 беспилотники снова появились в небе.",
        "Воронежская область: за три недели ни один беспилотник не долетел до городов.",
        "For two weeks drones have flown over the Voronezh region almost every night.",
    ],
)
def test_no_review_without_a_lost_claim(text: str) -> None:
    assert [p.reason for p in diagnose(text, parse(text))] == []


@pytest.mark.parametrize(
    "text",
    [
        "Итоги ночи. Воронежская область: минус 6 БПЛА.",
        # after a length of time the figure is still one
        "Итоги двух месяцев. Воронежская область: минус 6 БПЛА.",
        # "летевших" begins like "лет" (years) and "6" is still a figure
        "Воронежская область: минус 6 летевших на город БПЛА.",
    ],
)
def test_a_text_naming_drones_and_a_known_place_without_a_claim_goes_to_review(text: str) -> None:
    assert NO_CLAIM_READ in REASONS
    assert parse(text) == []
    problems = [(p.reason, p.detail, text[p.span[0] : p.span[1]]) for p in diagnose(text, [])]
    assert problems == [
        (
            NO_CLAIM_READ,
            "6 drones and 'Воронежская область' are named, but no claim was read",
            "6",
        )
    ]

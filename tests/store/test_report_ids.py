"""A text's id ignores its spacing and invisible characters, and never changes: ids written
by earlier versions must still find the same texts (re-imports are skipped by id)."""

from __future__ import annotations

import random
import re
import sys

import pytest

from store.importers._common import normalise, report_id

#: Every character Python counts as whitespace (``str.isspace``).
SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
TEXT = "\u2003 Над  областью\tсбит\u00a0беспилотник.\n\n\u200bПострадавших нет. \u3000"


def _by_pattern(text: str) -> str:
    """The id's text as the store first computed it (a substitution of ``\\s+``)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", text).replace("~~", "")
    text = re.sub("[\u200b-\u200f\u2060\ufe00-\ufe0f\ufeff]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def test_spacing_and_invisible_characters_are_left_out() -> None:
    assert normalise(TEXT) == "Над областью сбит беспилотник. Пострадавших нет."


def test_ids_are_those_earlier_versions_wrote() -> None:
    assert report_id(TEXT, "Губернатор", "message:7") == "f75adc86e1a349be65b78a6087c026dd"
    assert report_id(TEXT, None) == "cf1e3a7b58f096cc1765afc9991bc00c"


@pytest.mark.parametrize("seed", range(5))
def test_every_whitespace_character_as_the_pattern_read_it(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 (a fixed mix of characters, not a secret)
    alphabet = [*SPACES, "\u200b", "\ufeff", "~", "а", "b", "7"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert normalise(text) == _by_pattern(text), repr(text)

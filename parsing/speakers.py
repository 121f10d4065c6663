"""Who said it: the region a head of region named without a title speaks for.

News texts quote governors by name alone ("Гладков сообщил", "Shapsha said"); the table of
names is :data:`parsing.vocab.GOVERNORS`. A sentence naming one and no titled speaker is the
governor's, and gives its report the speaker's region, as "губернатор Белгородской области" does.
"""

from __future__ import annotations

from parsing import vocab

_BY_AREA = [(area, vocab.alt(pattern)) for area, pattern in vocab.GOVERNORS.items()]
_ANY = vocab.alt("|".join(vocab.GOVERNORS.values()))


def governor_region(low: str) -> str | None:
    """The area of the first head of region a lower-cased sentence names, else None."""
    m = _ANY.search(low)
    if m is None:
        return None
    for area, rx in _BY_AREA:
        if rx.match(low, m.start()):
            return area
    return None

"""The process's one pymorphy3 analyser, shared by the gazetteer and the parser.

Loading the dictionaries takes about 0.1 s and 15 MB, so there is exactly one, made on
first use.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyser() -> Any:
    """Return the shared ``pymorphy3.MorphAnalyzer``."""
    import pymorphy3

    # pymorphy3 logs its dictionary path at INFO, which the CLI would print before the answer
    logging.getLogger("pymorphy3").setLevel(logging.WARNING)
    return pymorphy3.MorphAnalyzer()

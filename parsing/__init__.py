"""Report text -> structured interception claims with evidence spans.

``parse(text, published=None)`` returns the reports a text holds (see ``parsing.model``);
``PARSER_VERSION`` changes whenever the rules change their output, so the store re-parses.

``parse`` and the helpers beside it live in ``parsing.pipeline``, imported the first time
one of them is asked for: importing ``parsing.model`` (the value objects and the codes the
store and the dashboard share) loads none of the rules, vocabularies or the gazetteer
(0.4-0.6 s of a server's start that never parses a text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parsing._errors import InvariantError, ParseError, ReportTooLongError
from parsing.model import Casualties, Claim, Report, Window

if TYPE_CHECKING:
    from parsing.pipeline import PROGRESS_STEP, detect_language, parse, source_reporter

PARSER_VERSION = "1.35.483"

__all__ = [
    "PARSER_VERSION",
    "PROGRESS_STEP",
    "Casualties",
    "Claim",
    "InvariantError",
    "ParseError",
    "Report",
    "ReportTooLongError",
    "Window",
    "detect_language",
    "parse",
    "source_reporter",
]

#: The names ``parsing.pipeline`` defines, imported when first asked for.
_PIPELINE = frozenset(
    {"PROGRESS_STEP", "detect_language", "parse", "source_region", "source_reporter"}
)


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from parsing import pipeline

        return getattr(pipeline, name)
    msg = f"module 'parsing' has no attribute {name!r}"
    raise AttributeError(msg)

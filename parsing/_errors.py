"""Errors of the parsing package; all are ``ValueError`` so callers can catch one kind.

:class:`ParseError` is every error ``parsing.parse`` raises on purpose. Its subclasses say
whose fault it is: :class:`ReportTooLongError` refuses an input (documented: the caller
splits the text), :class:`InvariantError` is the parser's own output breaking its rules
(a bug in the parser: please report it with the text). Any other exception out of ``parse``
is a bug too.
"""


class ParseError(ValueError):
    """The parser refused a text or caught itself producing broken reports (see subclasses)."""


class ReportTooLongError(ParseError):
    """A text is longer than one report can be (``parsing.text.MAX_REPORT_CHARS``): an
    input the parser refuses by design, not a bug."""


class InvariantError(ParseError):
    """The parser produced reports that break its own invariants: a bug, please report it."""

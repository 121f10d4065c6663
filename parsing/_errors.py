"""Errors of the parsing package; all are ``ValueError`` so callers can catch one kind."""


class ParseError(ValueError):
    """The parser produced reports that break its own invariants (a bug: please report it)."""


class ReportTooLongError(ParseError):
    """A text is longer than one report can be (``parsing.text.MAX_REPORT_CHARS``)."""

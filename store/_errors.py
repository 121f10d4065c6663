"""Errors of the store package; all are ``ValueError`` so callers can catch one kind."""


class StoreError(ValueError):
    """Base class of the store's errors."""


class ImportFailed(StoreError):
    """A file could not be imported; nothing was written. The message is one line."""


class SchemaVersionError(StoreError):
    """The database's schema cannot be opened by this version of the Atlas."""


class ReviewError(StoreError):
    """A review action that cannot be done (unknown item, bad value); the message is one line."""

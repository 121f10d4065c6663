"""Domain errors of the geo package; all are ``ValueError`` so callers can catch one kind."""


class GeoError(ValueError):
    """Base class of the geo package's errors."""


class PackMissingError(GeoError):
    """The boundary pack has not been built (run ``python -m geo build``)."""


class UnknownPlaceError(GeoError):
    """No place matches a name well enough."""


class AmbiguousPlaceError(GeoError):
    """Several places match a name equally well and no region context decides."""


class SourceFetchError(GeoError):
    """A boundary source file could not be downloaded."""


class SourceChecksumError(GeoError):
    """A boundary source file's sha256 differs from the table in ``geo/sources.py``."""


class PackInvalidError(GeoError):
    """The boundary pack on disk is incomplete or malformed (rebuild with ``python -m geo build``)."""

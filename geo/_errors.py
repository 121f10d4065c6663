"""Domain errors of the geo package; all are ``ValueError`` so callers can catch one kind."""


class GeoError(ValueError):
    """Base class of the geo package's errors."""


class PackMissingError(GeoError):
    """The boundary pack has not been built (run ``python -m geo build``)."""


class UnknownPlaceError(GeoError):
    """No place matches a name well enough."""


class AmbiguousPlaceError(GeoError):
    """Several places match a name equally well and no region context decides."""

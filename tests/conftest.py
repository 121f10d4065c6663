"""Shared test configuration: every test runs offline against the built boundary pack.

Hypothesis draws the same examples on every run (``derandomize``): the suite that gates a
landing must not pass or fail by chance. A search for new failing inputs is run by hand with
``--hypothesis-profile=explore``, and what it finds becomes an example in the test.

The throwaway PostgreSQL cluster (``testkit.pg.postgres``) is defined here, once: a module
that imported the fixture itself got a cluster of its own (a fixture's cache belongs to
where it is defined), so a session started and stopped five, each a few seconds of
``initdb`` and a stop at the session's end.
"""

from hypothesis import settings

from testkit.pg import postgres as postgres

settings.register_profile("atlas", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("atlas")


"""A parse stopped inside something the parser builds on first use leaves nothing half-built.

An import stops a parse that runs past its bound of CPU time wherever it is (``store._deadline``),
and the next text is parsed in the same process. What the parser builds lazily and keeps (the
memo of the last text prepared and of the last text asked for Latin letters, the place look-ups
and their ambiguities, the gates compiled on first use, the morphology analyser) must be built
into a local and published whole, so that a stop inside the build leaves either nothing or the
whole thing. Each builder's first build is stopped here at every step (each line, or each
instruction, of the builder and of what it calls), and the next parse must read what a parse in
a fresh process reads.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import CodeType, FrameType
from typing import Any

import pytest

import geo.morph
from parsing import literals, lookup, morph, parse, pipeline, rules
from parsing import text as text_module
from parsing.text import has_latin
from store import _deadline
from tests.parsing.conftest import fake_resolve

#: Every sentence holds a Latin word, so that each text asked for Latin letters has them.
TEXT = (
    "UPD: Над Брянской областью сбиты 5 БПЛА (Shahed). "
    "Над Курской областью уничтожены 2 беспилотника, сообщил Alexander Khinshtein. "
    "Власти Тульской области обсудили ремонт дорог в Alexin."
)


class _Stop(BaseException):
    """The stop, as the store's bound raises it: no ``except Exception`` takes it."""


def _claims(text: str) -> list[tuple[str, int | None]]:
    return [(c.area_id, c.count) for r in parse(text) for c in r.claims]


@contextmanager
def _stopped_in(code: CodeType, at: int, *, opcodes: bool) -> Iterator[dict[str, Any]]:
    """Raise :class:`_Stop` at the ``at``-th step (line, or instruction with ``opcodes``) run
    while the first frame of ``code`` is on the stack, in it or in what it calls, or at the
    first step after it where ``store._deadline`` may stop; the state says how many steps there
    were (``count``) and the builder's locals where it stopped."""
    state: dict[str, Any] = {"frame": None, "count": 0, "done": False, "locals": {}}

    def step(frame: FrameType, event: str, _arg: object) -> Any:
        if state["done"]:
            return None
        if event == "return" and frame is state["frame"]:
            state["done"] = True  # the first build is over
        elif event in ("line", "opcode"):
            state["count"] += 1
            # at the step, or at the first after it where the store's bound may stop a parse
            # (never in the code of logging, threading or the import system, which take locks)
            if 0 < at <= state["count"] and _deadline.may_stop(frame):
                state["done"] = True
                state["locals"] = dict(state["frame"].f_locals)
                raise _Stop
        return step

    def call(frame: FrameType, _event: str, _arg: object) -> Any:
        if state["done"]:
            return None
        if state["frame"] is None:
            if frame.f_code is not code:
                return None
            state["frame"] = frame
        frame.f_trace_opcodes = opcodes
        return step

    sys.settrace(call)
    try:
        yield state
    finally:
        sys.settrace(None)


def _cold_gates() -> None:
    for name in ("always", "after_drones", "after_claims"):
        pipeline.GATES.__dict__.pop(name, None)
    rules.interception_gate.cache_clear()


def _cold_latin() -> None:
    literals._LAST_ASKED = (None, False)


def _cold_places() -> None:
    lookup.use_resolver(fake_resolve)  # (empties the look-ups' caches)


def _cold_analyser() -> None:
    geo.morph.analyser.cache_clear()
    for name in dir(morph):
        cached = getattr(morph, name)
        if hasattr(cached, "cache_clear") and getattr(cached, "__module__", "") == morph.__name__:
            cached.cache_clear()  # (its answers, which would spare asking the analyser)


#: (name, the builder's code, what makes it build again, instructions or lines)
BUILDERS: list[tuple[str, CodeType, Callable[[], None], bool]] = [
    ("latin_in", literals.latin_in.__code__, _cold_latin, True),
    ("prepare", text_module.prepare.__code__, lambda: text_module.release(TEXT), False),
    ("find_place", lookup.find_place.__wrapped__.__code__, _cold_places, False),
    ("gate", type(pipeline.GATES).always.func.__code__, _cold_gates, False),
    ("interception_gate", rules.interception_gate.__wrapped__.__code__, _cold_gates, False),
    ("analyser", geo.morph.analyser.__wrapped__.__code__, _cold_analyser, False),
]

#: Stops tried in one builder at most: its first and last steps, and steps spread between.
_TRIES = 25


def _positions(count: int) -> list[int]:
    spread = range(1, count + 1, max(1, count // _TRIES))
    return sorted({*range(1, min(count, 12) + 1), *spread, *range(max(1, count - 12), count + 1)})


@pytest.mark.timeout(600)
@pytest.mark.parametrize(
    ("builder", "code", "cold", "opcodes"), BUILDERS, ids=[b[0] for b in BUILDERS]
)
def test_a_parse_stopped_inside_a_builder_leaves_the_next_parse_as_it_was(
    builder: str, code: CodeType, cold: Callable[[], None], opcodes: bool
) -> None:
    expected = _claims(TEXT)
    assert expected == [("RU-BRY", 5), ("RU-KRS", 2)]
    cold()
    _claims(TEXT)  # (what the builder's build uses and keeps of its own is built first)
    cold()
    with _stopped_in(code, 0, opcodes=opcodes) as counted:
        assert _claims(TEXT) == expected
    assert counted["count"] > 0, f"the parse never built {builder}: nothing stopped in it"
    for at in _positions(counted["count"]):
        cold()
        with _stopped_in(code, at, opcodes=opcodes) as stopped:
            try:
                parse(TEXT)
            except _Stop:
                pass
            else:
                # a build a few steps shorter than the one counted (the regular expressions'
                # own cache, kept by ``re``, is Python and may have held a pattern this time)
                assert stopped["count"] < at <= counted["count"]
                continue
        asked = stopped["locals"].get("text")
        if builder == "latin_in" and isinstance(asked, str):
            # the text it was asked of when stopped, asked again: its own answer
            assert literals.latin_in(asked) == has_latin(asked), f"stopped at step {at}"
        assert _claims(TEXT) == expected, f"{builder} stopped at step {at} of {counted['count']}"

"""CPU seconds of the bench's server and of its chromium, read from ``/proc``.

On the shared machine the wall seconds follow the other work's load; the CPU seconds a
step cost the server and the browser are the steadier figures the benches print beside them.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path


def _cpu(pid: int) -> float:
    """Return the CPU seconds (user + system) process ``pid`` has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _browser_cpu(server: int) -> float:
    """Return the CPU seconds chromium has used: every ``chrom*`` process below this one
    (the server's excepted), with the children it has reaped (renderers of pages left)."""
    table: dict[int, tuple[str, int, int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:  # the process ended meanwhile
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        ticks = sum(int(v) for v in fields[11:15])  # utime stime cutime cstime
        table[int(entry.name)] = (name, int(fields[1]), ticks)
    below: dict[int, list[int]] = defaultdict(list)
    for pid, (_, parent, _) in table.items():
        below[parent].append(pid)
    total, todo = 0, [os.getpid()]
    while todo:
        for child in below[todo.pop()]:
            if child == server:
                continue
            name, _, ticks = table[child]
            total += ticks if name.startswith("chrom") else 0
            todo.append(child)
    return total / os.sysconf("SC_CLK_TCK")


def cpu_seconds(server: int) -> tuple[float, float]:
    """Return the CPU seconds the server (``server``, its pid) and chromium have used."""
    return _cpu(server), _browser_cpu(server)

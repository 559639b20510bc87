"""The cyclic garbage collector paused while claimnum builds many objects at once.

Python's collector runs after every few hundred new objects and, now and then, scans
the whole heap: the claims, frames and evidence a long job keeps make every such scan
longer.  :func:`paused` stops it for such a job and restores it after; a job that makes
reference cycles (pandas does) frees them itself with :func:`sweep_young` after each
run of work, which scans only what was made since the last sweep.

Examples
--------
>>> import gc
>>> with paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused", "sweep_young"]


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, and restore it as it was after.

    Examples
    --------
    >>> import gc
    >>> gc.disable()
    >>> with paused():
    ...     pass
    >>> gc.isenabled()
    False
    >>> gc.enable()
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def sweep_young() -> int:
    """Free the reference cycles among the objects made since the last collection; return how many
    objects were freed.

    Examples
    --------
    >>> class Node:
    ...     pass
    >>> with paused():
    ...     a, b = Node(), Node()
    ...     a.other, b.other = b, a
    ...     del a, b
    ...     sweep_young() >= 2
    True
    """
    return gc.collect(0)

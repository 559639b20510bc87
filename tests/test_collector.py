from __future__ import annotations

import gc

import pytest

from claimnum.collector import paused, sweep_young


def _fail_while_paused() -> None:
    with paused():
        assert not gc.isenabled()
        raise ValueError("stop")


def test_paused_restores_the_collector_even_after_an_error() -> None:
    with pytest.raises(ValueError, match="stop"):
        _fail_while_paused()
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    other: _Node | None = None


def test_sweep_young_frees_cycles_made_while_paused() -> None:
    gc.collect()
    with paused():
        for _ in range(10):
            a, b = _Node(), _Node()
            a.other, b.other = b, a
        del a, b
        assert sweep_young() >= 20

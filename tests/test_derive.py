"""Tests of claimnum.derive: one expression, each input once, units, constraints, safety."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimnum import Interval
from claimnum.check import check
from claimnum.combine import Estimate, combine
from claimnum.derive import derive
from claimnum.errors import ExpressionError, IntervalDivisionError, InvalidArgumentError, UnitMismatchError


@st.composite
def bounded(draw: st.DrawFn, low: int = -20, high: int = 20) -> Interval:
    a, b = sorted(draw(st.lists(st.integers(low, high), min_size=2, max_size=2)))
    return Interval(a, b)


def test_each_input_counts_once() -> None:
    x = Interval(10, 20)
    assert derive("x - x", x=x).interval == Interval.point(0)
    assert derive("x / x", x=x).interval == Interval.point(1)
    assert (x - x) == Interval(-10, 10)  # plain interval arithmetic: the dependency problem


def test_halving_of_an_estimated_force() -> None:
    base = Interval(9_500, 12_500)  # "an estimated 11,000", support (semantics.md §5)
    halved = Interval(0.40, 0.60)  # "halved", the remaining fraction
    loss = derive("base * (1 - r)", base=base, r=halved)
    assert loss.interval == Interval(3_800, 7_500)  # §2.2: support [3,800, 7,500]
    assert derive("base - base * r", base=base, r=halved).interval == loss.interval
    assert derive("base * (1 - r)", base=Interval(10_500, 11_500), r=halved).interval == Interval(
        4_200, 6_900
    )


def test_readings_propagate_separately() -> None:
    base = combine([Interval(9_500, 12_500)])
    trapezoid = pd.DataFrame({"lo": [0.4], "hi": [0.6], "core_lo": [0.45], "core_hi": [0.55]})
    halved = combine(trapezoid)
    loss = derive("base * (1 - r)", base=base, r=halved)
    assert loss.core == Interval(0.45 * 9_500, 0.55 * 12_500)
    assert loss.interval == Interval(3_800, 7_500)
    assert loss.core.issubset(loss.interval)
    assert loss.interval.issubset(loss.literal)


def test_result_is_an_estimate_that_check_accepts() -> None:
    share = derive("k / n", k=Interval(3_500, 5_500), n=Interval(11_000, 13_000))
    assert isinstance(share, Estimate)
    assert share.method == "derive"
    assert check([share, Interval(0.40, 0.60)]).verdict == "consistent"


def test_constraints_cut_the_box() -> None:
    killed, force = Interval(3_500, 5_500), Interval(3_000, 13_000)
    free = derive("killed / force", killed=killed, force=force)
    bound = derive("killed / force", killed=killed, force=force, constraints=["killed <= force"])
    assert free.interval.hi > 1
    assert bound.interval.hi == pytest.approx(1.0)
    assert derive("f", f=Interval(-1, 2), constraints=["0 <= f <= 1"]).interval == Interval(0, 1)
    with pytest.raises(InvalidArgumentError):
        derive("f", f=Interval(2, 3), constraints=["f <= 1"])


def test_units_go_through_pint() -> None:
    total = derive("a + b", a=Interval(2, 3, unit="week"), b=Interval(7, 14, unit="day"))
    assert total.interval == Interval(3, 5, unit="week")
    ratio = derive("a / b", a=Interval(14, 14, unit="day"), b=Interval(1, 1, unit="week"))
    assert ratio.interval == Interval.point(2)
    assert ratio.unit is None
    with pytest.raises(UnitMismatchError):
        derive("a + b", a=Interval(1, 2, unit="week"), b=Interval(1, 2, unit="km"))


def test_open_ends_stay_open_where_they_bind() -> None:
    assert derive("2 * x", x=Interval(1, 2, "right")).interval == Interval(2, 4, "right")
    assert derive("x * 0 + 1", x=Interval(1, 2, "neither")).interval == Interval.point(1)


def test_unbounded_inputs() -> None:
    over = Interval(10, math.inf, "neither")
    product = derive("x * y", x=over, y=Interval(0.5, 1))
    assert product.interval == Interval(5, math.inf, "neither")
    assert math.isnan(product.point)


def test_non_monotone_expressions() -> None:
    assert derive("x ** 2", x=Interval(-1, 2)).interval == Interval(0, 4)
    assert derive("abs(x)", x=Interval(-3, 2)).interval == Interval(0, 3)
    assert derive("max(x, y) - min(x, y)", x=Interval(0, 1), y=Interval(0, 1)).interval == Interval(0, 1)
    assert derive("x * (1 - x)", x=Interval(0, 1)).interval.hi == pytest.approx(0.25)


@settings(max_examples=15, deadline=None)
@given(bounded(), bounded(1, 20))
def test_monotone_expressions_are_exact(x: Interval, y: Interval) -> None:
    assert derive("x + y", x=x, y=y).interval == x + y
    assert derive("x * y", x=x, y=y).interval == x * y
    assert derive("x / y", x=x, y=y).interval == x / y


@settings(max_examples=15, deadline=None)
@given(bounded(), bounded())
def test_never_wider_than_interval_arithmetic(x: Interval, y: Interval) -> None:
    tight = derive("x * y - x", x=x, y=y).interval
    assert tight.issubset(x * y - x)


def test_bad_expressions_are_refused_and_never_evaluated() -> None:
    for text in ("__import__('os')", "x.real", "x if x else 1", "[x]", "x < 1", "lambda: x", "x; y", "x @ x"):
        with pytest.raises(ExpressionError):
            derive(text, x=Interval(1, 2))
    with pytest.raises(ExpressionError):
        derive("x + y", x=Interval(1, 2))  # y has no input
    with pytest.raises(ExpressionError):
        derive("x", x=Interval(1, 2), y=Interval(1, 2))  # y is not used
    with pytest.raises(ExpressionError):
        derive("x", x=Interval(1, 2), constraints=["x + 1"])


@pytest.mark.parametrize("text", ["2+3", "7", "2 / 0", "min(1, 2)"])
def test_a_constant_expression_is_refused_with_a_clear_error(text: str) -> None:
    with pytest.raises(ExpressionError, match="names no input"):
        derive(text)
    with pytest.raises(ExpressionError, match="names no input"):
        derive(text, constraints=["1 < 2"])


def test_division_by_an_interval_holding_zero() -> None:
    with pytest.raises(IntervalDivisionError):
        derive("1 / x", x=Interval(-1, 1))


def test_numbers_are_inputs_too() -> None:
    assert derive("x * k", x=Interval(1, 2), k=3).interval == Interval(3, 6)

"""Derived quantities: one expression over uncertain inputs, each input counted once.

``derive("base * (1 - r)", base=deployed, r=halved)`` asks what the claims say
about the remaining strength.  Plain interval arithmetic would take every
occurrence of a name as a fresh, independent interval, so ``x - x`` would not
be 0 and ``base - base * r`` would come out wider than ``base * (1 - r)`` (the
dependency problem).  Here the expression is evaluated as one function over
the box of its inputs: its range over the box is found from every corner of
the box (exact for expressions monotone in each input), a sample of the
interior, and a local optimiser started from the best of them (tight for the
rest).  Each reading is propagated separately: the core from the cores, the
support from the supports, the literal reading from the literal readings.

Constraints the caller states (``constraints=["x <= y"]``: parts not above
wholes, fractions in [0, 1]) cut the box before the range is taken.  Units go
through pint; a ratio of two counts is a pure number.

Examples
--------
>>> from claimnum import Interval
>>> from claimnum.derive import derive
>>> derive("x - x", x=Interval(10, 20)).interval
[0, 0]
>>> derive("base * (1 - r)", base=Interval(10_500, 11_500), r=Interval(0.4, 0.6)).interval
[4200, 6900]
>>> derive("a + b", a=Interval(2, 3, unit="week"), b=Interval(7, 14, unit="day")).interval
[3, 5] week
"""

from __future__ import annotations

import ast
import itertools
import math
import numbers
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

import numpy as np
import pint
from numpy.typing import NDArray

from claimnum.combine import Estimate
from claimnum.errors import (
    ExpressionError,
    IntervalDivisionError,
    InvalidArgumentError,
    InvalidTypeError,
    UnitMismatchError,
)
from claimnum.interval import Interval
from claimnum.trapezoids import CORE, LITERAL, SUPPORT, Item, Trapezoids
from claimnum.units import canonical_unit, ureg

__all__ = ["derive"]

Floats: TypeAlias = NDArray[np.float64]
Function: TypeAlias = Callable[[Mapping[str, Any]], Any]

_BINARY: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.Pow: lambda a, b: a**b,
}
_CALLS: dict[str, Callable[..., Any]] = {
    "abs": abs,
    "min": lambda *args: _fold(np.minimum, args),
    "max": lambda *args: _fold(np.maximum, args),
}
_COMPARE: dict[type[ast.cmpop], Callable[[Any, Any], Any]] = {
    ast.Lt: lambda a, b: b - a,
    ast.LtE: lambda a, b: b - a,
    ast.Gt: lambda a, b: a - b,
    ast.GtE: lambda a, b: a - b,
}
_SAMPLES = 2048  # random points of the box, besides its corners
_MAX_CORNERS = 4096  # 2**12: beyond 12 inputs only the sample is used
_POLISH = 2  # local optimisations from the best candidates, per side
_TOLERANCE = 1e-9  # relative slack for constraints and for the nudge test of open ends
# Limits on an expression, so that no text can exhaust the parser, the stack or the memory.
_MAX_LENGTH = 1_000  # characters
_MAX_DEPTH = 100  # levels of the syntax tree
# Magnitudes that stand for each input while the unit of the result is worked out: two sets, so a
# unit that depends on the values (a variable exponent of a quantity with units) shows up as a change.
_UNIT_PROBES = (1.2345678, 2.3456789)


def _fold(ufunc: np.ufunc, args: Sequence[Any]) -> Any:
    if len(args) < 2:
        raise ExpressionError("min() and max() take at least two arguments")
    result = args[0]
    for arg in args[1:]:
        result = ufunc(result, arg)
    return result


# ---------------------------------------------------------------------------------------- parsing


def _compile(node: ast.AST, names: set[str]) -> Function:
    """Turn a whitelisted expression tree into a function of an environment; collect its names."""
    if isinstance(node, ast.Expression):
        return _compile(node.body, names)
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    ):
        value = _finite_constant(node.value)
        return lambda env: value
    if isinstance(node, ast.Name):
        name = node.id
        names.add(name)
        return lambda env: env[name]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        operand = _compile(node.operand, names)
        sign = -1.0 if isinstance(node.op, ast.USub) else 1.0
        return lambda env: sign * operand(env)
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        op, left, right = _BINARY[type(node.op)], _compile(node.left, names), _compile(node.right, names)
        if isinstance(node.op, ast.Div):
            return lambda env: op(left(env), _divisor(right(env)))
        return lambda env: op(left(env), right(env))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _CALLS:
        if node.keywords or not node.args:
            raise ExpressionError(f"{node.func.id}() takes positional arguments only")
        call, args = _CALLS[node.func.id], [_compile(a, names) for a in node.args]
        return lambda env: call(*(a(env) for a in args))
    raise ExpressionError(
        f"not allowed in an expression: {ast.unparse(node)!r} "
        "(use numbers, names, + - * / **, parentheses, abs, min, max)"
    )


def _finite_constant(value: float) -> float:
    """A number written in the expression, refused beyond the range of floats (``1e999``)."""
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise ExpressionError("a number of the expression is beyond the range of floats (about ±1.8e308)")
    return number


def _divisor(value: Any) -> Any:
    """Refuse a divisor that is zero or changes sign over the evaluated points."""
    magnitude = np.asarray(getattr(value, "magnitude", value), dtype=float)
    if (magnitude == 0).any() or ((magnitude > 0).any() and (magnitude < 0).any()):
        raise IntervalDivisionError("a divisor of the expression can be zero over the inputs")
    return value


def _parse(text: str, what: str) -> ast.Expression:
    if not isinstance(text, str):
        raise InvalidTypeError(f"{what} must be a string, got {type(text).__name__}")
    if len(text) > _MAX_LENGTH:
        raise ExpressionError(f"the {what} has {len(text)} characters; the limit is {_MAX_LENGTH} characters")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as err:
        raise ExpressionError(f"cannot parse {what} {text[:80]!r}: {err.msg}") from None
    except (MemoryError, RecursionError):  # Python's own parser gives up on deep nesting
        raise _too_deep(what) from None
    if _depth(tree) > _MAX_DEPTH:
        raise _too_deep(what)
    return tree


def _too_deep(what: str) -> ExpressionError:
    return ExpressionError(f"the {what} nests too deeply; the limit is {_MAX_DEPTH} levels of nesting")


def _depth(tree: ast.AST) -> int:
    """The nesting depth of a tree, found without recursion (a deep tree must not exhaust the stack)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


@dataclass(frozen=True, slots=True)
class _Bound:
    """A constraint between one input and a number: applied to the box itself, exactly."""

    name: str
    upper: bool  # name <= value (True) or name >= value (False)
    value: float
    strict: bool


def _number(node: ast.AST) -> float | None:
    """The value of a numeric literal (possibly negated), else None."""
    sign = 1.0
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        sign, node = (-1.0 if isinstance(node.op, ast.USub) else 1.0), node.operand
    if (
        isinstance(node, ast.Constant)
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    ):
        return sign * float(node.value)
    return None


def _as_bound(left: ast.AST, op: ast.cmpop, right: ast.AST) -> _Bound | None:
    """``x <= 3``, ``0 < x`` and the like as a bound on ``x``."""
    strict = isinstance(op, (ast.Lt, ast.Gt))
    less = isinstance(op, (ast.Lt, ast.LtE))
    if isinstance(left, ast.Name) and (value := _number(right)) is not None:
        return _Bound(left.id, less, value, strict)
    if isinstance(right, ast.Name) and (value := _number(left)) is not None:
        return _Bound(right.id, not less, value, strict)
    return None


def _constraint(text: str, names: set[str]) -> tuple[list[Function], list[_Bound]]:
    """``a <= b <= c`` as bounds on single inputs and functions that are >= 0 where it holds."""
    tree = _parse(text, "constraint")
    body = tree.body
    if not isinstance(body, ast.Compare) or not all(type(op) in _COMPARE for op in body.ops):
        raise ExpressionError(f"a constraint compares with <, <=, >, >=: got {text!r}")
    nodes = [body.left, *body.comparators]
    functions, bounds = [], []
    for op, left, right in zip(body.ops, nodes, nodes[1:], strict=False):
        a, b = _compile(left, names), _compile(right, names)
        bound = _as_bound(left, op, right)
        if bound is None:
            functions.append(_slack(_COMPARE[type(op)], a, b))
        else:
            bounds.append(bound)
    return functions, bounds


def _bounded(
    box: Floats, closed: NDArray[np.bool_], names: Sequence[str], bounds: Sequence[_Bound]
) -> Floats:
    """The box cut by the bounds (``closed`` is updated in place); an empty side gives lo > hi."""
    box = box.copy()
    for bound in bounds:
        k, side = names.index(bound.name), int(bound.upper)
        tighter = bound.value < box[k, side] if bound.upper else bound.value > box[k, side]
        if tighter or (bound.value == box[k, side] and bound.strict):
            box[k, side] = bound.value
            closed[k, side] = not bound.strict
    return box


def _slack(compare: Callable[[Any, Any], Any], a: Function, b: Function) -> Function:
    """How far one comparison is from failing (>= 0 where it holds)."""
    return lambda env: compare(a(env), b(env))


# ---------------------------------------------------------------------------------------- units


@dataclass(frozen=True, slots=True)
class _Input:
    """One input: its three readings in base units, its point, its item."""

    item: object
    ends: Floats  # (3 readings, 2 ends)
    closed: NDArray[np.bool_]  # (3, 2)
    point: float  # NaN when the input has none (an unbounded core)
    constant: float | None  # the value in the item's own unit, if every reading is that one point


def _base_factor(unit: str | None) -> float:
    """Magnitude of one ``unit`` in base units (offset units are refused)."""
    if unit is None:
        return 1.0
    one, two = (ureg.Quantity(v, unit).to_base_units().magnitude for v in (1.0, 2.0))
    if not math.isclose(two, 2 * one):
        raise UnitMismatchError(f"derive() cannot do arithmetic on the offset unit {unit!r}")
    return float(one)


def _result_unit(
    function: Function, units: Mapping[str, str | None], constants: Mapping[str, float | None]
) -> str | None:
    """The unit of the result, by evaluating the expression on quantities.

    Each input stands as its own value if it is a constant (an interval of
    width 0), else as a probe magnitude; two sets of probes must give one
    unit, else the unit depends on the values (``x ** y`` with ``x`` in metres
    and ``y`` uncertain) and no unit is right.
    """
    found: list[str | None] = []
    refusal: IntervalDivisionError | None = None
    for probe in _UNIT_PROBES:
        magnitudes = [
            probe + k / 10 if constants[name] is None else constants[name] for k, name in enumerate(units)
        ]
        env = {
            name: ureg.Quantity(np.float64(magnitude), unit or "")
            for (name, unit), magnitude in zip(units.items(), magnitudes, strict=True)
        }
        try:
            result = _evaluated(function, env)
        except IntervalDivisionError as err:  # a probe hit a zero divisor: the other one decides
            refusal = err
            continue
        except pint.DimensionalityError as err:
            raise UnitMismatchError(f"the units of the expression do not fit together: {err}") from None
        except pint.PintError as err:
            raise ExpressionError(f"the expression cannot be evaluated with these units: {err}") from None
        dimensionless = not isinstance(result, pint.Quantity) or result.dimensionless
        found.append(None if dimensionless else canonical_unit(str(result.units)))
    if not found and refusal is not None:
        raise refusal
    if len(set(found)) > 1:
        raise UnitMismatchError(
            "the unit of the result depends on the values of the inputs: a power of a quantity with "
            "units needs a constant exponent (a number, or a pure-number interval of width 0)"
        )
    return found[0]


def _evaluated(function: Function, env: Mapping[str, Any]) -> Any:
    """``function(env)``, with an overflow of Python's floats as a claimnum error."""
    with np.errstate(all="ignore"):
        try:
            return function(env)
        except OverflowError:
            raise _overflow() from None


def _overflow() -> ExpressionError:
    return ExpressionError("the expression overflows the range of floats (about ±1.8e308) over the inputs")


def _input(item: object) -> tuple[_Input, str | None]:
    """An item (Interval, Claim, Estimate or number) in base units."""
    if not isinstance(item, bool) and isinstance(item, numbers.Real):
        item = Interval.point(item)  # type: ignore[arg-type]
    try:
        tz = Trapezoids.from_items([item])  # type: ignore[list-item]
    except InvalidTypeError:
        raise InvalidTypeError(
            f"derive() takes Intervals, Claims, Estimates or numbers, got {type(item).__name__}"
        ) from None
    factor = _base_factor(tz.unit)
    ends = np.array([[r.lo[0], r.hi[0]] for r in tz.readings]) * factor
    if not tz.valid[0]:
        raise InvalidArgumentError(f"an input of derive() is empty: {item!r}")
    middle = ends[CORE, 0] / 2 + ends[CORE, 1] / 2  # halves first: huge ends must not overflow
    point = item.point * factor if isinstance(item, Estimate) else float(middle)
    closed = np.array([[r.lc[0], r.rc[0]] for r in tz.readings])
    constant = float(ends[0, 0]) / factor if (ends == ends[0, 0]).all() else None
    return _Input(item, ends, closed, float(point), constant), tz.unit


# ---------------------------------------------------------------------------------------- ranges


@dataclass(frozen=True, slots=True)
class _Problem:
    """The expression as a function of a matrix of points (one column per input)."""

    names: tuple[str, ...]
    function: Function
    constraints: tuple[Function, ...]

    def values(self, points: Floats) -> Floats:
        env = {name: points[:, k] for k, name in enumerate(self.names)}
        values = np.asarray(_evaluated(self.function, env), dtype=float)
        return np.broadcast_to(values, points.shape[:1]).copy()

    def feasible(self, points: Floats) -> NDArray[np.bool_]:
        ok = np.ones(points.shape[0], dtype=bool)
        env = {name: points[:, k] for k, name in enumerate(self.names)}
        scale = 1.0 + np.abs(points).max(axis=1)
        for g in self.constraints:
            ok &= np.asarray(_evaluated(g, env), dtype=float) >= -_TOLERANCE * scale
        return ok


def _candidates(lo: Floats, hi: Floats, anchor: Floats) -> Floats:
    """Corners of the box (with 0 as a third value where the box holds it, the usual critical
    point of ``abs``, ``**`` and products), a reproducible sample of the box, and the anchor."""
    k = lo.size
    biggest = np.finfo(float).max
    with np.errstate(over="ignore"):
        finite_lo = np.where(np.isfinite(lo), lo, np.minimum(hi, 0) - 1e12 * (1 + np.abs(hi)))
        finite_hi = np.where(np.isfinite(hi), hi, np.maximum(lo, 0) + 1e12 * (1 + np.abs(lo)))
    finite_lo, finite_hi = np.clip(finite_lo, -biggest, biggest), np.clip(finite_hi, -biggest, biggest)
    parts = [anchor[None, :]]
    values = [(a, b, 0.0) if a < 0 < b else (a, b) for a, b in zip(lo, hi, strict=True)]
    if math.prod(len(v) for v in values) <= _MAX_CORNERS:
        parts.append(np.array(list(itertools.product(*values)), dtype=float).reshape(-1, k))
    rng = np.random.default_rng(0)  # a fixed seed: derive() gives the same answer every time
    share = rng.random((_SAMPLES, k))
    parts.append(finite_lo * (1 - share) + finite_hi * share)  # no hi - lo, which can overflow
    return np.concatenate(parts)


def _polish(problem: _Problem, start: Floats, lo: Floats, hi: Floats, sign: float) -> Floats | None:
    """A local optimum of ``sign * f`` near ``start`` within the box and the constraints."""
    from scipy.optimize import minimize  # scipy is heavy: imported only when deriving

    def objective(x: Floats) -> float:
        return float(sign * problem.values(x[None, :])[0])

    constraints = [
        {"type": "ineq", "fun": (lambda x, g=g: float(g(dict(zip(problem.names, x, strict=True)))))}
        for g in problem.constraints
    ]
    bounds = [
        (a if math.isfinite(a) else None, b if math.isfinite(b) else None)
        for a, b in zip(lo, hi, strict=True)
    ]
    with np.errstate(all="ignore"):
        result = minimize(
            objective, start, method="SLSQP", bounds=bounds, constraints=constraints, options={"ftol": 1e-15}
        )
    x = np.clip(result.x, lo, hi)
    return x if np.isfinite(x).all() and problem.feasible(x[None, :])[0] else None


@dataclass(frozen=True, slots=True)
class _Range:
    lo: float
    hi: float
    lc: bool
    rc: bool
    best: Floats  # the feasible candidate nearest the anchor


def _range(problem: _Problem, box: Floats, closed: NDArray[np.bool_], anchor: Floats) -> _Range | None:
    """The range of the expression over a box (inputs × 2 ends), or None if no point is feasible."""
    lo, hi = box[:, 0], box[:, 1]
    if (lo > hi).any() or ((lo == hi) & ~(closed[:, 0] & closed[:, 1])).any():
        return None
    points = _candidates(lo, hi, np.clip(anchor, lo, hi))
    values = problem.values(points)
    feasible = problem.feasible(points)
    keep = feasible & ~np.isnan(values)
    if not keep.any():
        if feasible.any():
            raise ExpressionError(
                "the expression has no real value over the inputs (a fractional power of a negative "
                "number, or inf - inf)"
            )
        return None
    points, values = points[keep], values[keep]
    width = np.where(np.isfinite(hi - lo) & (hi > lo), hi - lo, 1.0)
    best = points[np.argmin((((points - anchor) / width) ** 2).sum(axis=1))]
    ends = []
    for sign in (1.0, -1.0):
        order = np.argsort(sign * values)[:_POLISH]
        polished = [p for p in (_polish(problem, points[i], lo, hi, sign) for i in order) if p is not None]
        extra = problem.values(np.array(polished)) if polished else np.empty(0)
        all_points = np.concatenate([points, np.array(polished).reshape(-1, lo.size)])
        all_values = np.concatenate([values, extra])
        i = int(np.argmin(sign * all_values))
        ends.append((float(all_values[i]), _attained(problem, all_points[i], box, closed)))
    (low, lc), (high, rc) = ends
    if np.isfinite(box).all() and not (math.isfinite(low) and math.isfinite(high)):
        raise _overflow()
    return _Range(low, high, lc and math.isfinite(low), rc and math.isfinite(high), best)


def _attained(problem: _Problem, x: Floats, box: Floats, closed: NDArray[np.bool_]) -> bool:
    """Whether the value at ``x`` is taken inside the box: coordinates on an open end are
    nudged inward, and the value must not change."""
    on_open = ((x == box[:, 0]) & ~closed[:, 0]) | ((x == box[:, 1]) & ~closed[:, 1])
    if not on_open.any():
        return True
    step = _TOLERANCE * np.where(np.isfinite(box[:, 1] - box[:, 0]), box[:, 1] - box[:, 0], 1.0)
    nudged = np.where(on_open & (x == box[:, 0]), x + step, np.where(on_open, x - step, x))
    values = problem.values(np.stack([x, nudged]))
    return bool(values[0] == values[1])


# ---------------------------------------------------------------------------------------- derive


def derive(expression: str, /, *, constraints: Sequence[str] = (), **items: Item | float) -> Estimate:
    """Evaluate an expression over claims, each input counted once.

    Parameters
    ----------
    expression : str
        Arithmetic over the names given as keywords: numbers, names,
        ``+ - * / **``, unary minus, parentheses, ``abs``, ``min``, ``max``.
        Never evaluated by Python's ``eval``.
    constraints : sequence of str
        Comparisons that must hold between the inputs, such as
        ``"killed <= deployed"`` or ``"0 <= f <= 1"``.
    **items : Interval, Claim, Estimate or float
        The inputs, by name.  (A name cannot be ``constraints``.)

    Returns
    -------
    Estimate
        ``interval`` from the supports, ``core`` from the cores, ``literal``
        from the literal readings, ``point`` from the inputs' points (the
        expression at their midpoints or estimates), ``method="derive"``; the
        inputs are its ``agreeing`` items.

    Raises
    ------
    ExpressionError
        For an expression or constraint outside the whitelist, longer than
        1,000 characters or nested deeper than 100 levels, an expression that
        names no input (a constant such as ``"2+3"``), a name without an input,
        an input the expression does not use, a number beyond the floats
        (``1e999``), a result that overflows them, or no real value.
    IntervalDivisionError
        If a divisor can be zero over the inputs.
    UnitMismatchError
        If the units do not fit (weeks plus kilometres), or the unit of the
        result depends on the values (``x ** y`` with ``x`` in metres and ``y``
        uncertain: an exponent of a quantity with units must be constant).
    InvalidArgumentError
        If the constraints leave no values.

    Examples
    --------
    >>> from claimnum import Interval
    >>> from claimnum.derive import derive
    >>> killed, force = Interval(3_500, 5_500), Interval(3_000, 13_000)
    >>> derive("killed / force", killed=killed, force=force, constraints=["killed <= force"]).interval
    [0.269230769231, 1]
    >>> derive("x ** 2", x=Interval(-1, 2)).interval
    [0, 4]
    """
    tree = _parse(expression, "expression")
    names: set[str] = set()
    function = _compile(tree, names)
    parsed = [_constraint(text, names) for text in constraints]
    constraint_functions = [g for functions, _ in parsed for g in functions]
    bounds = [b for _, found in parsed for b in found]
    if not names:
        raise ExpressionError(
            f"the expression {expression[:80]!r} names no input: derive computes from named inputs, "
            'e.g. derive("a + b", a=..., b=...); a constant needs no derivation'
        )
    missing, unused = names - set(items), set(items) - names
    if missing or unused:
        raise ExpressionError(
            "every name needs an input and every input a use: "
            f"missing {sorted(missing)}, unused {sorted(unused)}"
        )
    order = tuple(sorted(items))
    inputs, units = zip(*(_input(items[name]) for name in order), strict=True)
    unit_of = dict(zip(order, units, strict=True))
    constants = {name: i.constant for name, i in zip(order, inputs, strict=True)}
    unit = _result_unit(function, unit_of, constants)
    _result_unit(lambda env: [g(env) for g in constraint_functions], unit_of, constants)
    problem = _Problem(order, function, tuple(constraint_functions))
    points = np.array([i.point for i in inputs])
    # Where an input has no point, search from its core's finite end (or 0) instead.
    fallback = np.array([i.ends[CORE][np.isfinite(i.ends[CORE])].tolist()[:1] or [0.0] for i in inputs])
    anchor = np.where(np.isfinite(points), points, fallback[:, 0])
    readings: dict[int, _Range | None] = {}
    done: dict[bytes, _Range | None] = {}  # an Interval's three readings are one box: search it once
    for row in (SUPPORT, LITERAL, CORE):
        closed = np.stack([i.closed[row] for i in inputs])
        box = _bounded(np.stack([i.ends[row] for i in inputs]), closed, order, bounds)
        key = box.tobytes() + closed.tobytes()
        if key not in done:
            done[key] = _range(problem, box, closed, anchor)
        readings[row] = done[key]
    support = readings[SUPPORT]
    if support is None:
        raise InvalidArgumentError(f"the constraints {list(constraints)} leave no values of the inputs")
    point_at = anchor if problem.feasible(anchor[None, :])[0] else support.best
    point = float(problem.values(point_at[None, :])[0]) if np.isfinite(points).all() else math.nan
    core = readings[CORE] or _Range(point, point, True, True, point_at)
    literal = readings[LITERAL] or support
    factor = _base_factor(unit)
    return Estimate(
        interval=_interval(support, core, factor, unit),
        core=_interval(core, core, factor, unit),
        literal=_interval(literal, support, factor, unit),
        point=float(np.clip(point, core.lo, core.hi)) / factor if math.isfinite(point) else math.nan,
        agreement=1.0,
        agreeing=tuple(i.item for i in inputs),
        dissenting=(),
        method="derive",
    )


def _interval(outer: _Range, inner: _Range, factor: float, unit: str | None) -> Interval:
    """``outer`` widened to hold ``inner`` (the searches are not always exactly nested), in ``unit``."""
    lo, lc = (inner.lo, inner.lc or outer.lc) if inner.lo <= outer.lo else (outer.lo, outer.lc)
    hi, rc = (inner.hi, inner.rc or outer.rc) if inner.hi >= outer.hi else (outer.hi, outer.rc)
    closed = {(True, True): "both", (True, False): "left", (False, True): "right", (False, False): "neither"}
    return Interval(lo / factor, hi / factor, closed[lc, rc], unit)  # type: ignore[arg-type]

"""Items as arrays (trapezoids.py): each reading's ends, by item, in one unit."""

from __future__ import annotations

import math

import claimnum
from claimnum import Interval
from claimnum.trapezoids import CORE, LITERAL, SUPPORT, Trapezoids


def test_each_reading_of_each_item_is_its_column_of_the_arrays() -> None:
    [claim] = claimnum.extract("Over 300 people came.")
    items = [Interval(1, 2, closed="left"), claim, Interval.empty(), Interval(2, 3, unit=None)]
    tz = Trapezoids.from_items(items)
    for row, name in ((LITERAL, "literal"), (SUPPORT, "interval"), (CORE, "core")):
        reading = getattr(claim, name)
        assert (tz.lo[row][1], tz.hi[row][1]) == (reading.lo, reading.hi)
        assert (tz.lc[row][1], tz.rc[row][1]) == (reading.left_closed, reading.right_closed)
    assert (tz.lo[SUPPORT][0], tz.hi[SUPPORT][0], tz.lc[SUPPORT][0], tz.rc[SUPPORT][0]) == (1, 2, True, False)
    # an empty reading is stored as (inf, -inf), both ends open
    assert (tz.lo[CORE][2], tz.hi[CORE][2]) == (math.inf, -math.inf)
    assert (bool(tz.lc[CORE][2]), bool(tz.rc[CORE][2])) == (False, False)
    assert tz.hi[LITERAL].tolist()[3] == 3.0


def test_readings_in_another_unit_than_the_first_are_converted_to_it() -> None:
    tz = Trapezoids.from_items([Interval(2, 3, unit="week"), Interval(10, 12, unit="day")])
    assert (tz.unit, tz.hi[SUPPORT].tolist()) == ("day", [21.0, 12.0])

"""Small helpers shared by the value objects' text and HTML views.

Claims carry scraped article text into notebooks, so every piece of text goes
through :func:`html.escape` here; callers pass plain text to :func:`span` and
only already-built HTML to :func:`group`.  :func:`bound_text` prints an
interval's end; :func:`grain_of` and :func:`outward` print computed numbers at
the grain they are known to (a thousandth of the interval's width), never with
float noise.

Examples
--------
>>> from claimnum.display import group, span
>>> group(span("[2, 3]", "bounds") + " " + span("week", "unit"), "interval")
'<span class="interval"><span class="bounds">[2, 3]</span> <span class="unit">week</span></span>'
"""

from __future__ import annotations

import html
import math

__all__ = ["bound_text", "grain_of", "group", "number", "outward", "span"]


def _open_tag(css_class: str, title: str | None) -> str:
    attributes = f' class="{html.escape(css_class)}"'
    if title is not None:
        attributes += f' title="{html.escape(title)}"'
    return f"<span{attributes}>"


def span(text: str, css_class: str, *, title: str | None = None) -> str:
    """Wrap plain text, escaped, in a ``<span>`` with a CSS class.

    Parameters
    ----------
    text : str
        Plain text; any markup in it is escaped.
    css_class : str
        The ``class`` attribute.
    title : str, optional
        A tooltip, escaped too.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> span("<b>10,000</b> & more", "claimnum-text", title='said "over"')
    '<span class="claimnum-text" title="said &quot;over&quot;">&lt;b&gt;10,000&lt;/b&gt; &amp; more</span>'
    """
    return f"{_open_tag(css_class, title)}{html.escape(text)}</span>"


def group(inner_html: str, css_class: str, *, title: str | None = None) -> str:
    """Wrap HTML built from :func:`span` calls in one more ``<span>``.

    Parameters
    ----------
    inner_html : str
        HTML that is already escaped (never raw text).
    css_class : str
        The ``class`` attribute.
    title : str, optional
        A tooltip, escaped.

    Returns
    -------
    str
        HTML.

    Examples
    --------
    >>> group(span("a<b", "x"), "outer")
    '<span class="outer"><span class="x">a&lt;b</span></span>'
    """
    return f"{_open_tag(css_class, title)}{inner_html}</span>"


def bound_text(x: float) -> str:
    """An interval's end as printed.

    Integers without ``.0``, other floats as the shorter of their
    full precision and 12 significant digits (a conversion's 15.959999999999997 prints 15.96).

    Only the text is rounded: the end itself keeps every digit.

    Parameters
    ----------
    x : float
        The end (``inf`` and ``-inf`` allowed).

    Returns
    -------
    str
        Its text.

    Examples
    --------
    >>> bound_text(15000.0), bound_text(15.959999999999997), bound_text(0.1 + 0.2), bound_text(-math.inf)
    ('15000', '15.96', '0.3', '-inf')
    """
    full = _exact_text(x)
    if not math.isfinite(x):
        return full
    short = _exact_text(float(f"{x:.12g}"))
    return short if len(short) < len(full) else full


def _exact_text(x: float) -> str:
    """Integers without ``.0``, other floats at full precision."""
    if x.is_integer() and abs(x) < 1e16:
        return str(int(x))
    return repr(x)


def grain_of(width: float) -> float:
    """The finest digit worth printing for an interval of a given width.

    A thousandth of the width, as a power of ten (NaN for no width).

    Parameters
    ----------
    width : float
        The interval's width.

    Returns
    -------
    float
        A power of ten, or NaN when ``width`` is not positive and finite.

    Examples
    --------
    >>> grain_of(67474.7), grain_of(0.1333), grain_of(0.0)
    (10.0, 0.0001, nan)
    """
    if not (math.isfinite(width) and width > 0):
        return math.nan
    grain = 10.0 ** (math.floor(math.log10(width)) - 3)  # never log10(width / 1000): it underflows
    return grain if grain > 0 else math.nan


def number(x: float, grain: float) -> str:
    """``x`` at ``grain`` (to six significant digits without one).

    Parameters
    ----------
    x : float
        The number.
    grain : float
        The digit to round to (:func:`grain_of`); NaN for none.

    Returns
    -------
    str
        Its text.

    Examples
    --------
    >>> number(48157.33, 10.0), number(0.6666666666666666, 0.0001), number(2.5, math.nan)
    ('48160', '0.6667', '2.5')
    """
    if math.isnan(grain) or not math.isfinite(x):
        return f"{x:.6g}"
    digits = max(0, -math.floor(math.log10(grain)))
    text = f"{round(x / grain) * grain:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def outward(lo: float, hi: float, grain: float) -> tuple[float, float]:
    """The finite ends rounded outward to ``grain``, so the printed interval holds the true one.

    Parameters
    ----------
    lo, hi : float
        The ends; an infinite end is kept.
    grain : float
        The digit to round to (:func:`grain_of`).

    Returns
    -------
    tuple of float
        ``lo`` rounded down and ``hi`` rounded up.

    Examples
    --------
    >>> outward(14385.312329993492, 81859.97734483617, 10.0)
    (14380.0, 81860.0)
    """
    if math.isnan(grain):
        return lo, hi
    digits = max(0, -math.floor(math.log10(grain)))

    def snapped(x: float, direction: float) -> float:
        steps = x / grain
        if abs(steps - round(steps)) < 1e-6:  # float noise on a multiple: 0.5999999999999999
            return round(round(steps) * grain, digits)
        return round((math.floor(steps) if direction < 0 else math.ceil(steps)) * grain, digits)

    low = snapped(lo, -1) if math.isfinite(lo) else lo
    high = snapped(hi, 1) if math.isfinite(hi) else hi
    return low, high

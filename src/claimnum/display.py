"""Small HTML helpers shared by the value objects' ``_repr_html_``.

Claims carry scraped article text into notebooks, so every piece of text goes
through :func:`html.escape` here; callers pass plain text to :func:`span` and
only already-built HTML to :func:`group`.

Examples
--------
>>> from claimnum.display import group, span
>>> group(span("[2, 3]", "bounds") + " " + span("week", "unit"), "interval")
'<span class="interval"><span class="bounds">[2, 3]</span> <span class="unit">week</span></span>'
"""

from __future__ import annotations

import html

__all__ = ["group", "span"]


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

"""The hook hypothesis calls through its entry point (``pyproject.toml``).

It lives apart from :mod:`claimnum.strategies` because hypothesis loads entry
points while it is itself being imported: the hook must import nothing of
hypothesis until it is called.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Register claimnum's strategies for ``st.from_type``.

    Examples
    --------
    >>> from hypothesis import given, strategies as st
    >>> import claimnum
    >>> @given(st.from_type(claimnum.Interval))
    ... def test_valid(iv):
    ...     assert iv == claimnum.Interval(iv.lo, iv.hi, iv.closed, iv.unit)
    >>> test_valid()
    """
    from hypothesis import strategies as st

    from claimnum.interval import Interval

    def intervals() -> st.SearchStrategy[Interval]:
        # Imported at draw time: the hook may run while claimnum.strategies is importing hypothesis.
        from claimnum.strategies import intervals

        return intervals()

    st.register_type_strategy(Interval, st.deferred(intervals))

"""Test configuration shared by tests/, the doctests in src/ and docs/, and the notebooks."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# Sphinx's configuration and the notebook generator are not modules to doctest; benchmarks are
# scripts run by benchmarks/run.py.
collect_ignore = ["docs/conf.py", "benchmarks", "notebooks/make_notebooks.py"]

settings.register_profile("dev", max_examples=100)
# CI: reproducible runs, no flaky deadlines on a loaded 2-core machine.
settings.register_profile(
    "ci", max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

"""Shared test configuration: Hypothesis profiles (no deadlines anywhere)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", deadline=None, max_examples=100)
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=200,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# Mutation runs (tools/mutation.py) run the selected tests once per mutant: few examples,
# derandomized so that a mutant is killed or survives the same way every time.
settings.register_profile(
    "mutation",
    deadline=None,
    max_examples=10,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(
    os.environ.get("OPENINFRA_HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)

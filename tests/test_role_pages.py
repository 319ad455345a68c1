"""The runnable pages of the docs (docs/uses/): each role's example runs as shown.

The service script (``docs/examples/dues_service.py``) is run as a user runs it, in a fresh
interpreter, on the request the page shows and on bad ones; the property-test module
(``docs/examples/test_dues_service_properties.py``) is run by pytest as a user's own suite.
The third role's page, the notebook, is executed by the documentation build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).parent.parent / "docs" / "examples"
SERVICE = EXAMPLES / "dues_service.py"


def _run(*args: str, stdin: str = "") -> tuple[int, Any]:
    """Run the service in a fresh interpreter; its exit status and its JSON answer."""
    done = subprocess.run(  # noqa: S603 - our own script, with the running interpreter
        [sys.executable, str(SERVICE), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "" == done.stderr
    return done.returncode, json.loads(done.stdout)


class TestServiceScript:
    """The dues service answers with explained decisions and refuses bad requests cleanly."""

    def test_the_request_on_the_page(self) -> None:
        """The page's request: a Gold member in force in January 2026 owes $150,000."""
        status, answer = _run(str(EXAMPLES / "request.json"))
        assert (0, "passed", "150000.00", "passed") == (
            status,
            answer["in_force"]["outcome"],
            answer["dues"]["amount"],
            answer["dues"]["outcome"],
        )

    def test_not_yet_approved_is_not_in_force(self) -> None:
        """A Gold membership approved after the day asked is not yet in force."""
        request = json.loads((EXAMPLES / "request.json").read_text(encoding="utf-8"))
        request["as_of"] = "2025-11-19"
        status, answer = _run(stdin=json.dumps(request))
        assert (0, "failed") == (status, answer["in_force"]["outcome"])

    def test_every_bad_field_is_named(self) -> None:
        """A bad request gets exit status 2 and one problem per bad field, by its path."""
        request = {"as_of": "2026-1-15", "membership": {"organization": "acme", "tier": "Gold"}}
        status, answer = _run(stdin=json.dumps(request))
        assert (2, ["as_of", "membership.tier", "membership.signed"]) == (
            status,
            [p.split(":")[0] for p in answer["problems"]],
        )

    def test_not_json(self) -> None:
        """Text that is not JSON is refused the same way, not with a traceback."""
        status, answer = _run(stdin="nope")
        assert (2, "invalid request") == (status, answer["error"])

    def test_a_day_before_every_rule(self) -> None:
        """A day before the first supported date gets exit status 3 and says why."""
        request = {
            "as_of": "2000-01-15",
            "membership": {"organization": "acme", "tier": "gold", "signed": "1999-01-01"},
        }
        status, answer = _run(stdin=json.dumps(request))
        assert (3, True) == (status, "2012-07-18" in answer["problems"][0])


class TestPropertyModule:
    """The user's property-test module passes when run as the user runs it."""

    def test_the_module_passes(self) -> None:
        """Pytest runs it with the service importable beside it; every property holds."""
        env = {**os.environ, "PYTHONPATH": str(EXAMPLES)}
        done = subprocess.run(  # noqa: S603 - pytest on our own example module
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                str(EXAMPLES / "test_dues_service_properties.py"),
            ],
            capture_output=True,
            text=True,
            check=False,
            env=env,
            cwd=EXAMPLES.parent.parent,
        )
        assert (0, True) == (done.returncode, "5 passed" in done.stdout), done.stdout[-3000:]

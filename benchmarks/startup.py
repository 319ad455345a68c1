"""Start-up workloads: importing the package and starting the command-line tool.

Each run starts fresh interpreters, interleaved: ``python -c pass`` (the interpreter alone),
``python -X importtime -c "import openinfra_model"``, and the installed ``openinfra-model``
script with ``--version`` and with ``regime --as-of 2026-01-15`` (a command that reads the
dated tables). The wall time of each process is timed; for the import, the cumulative time
``-X importtime`` reports for ``openinfra_model`` is kept as well. The collector settings do
not apply (each process runs as it starts), so only the ``default`` column is filled.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import harness

_IMPORTTIME = re.compile(r"import time:\s+\d+ \|\s+(\d+) \|\s+openinfra_model$", re.MULTILINE)


def _script() -> str:
    bindir = Path(sys.executable).parent
    for name in ("openinfra-model", "openinfra-model.exe"):
        if (bindir / name).exists():
            return str(bindir / name)
    msg = "the openinfra-model script is not installed beside this interpreter"
    raise FileNotFoundError(msg)


def startup(runs: int) -> list[harness.Workload]:
    """Interleaved runs of each start-up command; the import's own figure besides."""
    script = _script()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import openinfra_model": [
            sys.executable,
            "-X",
            "importtime",
            "-c",
            "import openinfra_model",
        ],
        "openinfra-model --version": [script, "--version"],
        "openinfra-model regime": [script, "regime", "--as-of", "2026-01-15"],
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cumulative: list[float] = []
    outputs: dict[str, str] = {}
    names = list(commands)
    for run in range(runs + 1):  # the first round warms the file cache and is not kept
        order = names[run % len(names) :] + names[: run % len(names)]
        for name in order:
            t0 = time.perf_counter()
            done = subprocess.run(
                commands[name], capture_output=True, text=True, env=env, check=True
            )
            elapsed = time.perf_counter() - t0
            outputs[name] = done.stdout
            if run == 0:
                continue
            wall[name].append(elapsed)
            if name == "import openinfra_model":
                match = _IMPORTTIME.search(done.stderr)
                if match is None:
                    msg = "-X importtime reported no line for openinfra_model"
                    raise harness.DisagreementError(msg)
                cumulative.append(int(match.group(1)) / 1e6)
    work = harness.Workload("start-up", "fresh processes", runs=runs)
    for name in names:
        work.timings.append(
            harness.Timing(name, pauses_collector=False, samples={"default": wall[name]})
        )
    work.timings.append(
        harness.Timing(
            "import openinfra_model (-X importtime, cumulative)",
            pauses_collector=False,
            samples={"default": cumulative},
        )
    )
    version = outputs["openinfra-model --version"].strip()
    work.checks.append(f"--version printed {version!r}")
    if not outputs["openinfra-model regime"].strip():
        msg = "openinfra-model regime printed nothing"
        raise harness.DisagreementError(msg)
    work.checks.append("regime printed the documents in force")
    return work_list(work)


def work_list(work: harness.Workload) -> list[harness.Workload]:
    """One workload as a list, as the runner takes them."""
    return [work]

"""Run the command-line tool: ``python -m openinfra_model``."""

from openinfra_model.cli import main

raise SystemExit(main())

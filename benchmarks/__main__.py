"""``python -m benchmarks``: run every benchmark and write the table (see ``--help``)."""

from benchmarks.runner import main

raise SystemExit(main())

"""Sphinx configuration: strict, offline, MyST pages and autodoc from docstrings."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import _rules_reference  # noqa: E402

import openinfra_model  # noqa: E402

project = "openinfra_model"
author = "openinfra_model developers"
copyright = "2026, openinfra_model developers"
release = openinfra_model.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
nitpicky = True
nitpick_ignore_regex = [
    # Standard-library and third-party types: no intersphinx (the build is offline).
    (r"py:.*", r"(datetime|decimal|collections\.abc|typing|enum|attrs|attr|cattrs|types)\..*"),
    (r"py:.*", r"(date|datetime|Decimal|Mapping|Sequence|Iterable|Iterator|Callable)"),
    (r"py:.*", r"(T|NoReturn|Any|Self|_T|object|Enum|Exception)"),
    (r"py:class", r"attrs\.Attribute.*"),
    (r"py:.*", r"openinfra_model\.\w+\.T"),  # type variables
    (r"py:.*", r"(hypothesis|st)\..*"),  # Hypothesis types, in the strategies' signatures
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
html_theme = "alabaster"
doctest_global_setup = (
    "from datetime import date\nfrom decimal import Decimal\nimport openinfra_model"
)


# Docstring examples are run by pytest (--doctest-modules) in their module's namespace; the
# doctest builder runs the {doctest} blocks of the pages.
doctest_test_doctest_blocks = ""


def setup(app: object) -> None:
    """Write the generated rules reference before the build reads the sources."""
    _rules_reference.write(HERE / "_generated")

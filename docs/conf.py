"""Sphinx configuration: strict, offline, MyST pages and autodoc from docstrings."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    "myst_nb",  # MyST markdown, and the notebook pages executed at build time (docs/uses/)
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "sphinx_copybutton",
]
source_suffix = {".md": "myst-nb", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build", "_generated", "_inventories"]
nitpicky = True
nitpick_ignore_regex = [
    # Third-party types: no inventory of theirs is installed or committed.
    (r"py:class", r"attrs\.Attribute.*"),
    (r"py:.*", r"(attrs|attr|cattrs)\..*"),
    (r"py:.*", r"(hypothesis|st)\..*"),  # Hypothesis types, in the strategies' signatures
    (r"py:.*", r"openinfra_model\.[\w.]+\.(T|_M|_R)"),  # type variables
    (r"py:.*", r"(T|_T)"),
    # The committed Python inventory is trimmed to the names the docs used when it was made.
    (r"py:class", r"contextlib\.AbstractContextManager"),
]
# The notebook pages run on every build against a real kernel (ipykernel); an error in any cell
# fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_timeout = 600
nb_merge_streams = True
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
html_theme = "furo"
html_title = f"openinfra_model {release}"
html_static_path = ["_static"]
html_css_files = ["custom.css"]

# Links to the Python documentation, from an inventory committed to the repository: the build
# never fetches (CI reaches only the package registry). _inventories/README.md says how the
# inventory was made and how to extend it.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "_inventories" / "python.inv")),
}
intersphinx_timeout = 1

# The copy button leaves out the prompts of shell and doctest examples.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
doctest_global_setup = (
    "from datetime import date\nfrom decimal import Decimal\nimport openinfra_model"
)


# Docstring examples are run by pytest (--doctest-modules) in their module's namespace; the
# doctest builder runs the {doctest} blocks of the pages.
doctest_test_doctest_blocks = ""


_NAMESPACES = (
    "openinfra_model",
    "openinfra_model.core",
    "openinfra_model.membership",
    "openinfra_model.board",
    "openinfra_model.elections",
    "openinfra_model.counting",
    "openinfra_model.funds",
    "openinfra_model.community",
    "openinfra_model.record",
)


def _public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:  # noqa: ANN401
    """Resolve a name by the public namespace that documents it.

    Type hints name a class by the module that defines it
    (``openinfra_model.funds.linux_foundation.LinuxFoundationFee``) or bare, and docstrings of
    names the top level re-exports use short forms (``Decision.of``); the API pages document
    each name once, where users import it from (``openinfra_model.funds``).
    """
    if node.get("refdomain") != "py":
        return None
    target: str = node["reftarget"].lstrip("~.")
    if "." in target and not target.startswith("openinfra_model."):
        head = target.split(".", 1)[0]
        if not head[:1].isupper():
            return None
    domain = env.get_domain("py")
    objects = domain.objects
    parts = target.split(".")
    # The tails of the target: "Decision.of" of "openinfra_model.core.decisions.Decision.of".
    tails = [".".join(parts[i:]) for i in range(len(parts))]
    context = node.get("py:class")
    if context:
        tails = [f"{context}.{target}", *tails]
    for tail in tails:
        for namespace in _NAMESPACES:
            candidate = f"{namespace}.{tail}"
            if candidate in objects and candidate != target:
                return domain.resolve_xref(
                    env, node["refdoc"], app.builder, node["reftype"], candidate, node, contnode
                )
    return None


# Names that string annotations leave bare (``from __future__ import annotations``), resolved
# through the committed Python inventory.
_STDLIB_SHORT = {
    "date": "datetime.date",
    "datetime": "datetime.datetime",
    "timedelta": "datetime.timedelta",
    "Decimal": "decimal.Decimal",
    "Fraction": "fractions.Fraction",
    "Mapping": "collections.abc.Mapping",
    "Sequence": "collections.abc.Sequence",
    "Iterable": "collections.abc.Iterable",
    "Iterator": "collections.abc.Iterator",
    "Callable": "collections.abc.Callable",
    "Path": "pathlib.Path",
    "Any": "typing.Any",
    "Self": "typing.Self",
    "NoReturn": "typing.NoReturn",
    "Enum": "enum.Enum",
}


def _stdlib_short(app: Any, env: Any, node: Any, contnode: Any) -> Any:  # noqa: ANN401
    """Resolve a bare standard-library name (``date``) by its qualified name."""
    if node.get("refdomain") != "py":
        return None
    qualified = _STDLIB_SHORT.get(node["reftarget"].lstrip("~."))
    if qualified is None:
        return None
    from sphinx.ext import intersphinx  # noqa: PLC0415 - only for this hook

    node["reftarget"] = qualified
    return intersphinx.missing_reference(app, env, node, contnode)


def setup(app: Any) -> None:  # noqa: ANN401
    """Write the generated rules reference; resolve names by their public namespace."""
    _rules_reference.write(HERE / "_generated")
    app.connect("missing-reference", _public_target)
    app.connect("missing-reference", _stdlib_short)

"""Write ``python.inv``: a small Sphinx inventory of the Python names the docs refer to.

The build has no network, so intersphinx cannot fetch ``objects.inv`` from docs.python.org,
and no installed package ships one. This script writes the few entries the API pages need, in
the inventory format version 2 that Sphinx writes and reads (a four-line header, then one
zlib-compressed line per object: ``name domain:role priority uri display-name``, where a ``$``
at the end of the uri stands for the name and ``-`` for a display name equal to it). Each uri
is the page and anchor of the object in the Python 3 documentation.

Run it after adding a name (``uv run python docs/_inventories/make_python_inventory.py``);
``python -m sphinx.ext.intersphinx docs/_inventories/python.inv`` lists what it holds.
"""

from __future__ import annotations

import zlib
from pathlib import Path

# (name, role, page): the uri is the page with "#" + name as its anchor.
ENTRIES: tuple[tuple[str, str, str], ...] = (
    # builtins
    ("object", "class", "library/functions.html"),
    ("int", "class", "library/functions.html"),
    ("float", "class", "library/functions.html"),
    ("bool", "class", "library/functions.html"),
    ("str", "class", "library/stdtypes.html"),
    ("bytes", "class", "library/stdtypes.html"),
    ("tuple", "class", "library/stdtypes.html"),
    ("list", "class", "library/stdtypes.html"),
    ("dict", "class", "library/stdtypes.html"),
    ("set", "class", "library/stdtypes.html"),
    ("frozenset", "class", "library/stdtypes.html"),
    ("type", "class", "library/functions.html"),
    ("None", "data", "library/constants.html"),
    ("NotImplemented", "data", "library/constants.html"),
    ("Exception", "exception", "library/exceptions.html"),
    ("BaseException", "exception", "library/exceptions.html"),
    ("ExceptionGroup", "exception", "library/exceptions.html"),
    ("ValueError", "exception", "library/exceptions.html"),
    ("TypeError", "exception", "library/exceptions.html"),
    ("KeyError", "exception", "library/exceptions.html"),
    ("LookupError", "exception", "library/exceptions.html"),
    ("DeprecationWarning", "exception", "library/exceptions.html"),
    # modules and classes of the standard library
    ("datetime.date", "class", "library/datetime.html"),
    ("datetime.datetime", "class", "library/datetime.html"),
    ("datetime.timedelta", "class", "library/datetime.html"),
    ("decimal.Decimal", "class", "library/decimal.html"),
    ("fractions.Fraction", "class", "library/fractions.html"),
    ("enum.Enum", "class", "library/enum.html"),
    ("types.MappingProxyType", "class", "library/types.html"),
    ("pathlib.Path", "class", "library/pathlib.html"),
    ("os.PathLike", "class", "library/os.html"),
    ("collections.abc.Callable", "class", "library/collections.abc.html"),
    ("collections.abc.Iterable", "class", "library/collections.abc.html"),
    ("collections.abc.Iterator", "class", "library/collections.abc.html"),
    ("collections.abc.Mapping", "class", "library/collections.abc.html"),
    ("collections.abc.Sequence", "class", "library/collections.abc.html"),
    ("collections.abc.Set", "class", "library/collections.abc.html"),
    ("typing.Any", "data", "library/typing.html"),
    ("typing.NoReturn", "data", "library/typing.html"),
    ("typing.Self", "data", "library/typing.html"),
    ("typing.Final", "data", "library/typing.html"),
    ("typing.Generic", "class", "library/typing.html"),
    ("typing.TypeVar", "class", "library/typing.html"),
    ("json.loads", "function", "library/json.html"),
    ("json.dumps", "function", "library/json.html"),
    ("argparse", "module", "library/argparse.html"),
    ("importlib.resources", "module", "library/importlib.resources.html"),
)


def _line(name: str, role: str, page: str) -> str:
    anchor = f"module-{name}" if role == "module" else name
    uri = f"{page}#{anchor}".replace(f"#{name}", "#$") if role != "module" else f"{page}#{anchor}"
    return f"{name} py:{role} {0 if role == 'module' else 1} {uri} -\n"


def write(path: Path) -> None:
    """Write the inventory to ``path``."""
    header = (
        "# Sphinx inventory version 2\n"
        "# Project: Python\n"
        "# Version: 3\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(_line(*entry) for entry in sorted(ENTRIES))
    path.write_bytes(header.encode() + zlib.compress(body.encode()))


if __name__ == "__main__":
    write(Path(__file__).with_name("python.inv"))

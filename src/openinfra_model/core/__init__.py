"""The small core every concern uses.

Citations, decisions, errors, money, dated parameters and the converter.

Nothing here knows about members, boards or elections; every concern package builds on it.
"""

from __future__ import annotations

from openinfra_model.core.citations import (
    BYLAWS_TEXT_2021,
    DOCUMENTS,
    Citation,
    Document,
    cite,
)
from openinfra_model.core.convert import (
    FORMAT,
    VERSION,
    converter,
    dumps,
    dumps_document,
    format_errors,
    kind_of,
    loads,
    loads_document,
    structure,
    structure_document,
    unstructure,
    unstructure_document,
)
from openinfra_model.core.decisions import (
    Check,
    Decision,
    Status,
)
from openinfra_model.core.errors import (
    InvalidInputError,
    NoRegimeError,
    OpenInfraModelError,
    Problem,
    RegimeConflictError,
    UnknownIdError,
)
from openinfra_model.core.money import (
    ZERO,
    check_money,
    usd,
)
from openinfra_model.core.regimes import (
    BYLAWS_2024,
    FIRST_DATE,
    LF_CLOSING,
    LF_ELECTIONS,
    OIF_LAUNCH,
    OIP_AMENDMENTS,
    TURNOUT_CHANGE_2015,
    Confidence,
    DatedTable,
    Regime,
    Window,
    all_tables,
    boundary_dates,
    regime_on,
)

__all__ = [
    "BYLAWS_2024",
    "BYLAWS_TEXT_2021",
    "DOCUMENTS",
    "FIRST_DATE",
    "FORMAT",
    "LF_CLOSING",
    "LF_ELECTIONS",
    "OIF_LAUNCH",
    "OIP_AMENDMENTS",
    "TURNOUT_CHANGE_2015",
    "VERSION",
    "ZERO",
    "Check",
    "Citation",
    "Confidence",
    "DatedTable",
    "Decision",
    "Document",
    "InvalidInputError",
    "NoRegimeError",
    "OpenInfraModelError",
    "Problem",
    "Regime",
    "RegimeConflictError",
    "Status",
    "UnknownIdError",
    "Window",
    "all_tables",
    "boundary_dates",
    "check_money",
    "cite",
    "converter",
    "dumps",
    "dumps_document",
    "format_errors",
    "kind_of",
    "loads",
    "loads_document",
    "regime_on",
    "structure",
    "structure_document",
    "unstructure",
    "unstructure_document",
    "usd",
]

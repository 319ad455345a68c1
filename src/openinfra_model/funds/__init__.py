"""Directed funds: the 2022 project funds and the Linux Foundation directed-fund era (2025).

* ``projects`` -- project funds inside the Delaware foundation (from 2022-06-07);
* ``linux_foundation`` -- the Linux Foundation's fee and the board's transition at the closing.
"""

from __future__ import annotations

from openinfra_model.funds.linux_foundation import (
    LF_FEE,
    ClosingDirector,
    ClosingSeat,
    LinuxFoundationFee,
    LinuxFoundationFeeSchedule,
    check_closing_transition,
    linux_foundation_fee,
)
from openinfra_model.funds.projects import (
    DIRECTED_FUNDING_LAUNCH,
    PROJECT_FUND_PROGRAM,
    FundBoardMember,
    FundParticipant,
    FundRole,
    ProjectFund,
    check_fund_board_vote,
    check_project_fund,
)

__all__ = [
    "DIRECTED_FUNDING_LAUNCH",
    "LF_FEE",
    "PROJECT_FUND_PROGRAM",
    "ClosingDirector",
    "ClosingSeat",
    "FundBoardMember",
    "FundParticipant",
    "FundRole",
    "LinuxFoundationFee",
    "LinuxFoundationFeeSchedule",
    "ProjectFund",
    "check_closing_transition",
    "check_fund_board_vote",
    "check_project_fund",
    "linux_foundation_fee",
]

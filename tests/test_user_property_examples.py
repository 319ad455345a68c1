"""Three property tests a user of the library would write (shown in docs/strategies.md).

They use only the public strategies, as a service's own test suite would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from openinfra_model import Decision, Status, dumps_document, loads_document
from openinfra_model.board import check_board
from openinfra_model.counting import RankedBallot, VotingMethod, count_ballots
from openinfra_model.membership import Roster
from openinfra_model.strategies import BallotBox, ballot_boxes, board_records

if TYPE_CHECKING:
    from openinfra_model.record import BoardRecord


@given(st.from_type(Roster))
def test_roster_survives_the_wire(roster: Roster) -> None:
    """A service that stores rosters as JSON documents gets back what it stored."""
    assert roster == loads_document(dumps_document(roster), Roster)


@settings(max_examples=50)
@given(ballot_boxes(method=st.just(VotingMethod.MEEK_STV)))
def test_meek_never_seats_more_than_asked(box: BallotBox) -> None:
    """Whatever the ballots, a Meek count elects at most the seats and only candidates."""
    ranked = tuple(b for b in box.ballots if isinstance(b, RankedBallot))
    result = count_ballots(
        ranked, candidates=box.candidates, seats=box.seats, method=box.method, roll=box.roll
    )
    assert len(result.elected) <= box.seats
    assert set(result.elected) <= set(box.candidates)


@settings(max_examples=30)
@given(board_records())
def test_every_board_check_explains_itself(record: BoardRecord) -> None:
    """Each clause examined cites its source: a document key, a text date and a section."""
    start = min(d.term_start for d in record.board.directors)
    report = check_board(record.board, record.memberships, as_of=start)
    decision: Decision = report.composition
    assert Status.FAILED != decision.outcome
    assert all(c.citation.document and c.citation.section for c in decision.checks)

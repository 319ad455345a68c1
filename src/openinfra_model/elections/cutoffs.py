"""The "must have joined by" dates the election pages published, as the record.

The rule is the bylaws' (§3.9(a)) and, from 2026, the LF Election Procedures' (§2(a)): a member
may vote 180 days after the effective date, so the latest effective date that reaches the roll
is the vote's last day less 180 days (:func:`~openinfra_model.elections.joining_cutoff`). The
election pages published their own date each year. For the 2022-2024 votes it equals the rule;
for 2025 and 2026 it does not:

* 2025 (vote Monday January 13 - Friday January 17, 2025): the page published "by Sunday, July
  14, 2024"; the rule gives 2024-07-21. Members effective from 2024-07-15 to 2024-07-21 reach
  the roll by the bylaws but not by the published date.
* 2026 (vote Tuesday January 13 - Saturday January 17, 2026): the page published "by Sunday,
  July 20, 2025"; the rule gives 2025-07-21. The page first announced the vote as "Monday
  January 12, 2026 to Friday January 16, 2026", whose last day less 180 days is 2025-07-20:
  the date was not moved when the vote was.

The library keeps the rule; these dates are the record of what was announced, not a rule.

Example:
    >>> [c.difference_days for c in PUBLISHED_CUTOFFS]
    [0, 0, 0, 7, 1]

.. versionadded:: 0.2
"""

from __future__ import annotations

from datetime import date

import attrs

from openinfra_model.core.citations import Citation
from openinfra_model.core.validate import typed
from openinfra_model.elections.history import (
    INDIVIDUAL_2022,
    INDIVIDUAL_2023,
    INDIVIDUAL_2024,
    INDIVIDUAL_2025,
    INDIVIDUAL_2026,
)
from openinfra_model.elections.model import DayRange, Election
from openinfra_model.elections.voters import joining_cutoff

__all__ = ["PUBLISHED_CUTOFFS", "PublishedCutoff"]


@attrs.frozen(kw_only=True, field_transformer=typed)
class PublishedCutoff:
    """One year's published "must have joined by" date and the vote it was published for.

    Attributes:
        election: The election (with the vote as held).
        published: The date the election page published.
        announced_vote: The vote window the page announced with that date, when it differs
            from the vote as held.
        source: The page's sentence, quoted (the first commit of the election page with it).
    """

    election: Election
    published: date
    source: Citation
    announced_vote: DayRange | None = None

    @property
    def rule(self) -> date:
        """The rule's date for the vote as held: its last day less the waiting period."""
        return joining_cutoff(self.election.voting)

    @property
    def difference_days(self) -> int:
        """How many days the published date is before the rule's (0: they agree)."""
        return (self.rule - self.published).days


def _page(version: date, quote: str) -> Citation:
    return Citation("election-page", version, "voters", quote)


_JOINED_BY = "You must have joined the Open Infrastructure Foundation as an Individual Member by "

PUBLISHED_CUTOFFS: tuple[PublishedCutoff, ...] = (
    PublishedCutoff(
        election=INDIVIDUAL_2022,
        published=date(2021, 7, 18),
        source=_page(date(2021, 11, 17), _JOINED_BY + "Tuesday, July 18, 2021"),
    ),
    PublishedCutoff(
        election=INDIVIDUAL_2023,
        published=date(2022, 7, 17),
        source=_page(date(2022, 11, 4), _JOINED_BY + "Tuesday, July 17, 2022"),
    ),
    PublishedCutoff(
        election=INDIVIDUAL_2024,
        published=date(2023, 7, 16),
        source=_page(date(2023, 11, 8), _JOINED_BY + "Sunday, July 16, 2023"),
    ),
    PublishedCutoff(
        election=INDIVIDUAL_2025,
        published=date(2024, 7, 14),
        source=_page(date(2024, 10, 24), _JOINED_BY + "Sunday, July 14, 2024"),
    ),
    PublishedCutoff(
        election=INDIVIDUAL_2026,
        published=date(2025, 7, 20),
        source=_page(
            date(2025, 10, 27),
            "You must have joined the OpenInfra Foundation as an OIF Individual Member by "
            "Sunday, July 20, 2025",
        ),
        announced_vote=DayRange(date(2026, 1, 12), date(2026, 1, 16)),
    ),
)
"""The published dates, 2022-2026 (the pages give the weekday of 2021-07-18 and 2022-07-17 as
Tuesday; both were Sundays)."""

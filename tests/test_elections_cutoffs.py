"""Published "must have joined by" dates against the rule (issue 12, item 8)."""

from __future__ import annotations

from datetime import date

from openinfra_model.elections import joining_cutoff
from openinfra_model.elections.cutoffs import PUBLISHED_CUTOFFS


class TestPublishedCutoffs:
    """Bylaws §3.9(a) / LF-EPP §2(a): the rule is the vote's last day less 180 days.

    The pages published their own dates: the record of what was announced.
    """

    def test_2022_to_2024_agree_with_the_rule(self) -> None:
        """For the 2022, 2023 and 2024 votes the published date is the rule's."""
        expected = [0, 0, 0]
        assert expected == [c.difference_days for c in PUBLISHED_CUTOFFS[:3]]

    def test_2025_published_a_week_early(self) -> None:
        """2025: published 2024-07-14, the rule gives 2024-07-21 (7 days later)."""
        c = PUBLISHED_CUTOFFS[3]
        assert (date(2024, 7, 14), date(2024, 7, 21)) == (c.published, c.rule)
        assert date(2024, 7, 21) == joining_cutoff(c.election.voting)

    def test_2026_kept_the_announced_vote(self) -> None:
        """2026: published 2025-07-20, the first-announced vote (Jan 12-16) less 180 days.

        The vote held Jan 13-17 gives 2025-07-21.
        """
        c = PUBLISHED_CUTOFFS[4]
        assert c.announced_vote is not None
        assert (date(2025, 7, 20), date(2025, 7, 21)) == (c.published, c.rule)
        assert c.published == joining_cutoff(c.announced_vote)

    def test_sources_quote_the_page(self) -> None:
        """Each record quotes the page's sentence with the published date."""
        expected = [True] * len(PUBLISHED_CUTOFFS)
        assert expected == [
            c.published.strftime("%B %-d, %Y") in (c.source.quote or "") for c in PUBLISHED_CUTOFFS
        ]

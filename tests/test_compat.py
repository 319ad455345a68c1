"""Old import paths keep working for one release, each with a warning naming the new place."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import openinfra_model
from openinfra_model import board, counting, elections, funds, membership, record
from openinfra_model.core import regimes


class TestOldTopLevelNames:
    """Names the top level no longer exports still resolve, and warn with their package."""

    @pytest.mark.parametrize(
        ("name", "home"),
        [
            ("check_diversity", board),
            ("affiliated_groups", board),
            ("check_bylaws_amendment", board),
            ("assess_dues", membership),
            ("check_lf_membership", membership),
            ("check_gold_voter", elections),
            ("TieBreak", counting),
            ("check_project_fund", funds),
            ("linux_foundation_fee", funds),
            ("BoardRecord", record),
        ],
    )
    def test_warns_and_resolves(self, name: str, home: object) -> None:
        """The old name is the same object as the new one; the warning names the new place."""
        with pytest.warns(DeprecationWarning, match=rf"{home.__name__}\.{name}"):  # type: ignore[attr-defined]
            value = getattr(openinfra_model, name)
        assert getattr(home, name) is value

    def test_unknown_name_is_an_attribute_error(self) -> None:
        """A name that never existed is not invented."""
        with pytest.raises(AttributeError, match="no_such_rule"):
            _ = openinfra_model.no_such_rule

    def test_top_level_is_small(self) -> None:
        """The top level keeps the shared types and a few entry points (under 60 names)."""
        assert len(openinfra_model.__all__) < 60


class TestOldModules:
    """``import openinfra_model.dues`` and friends forward to the modules that replaced them."""

    @pytest.mark.parametrize(
        ("old", "name", "new"),
        [
            ("openinfra_model.dues", "dues_for", "openinfra_model.membership.dues"),
            ("openinfra_model.regimes", "FIRST_DATE", "openinfra_model.core.regimes"),
            ("openinfra_model.diversity", "check_diversity", "openinfra_model.board.diversity"),
            ("openinfra_model.meetings", "check_bylaws_amendment", "openinfra_model.board"),
            ("openinfra_model.lf_era", "linux_foundation_fee", "openinfra_model.funds"),
            ("openinfra_model.lf_era", "check_lf_membership", "openinfra_model.membership"),
            ("openinfra_model.dataset", "default_roster", "openinfra_model.record.roster"),
        ],
    )
    def test_old_module_forwards(self, old: str, name: str, new: str) -> None:
        """Importing the old module warns with the new place; its names are the new objects."""
        sys.modules.pop(old, None)
        with pytest.warns(DeprecationWarning, match=new.replace(".", r"\.")):
            module = importlib.import_module(old)
        assert getattr(importlib.import_module(new), name) is getattr(module, name)

    def test_from_import_of_old_module(self) -> None:
        """``from openinfra_model.regimes import FIRST_DATE`` still works, with a warning."""
        sys.modules.pop("openinfra_model.regimes", None)
        with pytest.warns(DeprecationWarning, match=r"openinfra_model\.core\.regimes"):
            from openinfra_model.regimes import FIRST_DATE  # type: ignore[import-not-found]  # noqa: PLC0415
        assert regimes.FIRST_DATE == FIRST_DATE


class TestRemovalRelease:
    """Every deprecation names the same removal release (DECISIONS §5: at least one release)."""

    def test_old_name_and_old_module_say_after_0_2(self) -> None:
        """An old top-level name and an old module path warn "removed after 0.2", as the rest."""
        with pytest.warns(DeprecationWarning, match="check_diversity") as caught:
            _ = openinfra_model.check_diversity
        sys.modules.pop("openinfra_model.dues", None)
        with pytest.warns(DeprecationWarning, match=r"openinfra_model\.dues") as more:
            importlib.import_module("openinfra_model.dues")
        messages = [str(w.message) for w in [*caught, *more]]
        assert [True, True] == ["will be removed after 0.2; use" in m for m in messages]

    def test_warning_points_at_the_caller(self) -> None:
        """The warning of an old top-level name is reported at the line that used it."""
        with pytest.warns(DeprecationWarning, match="assess_dues") as caught:
            _ = openinfra_model.assess_dues
        assert __file__ == caught[0].filename


class TestImportCost:
    """``import openinfra_model`` loads the core only; the concerns load on first use."""

    def test_import_loads_core_only(self) -> None:
        """A fresh interpreter importing the package has not imported the concern packages."""
        code = (
            "import sys, openinfra_model\n"
            "print(sorted(m for m in sys.modules if m.startswith('openinfra_model.')"
            " and m.split('.')[1] not in ('core', '_compat')))"
        )
        out = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
            [sys.executable, "-c", code], check=True, capture_output=True, text=True
        ).stdout
        assert "[]" == out.strip()

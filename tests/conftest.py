"""Shared fixtures: the seed articles shipped with the project, and the optional evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seed_paths() -> list[Path]:
    """The three seed files, in name order."""
    return sorted(SEEDS.glob("*.txt"))


def shared_file(*parts: str) -> Path:
    """A file of the evaluation data beside the project; skips the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"evaluation data not available ({path} is absent; it lives outside the project)"
        )
    return path

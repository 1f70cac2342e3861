"""Shared fixtures: the seed articles shipped with the project, and the optional evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test a compiled module older than its source.

    An editable install compiles the quote modules into ``src/``; after an edit
    the stale extension would run instead of the edited code.
    """
    package = ROOT / "src" / "newscorpus"
    stale = [
        ext.name
        for ext in [*package.glob("*.so"), *package.glob("*.pyd")]
        if ext.stat().st_mtime < (package / (ext.name.split(".")[0] + ".py")).stat().st_mtime
    ]
    if stale:
        pytest.exit(
            f"compiled modules older than their source: {', '.join(sorted(stale))}; "
            "rebuild them with `pip install -e .` (`make test` does it), "
            "or install pure Python with NEWSCORPUS_PURE_PYTHON=1",
            returncode=2,
        )


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

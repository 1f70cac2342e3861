"""The code in README.md and docs/ runs: Python blocks run, shell blocks go through the CLI."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from newscorpus.cli import main

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(kind: str) -> list[tuple[str, str]]:
    out = []
    for page in PAGES:
        for i, m in enumerate(FENCE.finditer(page.read_text(encoding="utf-8"))):
            if m.group(1) == kind:
                out.append((f"{page.name}#{i}", m.group(2)))
    return out


@pytest.fixture
def in_copy_of_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in a scratch folder that sees the project's seeds/, so outputs land there."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(("where", "code"), _blocks("python"), ids=lambda v: str(v)[:40])
def test_python_blocks_run(where: str, code: str, in_copy_of_root: Path) -> None:
    exec(compile(code, where, "exec"), {"__name__": "__docs__"})


@pytest.mark.parametrize(("where", "code"), _blocks("console"), ids=lambda v: str(v)[:40])
def test_console_blocks_run(
    where: str, code: str, in_copy_of_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for line in code.splitlines():
        line = line.split("  #", 1)[0].strip()
        if not line.startswith("$ newscorpus ") and not line.startswith("newscorpus "):
            continue
        argv = shlex.split(line.removeprefix("$ "))[1:]
        assert main(argv) in (0,), f"{where}: {line}\n{capsys.readouterr().err}"


def test_every_page_is_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert page.name in nav, page.name
    assert os.path.exists(ROOT / "README.md")

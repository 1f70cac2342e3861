"""The wheel installs clean in a fresh environment, and its types reach downstream code.

Slow: builds an sdist and a wheel, makes fresh virtual environments and
installs into them from the package index (run by ``make test``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

#: The lowest versions pyproject.toml allows; checked to work together here.
LOWEST = ["attrs==23.2.0", "python-dateutil==2.8.2", "pyarrow==17.0.0"]


def _run(*cmd: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, check=False, timeout=600
    )
    assert done.returncode == 0, f"{cmd}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", out)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def _venv(path: Path, *install: str | Path) -> Path:
    venv.EnvBuilder(with_pip=True).create(path)
    python = path / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", *install)
    return python


@pytest.fixture(scope="module")
def installed(dist: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _venv(tmp_path_factory.mktemp("venv") / "env", dist["wheel"])


def test_wheel_carries_types_and_data(dist: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    assert "newscorpus/py.typed" in names
    package = ROOT / "src" / "newscorpus"
    data = [
        p
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc", ".so", ".pyd")  # not compiled modules
    ]
    assert data, "expected data files such as data/cues.txt"
    for path in data:
        assert f"newscorpus/{path.relative_to(package).as_posix()}" in names, path


def test_wheel_carries_compiled_modules(dist: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dist["wheel"]).namelist())
    compiled = {n for n in names if n.endswith((".so", ".pyd"))}
    if os.environ.get("NEWSCORPUS_PURE_PYTHON", "") not in ("", "0"):
        assert not compiled
        assert dist["wheel"].name.endswith("-py3-none-any.whl")
        return
    for module in (
        *("quotes", "_speakers", "_lexicon"),
        *("_parse", "dateline", "embedded", "_patterns", "_columns", "_words"),
    ):
        assert any(n.startswith(f"newscorpus/{module}.") for n in compiled), module
        assert f"newscorpus/{module}.py" in names  # the source ships too: the fallback
    assert any(n.startswith("newscorpus__mypyc.") for n in compiled)
    assert "hatch_build.py" not in names


def test_sdist_builds_and_tests_offline(dist: dict[str, Path]) -> None:
    with tarfile.open(dist["sdist"]) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    for needed in (
        "pyproject.toml",
        "hatch_build.py",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "mkdocs.yml",
    ):
        assert needed in names
    assert {f"seeds/{p.name}" for p in SEEDS.glob("*.txt")} <= names
    assert "tests/test_parse.py" in names
    assert "docs/format.md" in names


def test_installed_wheel_works(installed: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        import newscorpus
        text = " date 2021-08-16 L\\n\\nNEW YORK, Aug 16 (Reuters) - Shares rose."
        a = newscorpus.parse_article(text)
        assert a.dateline.place == "NEW YORK", a.dateline
        assert a.quotes == ()
        heavy = {"pandas", "polars", "duckdb", "dask", "matplotlib", "tqdm"} & set(sys.modules)
        assert not heavy, heavy
        print(newscorpus.__version__)
        """
    )
    version = _run(installed, "-c", code, cwd=Path("/")).stdout.strip()
    cli = installed.parent / "newscorpus"
    assert _run(cli, "--version").stdout.strip() == f"newscorpus {version}"
    shown = _run(cli, "show", SEEDS / "000_9581df6c21d385a1.txt").stdout
    assert "  agencies  UrduPoint News, Sputnik" in shown


DOWNSTREAM = """
from __future__ import annotations

import datetime as dt

import newscorpus
from newscorpus import Article, Quote


def speakers(articles: newscorpus.Corpus) -> list[str]:
    out: list[str] = []
    for article in articles.filter(since=dt.date(2021, 8, 1), contains="Taliban"):
        quotes: tuple[Quote, ...] = article.quotes
        out.extend(q.speaker for q in quotes if q.speaker is not None)
    return out


def first(path: str) -> Article:
    return newscorpus.read_article(path)


print(speakers(newscorpus.read_corpus("seeds")))
"""

WRONG = """
import newscorpus

article = newscorpus.parse_article(" date 2021-08-16 L")
article.lede = "changed"
newscorpus.Article(id="x", date="2021-08-16")
"""


def test_types_reach_downstream_code(installed: Path, tmp_path: Path) -> None:
    good = tmp_path / "downstream.py"
    good.write_text(DOWNSTREAM, encoding="utf-8")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    done = _run(*mypy, "--python-executable", installed, good, cwd=tmp_path)
    assert "Success" in done.stdout
    bad = tmp_path / "wrong.py"
    bad.write_text(WRONG, encoding="utf-8")
    done = subprocess.run(
        [*mypy, "--python-executable", str(installed), str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 1
    assert 'Property "lede" defined in "Article" is read-only' in done.stdout
    assert 'Argument "date" to "Article" has incompatible type "str"' in done.stdout


def test_lowest_supported_versions(dist: dict[str, Path], tmp_path: Path) -> None:
    python = _venv(tmp_path / "low", *LOWEST)
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", dist["wheel"])
    code = textwrap.dedent(
        """
        import os, tempfile
        import attrs, dateutil, pyarrow, newscorpus
        corpus = newscorpus.read_corpus("seeds")
        articles = list(corpus)
        assert len(articles) == 3 and sum(len(a.quotes) for a in articles) > 10
        out = corpus.to_parquet(os.path.join(tempfile.mkdtemp(), "ds"))
        assert list(newscorpus.read_parquet(out)) == articles
        print(attrs.__version__, dateutil.__version__, pyarrow.__version__)
        """
    )
    versions = _run(python, "-c", code).stdout.split()
    assert versions == [v.split("==")[1] for v in LOWEST]

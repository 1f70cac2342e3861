"""Build hook: compile the quote extractor and the parser's hot path with mypyc.

The modules in ``COMPILED`` are compiled to C extensions (about 1.3x faster
quote extraction, about 8% fewer instructions parsing and 7% exporting); the
``.py`` files still ship beside them, and the package works without the
extensions. Set ``NEWSCORPUS_PURE_PYTHON=1`` to build a
pure-Python wheel (or editable install). Compilation is skipped on Python
implementations other than CPython, and a failed compilation (no C compiler)
builds pure Python with a warning.

A wheel carries the extensions; an editable install compiles them into
``src/`` (git-ignored). After editing one of ``COMPILED`` in an editable
install, reinstall (``make`` does it), or the stale extension shadows the
edit: the test suite refuses to run against a stale one.
"""

from __future__ import annotations

import os
import platform
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The modules compiled, relative to the project root: the quote extractor (``quotes`` and
#: the private modules of its rules) and the parser's hot path. model.py stays interpreted:
#: mypyc rejects ``attrs.field()`` defaults in classes it compiles. parse.py too:
#: its ``parse_article`` checks the ``id`` (with the validators' message) before
#: calling the compiled ``_parse``.
COMPILED = (
    "src/newscorpus/quotes.py",
    "src/newscorpus/_attributions.py",
    "src/newscorpus/_content.py",
    "src/newscorpus/_cues.py",
    "src/newscorpus/_found.py",
    "src/newscorpus/_headlines.py",
    "src/newscorpus/_labels.py",
    "src/newscorpus/_marks.py",
    "src/newscorpus/_mentions.py",
    "src/newscorpus/_sentences.py",
    "src/newscorpus/_subjects.py",
    "src/newscorpus/_tokens.py",
    "src/newscorpus/_speakers.py",
    "src/newscorpus/_places.py",
    "src/newscorpus/_lexicon.py",
    "src/newscorpus/_parse.py",
    "src/newscorpus/dateline.py",
    "src/newscorpus/embedded.py",
    "src/newscorpus/_patterns.py",
    "src/newscorpus/_columns.py",
    "src/newscorpus/_words.py",
)
#: Name of the shared library mypyc builds the modules into (``newscorpus__mypyc.*.so``).
GROUP = "newscorpus"
EXTENSION_SUFFIXES = (".so", ".pyd")


def compile_enabled() -> bool:
    """Whether this build compiles: CPython, and ``NEWSCORPUS_PURE_PYTHON`` not set."""
    pure = os.environ.get("NEWSCORPUS_PURE_PYTHON", "").strip().lower()
    return platform.python_implementation() == "CPython" and pure in ("", "0", "false", "no")


class MypycBuildHook(BuildHookInterface):
    """Compiles ``COMPILED`` with mypyc into the wheel (or the source tree, when editable)."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not compile_enabled():
            return []
        # attrs: mypyc type-checks the modules, and their types come from attrs classes.
        return ["mypy>=1.10", "setuptools>=70", "attrs>=23.2"]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        if version == "editable":
            self._remove_in_tree_extensions(root)
        if not compile_enabled():
            return
        self._tmp = tempfile.mkdtemp(prefix="newscorpus-mypyc-")
        try:
            built = _compile(root, Path(self._tmp))
        except _CompileError as exc:
            # No C compiler, or a mypy that rejects the code: the pure-Python package
            # works the same, only slower. Say so, and build it.
            self.app.display_warning(f"{exc} ({exc.__cause__!r}); building pure Python")
            return
        for path, relative in built.items():
            if version == "editable":
                # An editable install puts src/ on sys.path: the extensions go there.
                shutil.copy2(path, root / "src" / relative)
            else:
                build_data["force_include"][path] = relative
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        tmp = getattr(self, "_tmp", None)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    @staticmethod
    def _remove_in_tree_extensions(root: Path) -> None:
        """Drop extensions an earlier editable install left in ``src/``: never stale code."""
        for folder in (root / "src", root / "src" / "newscorpus"):
            for path in folder.iterdir():
                if path.suffix in EXTENSION_SUFFIXES:
                    path.unlink()


class _CompileError(Exception):
    """Compilation failed: the build goes on as pure Python."""


def _compile(root: Path, tmp: Path) -> dict[str, str]:
    """Compile ``COMPILED``; returns each built extension and its path inside the wheel."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    cwd = os.getcwd()
    os.chdir(root)  # mypy reads [tool.mypy] (strict, mypy_path) from pyproject.toml here
    try:
        extensions = mypycify(
            # Errors in the other modules are not mypyc's business, and an isolated build
            # environment lacks pyarrow and dateutil (and their types): calls into them are
            # untyped here, as they are at run time. `make typecheck` checks the types.
            [
                "--follow-imports=silent",
                "--ignore-missing-imports",
                "--cache-dir",
                str(tmp / "mypy-cache"),
                *COMPILED,
            ],
            target_dir=str(tmp / "c"),
            group_name=GROUP,
        )
        dist = Distribution({"name": "newscorpus", "ext_modules": extensions})
        cmd: Any = dist.get_command_obj("build_ext")
        cmd.build_lib = str(tmp / "lib")
        cmd.build_temp = str(tmp / "temp")
        cmd.inplace = False
        dist.run_command("build_ext")
        outputs: list[str] = cmd.get_outputs()
    except (Exception, SystemExit) as exc:
        raise _CompileError(
            "compiling newscorpus with mypyc failed (NEWSCORPUS_PURE_PYTHON=1 skips it)"
        ) from exc
    finally:
        os.chdir(cwd)
    lib = tmp / "lib"
    return {path: Path(path).relative_to(lib).as_posix() for path in outputs}

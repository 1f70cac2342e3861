"""The mypyc-compiled modules: what is compiled, and their doctests.

A compiled function keeps no docstring, so ``--doctest-modules`` finds no
examples in a compiled module; here they are read from the ``.py`` source
and run against the compiled code.
"""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import newscorpus


def _compiled_modules() -> list[ModuleType]:
    out = []
    for info in pkgutil.iter_modules(newscorpus.__path__, "newscorpus."):
        spec = importlib.util.find_spec(info.name)
        if spec is not None and spec.origin is not None and not spec.origin.endswith(".py"):
            out.append(importlib.import_module(info.name))
    return out


COMPILED = _compiled_modules()


def test_compiled_flag_matches_the_modules() -> None:
    assert newscorpus.__compiled__ == bool(COMPILED)
    if COMPILED:
        names = {m.__name__ for m in COMPILED}
        assert {"newscorpus.quotes", "newscorpus._parse", "newscorpus._columns"} <= names
        # mypyc rejects attrs.field() defaults; parse_article checks its id before compiled code.
        assert not {"newscorpus.model", "newscorpus.parse"} & names


@pytest.mark.skipif(not COMPILED, reason="pure-Python install: --doctest-modules runs these")
@pytest.mark.parametrize("module", COMPILED, ids=lambda m: m.__name__)
def test_doctests_of_compiled_modules(module: ModuleType) -> None:
    source = Path(str(module.__file__)).with_name(module.__name__.rsplit(".", 1)[1] + ".py")
    spec = importlib.util.spec_from_file_location(f"_doctest_{module.__name__}", source)
    assert spec is not None
    assert spec.loader is not None
    text = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(text)
    runner = doctest.DocTestRunner(
        optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, verbose=False
    )
    # The examples' globals are the compiled module's: the compiled code is what runs.
    for test in doctest.DocTestFinder().find(text, module.__name__, globs=vars(module)):
        runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= source.read_text(encoding="utf-8").count("\n    >>> ")

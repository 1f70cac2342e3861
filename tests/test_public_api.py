"""The public surface: `newscorpus.__all__` lists exactly what the package exports."""

from __future__ import annotations

import types

import attrs

import newscorpus


def test_all_is_sorted_and_complete() -> None:
    names = newscorpus.__all__
    assert names == sorted(names)
    for name in names:
        assert hasattr(newscorpus, name), name
    public = {
        name
        for name, value in vars(newscorpus).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(names), public - set(names)


def test_models_are_frozen_attrs_classes() -> None:
    for cls in (
        newscorpus.Article,
        newscorpus.Paragraph,
        newscorpus.Dateline,
        newscorpus.Tweet,
        newscorpus.Quote,
        newscorpus.Problem,
    ):
        assert attrs.has(cls), cls
        assert cls.__setattr__ is not object.__setattr__, f"{cls.__name__} is not frozen"
        assert "__slots__" in vars(cls), f"{cls.__name__} is not slotted"


def test_errors_share_one_root() -> None:
    for name in ("ParseError", "DecodeError", "InputTooLargeError", "SourceError", "SchemaError"):
        assert issubclass(getattr(newscorpus, name), newscorpus.NewscorpusError)
    assert issubclass(newscorpus.ParseError, ValueError)
    assert issubclass(newscorpus.SourceError, OSError)


def test_version_comes_from_the_metadata() -> None:
    from importlib import metadata

    assert newscorpus.__version__ == metadata.version("newscorpus")

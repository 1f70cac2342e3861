"""The exceptions newscorpus raises: one root, a few precise leaves.

Every error the library raises on bad input derives from `NewscorpusError`,
so one ``except newscorpus.NewscorpusError`` catches them all. Leaves also
derive from the built-in exception with the same meaning, so plain
``except ValueError`` keeps working::

    NewscorpusError
    ├── ParseError (ValueError)         text that is not in the seed format
    ├── DecodeError (ValueError)        bytes that are not text in a known encoding
    ├── InputTooLargeError (ValueError) an input or archive member over a size cap
    ├── SourceError (OSError)           a file, folder or archive that cannot be read
    └── SchemaError (ValueError)        a Parquet or JSON Lines file not written by newscorpus

Errors from lower libraries (dateutil, pyarrow, zipfile) are translated where
they happen and chained with ``raise ... from exc``.
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InputTooLargeError",
    "NewscorpusError",
    "ParseError",
    "SchemaError",
    "SourceError",
]


class NewscorpusError(Exception):
    """Root of every error newscorpus raises on bad input.

    ``path`` names the input the error is about, when there is one.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ParseError(NewscorpusError, ValueError):
    """Text that is not in the seed format.

    Carries where the problem is (``path``, 1-based ``line`` and ``column``)
    and what the parser expected there.

    >>> err = ParseError("expected a date YYYY-MM-DD", path="a.txt", line=1, column=7)
    >>> str(err)
    'a.txt:1:7: expected a date YYYY-MM-DD'
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int = 1,
        column: int = 1,
    ) -> None:
        super().__init__(message, path=path)
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = f"{self.path or '<text>'}:{self.line}:{self.column}"
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_parse_error, (self.message, self.path, self.line, self.column))


def _rebuild_parse_error(message: str, path: str | None, line: int, column: int) -> ParseError:
    return ParseError(message, path=path, line=line, column=column)


class DecodeError(NewscorpusError, ValueError):
    """Bytes that cannot be read as text (binary data, or an unknown encoding)."""


class InputTooLargeError(NewscorpusError, ValueError):
    """An input, or an archive member once decompressed, is over the configured cap."""


class SourceError(NewscorpusError, OSError):
    """A file, folder or archive that cannot be opened or listed."""


class SchemaError(NewscorpusError, ValueError):
    """A dataset that was not written by newscorpus, or by an incompatible version."""

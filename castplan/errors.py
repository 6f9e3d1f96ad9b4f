"""The project's exceptions.

``CastplanError`` is the one base; the CLI turns it into a one-line message and
exit code 1, and lets anything else (a bug) show its traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the byte decoder raises these errors and must not load pydantic
    from castplan.model import Diagnostic


class CastplanError(Exception):
    """Base of every error castplan raises for bad input."""

    exit_code = 1


class InputError(CastplanError, ValueError):
    """The input cannot be read as text: missing, binary, undecodable, wrong format."""

    def __init__(self, message: str, *, source_name: str = "<string>") -> None:
        super().__init__(message)
        self.message = message
        self.source_name = source_name

    def __str__(self) -> str:
        return f"{self.source_name}: {self.message}"


class ParseError(CastplanError, ValueError):
    """The text is not a work-plan notice; ``problems`` holds every error found."""

    def __init__(self, problems: Sequence[Diagnostic], *, source_name: str = "<string>") -> None:
        if not problems:
            raise ValueError("ParseError needs at least one problem")
        self.problems = list(problems)
        self.source_name = source_name
        super().__init__(str(self))

    def __str__(self) -> str:
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return self.problems[0].format(self.source_name) + more


class OutputError(CastplanError):
    """Output cannot be written: a missing or read-only folder, a full disk."""

    def __init__(self, target: str, reason: str) -> None:
        super().__init__(f"cannot write {target}: {reason}")
        self.target = target
        self.reason = reason


class UsageError(CastplanError):
    """The command line asks for something that is not there (an unknown --dept): exit 2."""

    exit_code = 2

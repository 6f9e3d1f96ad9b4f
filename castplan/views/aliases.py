"""Department identity across years and scripts: the alias table.

Plans name one department in several ways: in either script (科學技術普及部,
科学技术普及部), by a short form (科普部), or under a name it had before a
reorganisation.  The bundled table, ``castplan/data/departments.yaml``, lists
the CAST central departments with the names each is known by, the year each
name is seen and the public page that shows it.  ``--aliases FILE`` adds or
overrides entries in the same format, for other issuers or for facts the
bundled table does not hold.

A name no table knows is kept as written and never guessed: it counts as
itself, folded only across scripts and widths (``fold_name``).

Example::

    table = load_aliases()
    table.resolve("科普部").name          # '科学技术普及部'
    table.key("科學技術普及部") == table.key("科普部")
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from castplan.errors import InputError
from castplan.model import FrozenModel
from castplan.script import fold_name, fold_names

BUNDLED_NAME = "departments.yaml"
Script = Literal["traditional", "simplified"]


class Attestation(FrozenModel):
    """Where a department's name is seen in public text."""

    year: int = Field(description="The year of the text.")
    name: str = Field(description="The name as the text writes it (simplified script).")
    source: str = Field(description="The public page (URL) that shows it.")
    note: str | None = Field(default=None, description="What the page shows.")


class NameChange(FrozenModel):
    """A change of a department's name, with its year and the source that shows it."""

    year: int = Field(description="The year of the change, or the year the source shows it.")
    kind: Literal["rename", "short-form", "merge", "split"] = Field(
        description="rename, short-form (another name for the same department), merge or split."
    )
    from_: str = Field(alias="from", description="The earlier or other name.")
    to: str = Field(description="The name it became, or stands for.")
    source: str = Field(description="The public page (URL) that states it.")
    note: str | None = Field(default=None, description="What the source says.")


class DepartmentEntry(FrozenModel):
    """One department of the alias table."""

    name: str = Field(description="The canonical name, in simplified script.")
    traditional: str | None = Field(default=None, description="The canonical name, traditional.")
    aliases: list[str] = Field(
        default_factory=list, description="Other names for it (short forms, former names)."
    )
    former: bool = Field(default=False, description="No longer a department of the issuer.")
    attested: list[Attestation] = Field(default_factory=list, description="Where it is named.")
    changes: list[NameChange] = Field(default_factory=list, description="Its changes of name.")


class AliasFile(FrozenModel):
    """An alias table as written in YAML."""

    issuer: str | None = Field(default=None, description="Whose departments these are.")
    issuer_traditional: str | None = Field(default=None, description="The issuer, traditional.")
    departments: list[DepartmentEntry] = Field(description="The departments.")


@dataclass(frozen=True)
class Department:
    """A department the table knows: its canonical names and issuer."""

    name: str
    traditional: str
    issuer: str | None
    former: bool = False

    def display(self, script: Script) -> str:
        """The canonical name in ``script``."""
        return self.traditional if script == "traditional" else self.name


class AliasTable:
    """Names → departments, folded across scripts and widths; later entries win."""

    def __init__(self, files: Sequence[AliasFile] = ()) -> None:
        self._by_name: dict[str, Department] = {}
        self._issuers: set[str] = set()
        # Folding converts script (OpenCC); plans repeat a few names many times.
        self._resolved: dict[str, Department | None] = {}
        self._folded: dict[str, str] = {}
        self.entries: list[DepartmentEntry] = []
        for file in files:
            self.add(file)

    def add(self, file: AliasFile) -> None:
        """Add a file's entries; a name it gives overrides the same name given before."""
        issuers = [n for n in (file.issuer, file.issuer_traditional) if n]
        self._issuers.update(fold_names(issuers))
        named: list[tuple[str, Department]] = []
        for entry in file.departments:
            department = Department(
                name=entry.name,
                traditional=entry.traditional or entry.name,
                issuer=file.issuer,
                former=entry.former,
            )
            names = [entry.name, entry.traditional or entry.name, *entry.aliases]
            named += [(name, department) for name in names]
            self.entries = [e for e in self.entries if e.name != entry.name] + [entry]
        # One converter call for the whole file: one per name cost more than reading it.
        folded = fold_names([name for name, _ in named])
        for key, (_, department) in zip(folded, named, strict=True):
            self._by_name[key] = department
        self._resolved.clear()

    def resolve(self, written: str) -> Department | None:
        """The department a name stands for, or None when no table knows it.

        A leading issuer name is allowed (中国科协科普部 is 科普部).
        """
        if written not in self._resolved:
            self._resolved[written] = self._resolve(written)
        return self._resolved[written]

    def _resolve(self, written: str) -> Department | None:
        folded = fold_name(written)
        found = self._by_name.get(folded)
        if found is None:
            for issuer in self._issuers:
                if folded.startswith(issuer) and len(folded) > len(issuer):
                    found = self._by_name.get(folded[len(issuer) :])
                    if found is not None:
                        break
        return found

    def key(self, written: str) -> str:
        """What two names share when they name one department."""
        found = self.resolve(written)
        return f"={found.name}" if found else self.folded(written)

    def folded(self, written: str) -> str:
        """An unknown name's identity: folded across scripts and widths only."""
        found = self._folded.get(written)
        if found is None:
            found = self._folded[written] = fold_name(written)
        return found

    def display(self, written: str, script: Script) -> str:
        """The canonical name in ``script``, or the name as written when unknown."""
        found = self.resolve(written)
        return found.display(script) if found else written

    def canonical(self, written: str) -> str:
        """The canonical (simplified) name, or the name as written when unknown."""
        found = self.resolve(written)
        return found.name if found else written

    def known_names(self) -> list[str]:
        """Every name the table knows, as written in it, in table order."""
        names: list[str] = []
        for entry in self.entries:
            names += [entry.name, entry.traditional or entry.name, *entry.aliases]
        return list(dict.fromkeys(names))


def parse_alias_file(text: str, *, source_name: str = "<aliases>") -> AliasFile:
    """Read an alias table from YAML text.

    Raises:
        InputError: the text is not YAML, or not an alias table.
    """
    import yaml

    try:
        # libyaml's parser where PyYAML has it; the same safe constructor either way.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data: Any = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"not valid YAML{where}", source_name=source_name) from None
    try:
        return AliasFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        path = ".".join(str(part) for part in error["loc"]) or "the top level"
        raise InputError(
            f"not an alias table: {path}: {error['msg']}", source_name=source_name
        ) from None


@functools.lru_cache(maxsize=1)
def bundled_aliases() -> AliasFile:
    """The table shipped with castplan (CAST's central departments)."""
    text = resources.files("castplan").joinpath("data", BUNDLED_NAME).read_text(encoding="utf-8")
    return parse_alias_file(text, source_name=BUNDLED_NAME)


def load_aliases(extra: Iterable[str | Path] = ()) -> AliasTable:
    """The bundled table, then each extra file in turn (later names override).

    Raises:
        InputError: an extra file is missing or not an alias table.
    """
    files = [bundled_aliases()]
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError("no such file", source_name=str(path)) from None
        except UnicodeDecodeError:
            raise InputError("an alias table must be UTF-8", source_name=str(path)) from None
        files.append(parse_alias_file(text, source_name=str(path)))
    return AliasTable(files)


def output_script(scripts: Iterable[str], simplified: bool = False) -> Script:
    """The script canonical names are shown in: traditional only when every plan is."""
    listed = list(scripts)
    if simplified or not listed or any(s != "traditional" for s in listed):
        return "simplified"
    return "traditional"

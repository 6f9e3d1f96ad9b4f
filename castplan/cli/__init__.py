"""The ``castplan`` command line: a thin shell over the library, one module per kind of command.

- ``app``: the command group, one-line errors, exit codes and signals;
- ``options``: how inputs are read and the options and writers commands share;
- ``parsing``: ``parse``, ``check``, ``schema``;
- ``rows``: ``list``, ``depts``, ``index``;
- ``plans``: ``diff``, ``timeline``, ``db``, ``report``.

Data goes to stdout, messages to stderr.  Library modules are imported inside
the commands, so ``castplan --version`` costs no more than importing Click.
"""

from castplan.cli import parsing, plans, rows  # noqa: F401  (each registers its commands)
from castplan.cli.app import cli

__all__ = ["cli"]

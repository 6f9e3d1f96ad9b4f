"""The ``castplan`` command line: a thin shell over the library, one module per kind of command.

- ``app``: the command group, one-line errors, exit codes and signals;
- ``options``: how inputs are read and the options and writers commands share;
- ``parsing``: ``parse``, ``check``, ``schema``;
- ``rows``: ``list``, ``depts``, ``index``;
- ``plans``: ``diff``, ``timeline``, ``db``, ``report``.

Data goes to stdout, messages to stderr.  Library modules are imported inside
the commands, and the command modules when a command is looked up
(``CastplanGroup.COMMAND_MODULES``), so ``castplan --version`` costs little
more than importing Click.
"""

from castplan.cli.app import cli

__all__ = ["cli"]

"""Run the command-line interface: ``python -m castplan``."""

from castplan.cli import cli

cli(prog_name="castplan")

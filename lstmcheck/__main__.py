"""`python -m lstmcheck`. Python puts the working directory first on the import path; run
inside a scanned tree, that would let the tree's own `lstmcheck.py` or `torch/` stand in for
the real ones (and run their code). So that entry goes before anything else is imported."""

import os
import sys


def _drop_working_directory() -> None:
    try:
        here = os.path.realpath(os.getcwd())
    except OSError:  # a working directory that was deleted: only '' can name it
        here = None
    sys.path[:] = [entry for entry in sys.path
                   if entry != "" and (here is None or os.path.realpath(entry) != here)]


_drop_working_directory()

from lstmcheck.cli import main  # noqa: E402 - only once the path is safe

main()

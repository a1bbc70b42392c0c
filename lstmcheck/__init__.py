"""lstmcheck: shapes and static checks for torch's recurrent layers (LSTM, GRU, RNN, cells).

From Python (notebooks): `from lstmcheck import shapes, check_source`. Both are loaded on
first use, so that `import lstmcheck` (and the CLI's start-up) stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["LayerReport", "ShapeError", "check_source", "shapes", "__version__"]

if TYPE_CHECKING:
    from lstmcheck.api import LayerReport, ShapeError, check_source, shapes


def __getattr__(name: str) -> Any:
    if name in ("shapes", "check_source", "LayerReport", "ShapeError"):
        from lstmcheck import api

        return getattr(api, name)
    raise AttributeError(f"module 'lstmcheck' has no attribute {name!r}")

"""Transitional: the formulas moved to lstmcheck/formulas.py, so that `lstmcheck.shapes` can
be the notebook function (`from lstmcheck import shapes`).

lint/layer_shapes.py still imports its names from here. Importing a submodule makes it an
attribute of its package, which would hide the function; so this module, while it exists,
answers a call as the function does. Delete it once nothing imports `lstmcheck.shapes`.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from lstmcheck.formulas import *  # noqa: F401,F403
from lstmcheck.formulas import Dim, LayerSpec, format_shape, forward_shapes  # noqa: F401


class _CallableModule(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from lstmcheck.api import shapes

        return shapes(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

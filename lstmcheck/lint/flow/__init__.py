"""Follow tensors through a function body, statement by statement, to where they meet layers.

For each function (a `forward`, any method or function, and the module's own body) the walk
keeps what it knows of each local name: a layer, a tensor's shape, a tuple of them, or a size.
Each application of a recurrent layer, a Linear or a Sequential becomes a `Feed` record: the
layer, the tensor fed in, and the states passed. Rules judge the feeds; nothing here judges.

Everything not understood is unknown, and an unknown stays unknown: a name assigned inside a
branch or a loop is forgotten after it, an unrecognised call gives an unknown tensor. Layers
held by `self` come from the class's methods and count only when assigned exactly once.

The pass lives in several rooms: `walker` (functions and statements: scopes, branches, loops,
calls), `expressions` (what an expression is), `layers` (which constructor calls are layers
the flow understands), `apply` (a layer applied to a tensor: a `Feed`, and what comes out),
`indexing`, with the per-op shape functions in `lstmcheck.lint.shapefns`.
"""

from lstmcheck.lint.flow.walker import FlowWalker

__all__ = ["FlowWalker"]

"""Follow tensors through a function body, statement by statement, to where they meet layers.

For each function (a `forward`, any method or function, and the module's own body) the walk
keeps what it knows of each local name: a layer, a tensor's shape, a tuple of them, or a size.
Each application of a recurrent layer, a Linear or a Sequential becomes a `Feed` record: the
layer, the tensor fed in, and the states passed. Rules judge the feeds; nothing here judges.

Everything not understood is unknown, and an unknown stays unknown: a name assigned in the
branches of an `if` is kept where the branches agree (a branch the configuration decides is
walked alone; a CUDA test is false, as on a CPU), a loop's body is walked as its first
iteration runs and once more as its second (with what the first bound), an unrecognised call
gives an unknown tensor. Layers held by `self` come from the class's
methods and count only when assigned exactly once.

The pass lives in several rooms: `walker` (functions and statements: scopes, branches, loops,
calls), `branching` (which way an `if` goes), `sequences` (loops over stacks, lists, zips and
generators by their first item), `kept` (a state `__init__` keeps on `self`), `held` (layers a
module was given), `expressions` (what an expression is), `layers` (which constructor calls
are layers the flow understands), `apply` (a layer applied to a tensor: a `Feed`, and what
comes out), `indexing`; values come from `binding`, `configurations`, `configured` and
`values`, `batches` (where the file cuts its data into batches whose last may be shorter,
and the fixed-batch states that meet them), and the per-op shape functions live in
`lstmcheck.lint.shapefns`.
"""

from lstmcheck.lint.flow.walker import FlowWalker

__all__ = ["FlowWalker"]

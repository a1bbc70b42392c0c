"""torch as the oracle for the tests' own small scripts (never a scanned file): what running them
raises or warns, and which h_0 each recurrent layer is handed."""

from __future__ import annotations

import warnings

import torch


def run_case(source: str) -> tuple[BaseException | None, bool, bool]:
    """Run `run()` of one of our test scripts: (what it raised, if RuntimeError, ValueError,
    IndexError or TypeError; whether torch warned about dropout; whether anything warned)."""
    namespace: dict = {}
    exec(compile(source, "<case>", "exec"), namespace)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            namespace["run"]()
        except (RuntimeError, ValueError, IndexError, TypeError) as error:
            return error, False, bool(caught)
    return None, any("dropout" in str(w.message) for w in caught), bool(caught)


def states_torch_sees(source: str, entry: str = "train") -> tuple[list[tuple[int, ...]], bool]:
    """The h_0 shape handed to each LSTM/GRU/RNN in call order while `entry()` of our own test
    script runs (never a scanned file), and whether torch raised."""
    seen: list[tuple[int, ...]] = []

    def hook(module, args):
        if isinstance(module, torch.nn.RNNBase) and len(args) > 1 and args[1] is not None:
            state = args[1][0] if isinstance(args[1], tuple) else args[1]
            seen.append(tuple(state.shape))

    namespace: dict = {}
    exec(compile(source, "<states_oracle>", "exec"), namespace)
    handle = torch.nn.modules.module.register_module_forward_pre_hook(hook)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            namespace[entry]()
    except RuntimeError:
        return seen, True
    finally:
        handle.remove()
    return seen, False

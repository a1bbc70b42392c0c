"""Run the precision corpus's probes under torch, in one process of their own (the corpus's
modules, `model.py` and `train.py` of several projects, must not meet pytest's or each other's).

    python tests/precision/probes.py correct|buggy

correct/: every probe runs with no exception and no warning; buggy/: every probe raises or
warns. Prints one line per unexpected file and exits 1 if there is any. A folder with
`__init__.py` is a package (`from .model import`), any other folder a script folder (`from
model import`); a notebook's code cells run in order, IPython lines left out.
"""
import importlib
import importlib.util
import json
import pathlib
import sys
import warnings

import torch

HERE = pathlib.Path(__file__).resolve().parent
# a CPU build's notice on every forward pass of an LSTM with proj_size: about the kernel, not the code
KERNEL_NOTICES = ("LSTM with projections is not supported with oneDNN",)


def _namespace(path: pathlib.Path) -> dict:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text())["cells"]
        source = "\n".join("\n".join(line for line in "".join(cell["source"]).splitlines()
                                     if not line.lstrip().startswith(("%", "!")))
                           for cell in cells if cell["cell_type"] == "code")
        namespace = {"__name__": "notebook"}
        exec(compile(source, str(path), "exec"), namespace)
        return namespace
    if (path.parent / "__init__.py").exists():
        sys.path.insert(0, str(path.parent.parent))
        return vars(importlib.import_module(f"{path.parent.name}.{path.stem}"))
    sys.path.insert(0, str(path.parent))
    for name in ("model", "config", "data", "train"):  # another project's modules of these names
        sys.modules.pop(name, None)
    spec = importlib.util.spec_from_file_location(f"corpus_{path.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return vars(module)


def outcome(path: pathlib.Path) -> str | None:
    """What running the file's probe() raised or warned, None when it ran clean."""
    torch.manual_seed(0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            _namespace(path)["probe"]()
        except Exception as error:  # noqa: BLE001 - any failure is the answer
            return f"{type(error).__name__}: {error}".splitlines()[0]
    said = [str(w.message) for w in caught if not str(w.message).startswith(KERNEL_NOTICES)]
    return said[0].splitlines()[0] if said else None


def main(part: str) -> int:
    root = HERE / part
    unexpected = 0
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".ipynb") and path.name != "__init__.py" and "def probe(" in path.read_text():
            said = outcome(path)
            if (said is None) != (part == "correct"):
                unexpected += 1
                print(f"{path.relative_to(root)}: {said or 'ran clean'}")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

# source: variant of bug_021 (sizes read from a module-level dict; the layer built by a factory function)
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 5, 20), got [2, 3, 20]
"""bug_021 with its sizes in a config dict and the RNN built by a factory: the RNN is batch-first,
and h0 takes the sequence length where the batch belongs."""
import torch
import torch.nn as nn

CONFIG = {"input": 10, "hidden": 20, "layers": 2, "batch": 5, "seq": 3}


def build_rnn(cfg):
    return nn.RNN(cfg["input"], cfg["hidden"], cfg["layers"], batch_first=True)


def probe():
    rnn = build_rnn(CONFIG)
    x = torch.randn(CONFIG["batch"], CONFIG["seq"], CONFIG["input"])
    h0 = torch.randn(CONFIG["layers"], CONFIG["seq"], CONFIG["hidden"])  # fix: states are never batch-first: (layers, batch, hidden)
    output, hn = rnn(x, h0)
    return output


if __name__ == "__main__":
    probe()

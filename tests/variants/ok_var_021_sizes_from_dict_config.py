# source: correct variant of bug_021 (sizes read from a module-level dict, the RNN from a factory; h0 takes the batch)
"""The dict-config route of var_021, written right: h0 is (layers, batch, hidden)."""
import torch
import torch.nn as nn

CONFIG = {"input": 10, "hidden": 20, "layers": 2, "batch": 5, "seq": 3}


def build_rnn(cfg):
    return nn.RNN(cfg["input"], cfg["hidden"], cfg["layers"], batch_first=True)


def probe():
    rnn = build_rnn(CONFIG)
    x = torch.randn(CONFIG["batch"], CONFIG["seq"], CONFIG["input"])
    h0 = torch.randn(CONFIG["layers"], CONFIG["batch"], CONFIG["hidden"])
    output, hn = rnn(x, h0)
    return output


if __name__ == "__main__":
    probe()

"""Settings kept as strings (as os.environ gives them) converted with int()/float() and the
class name from `getattr(nn, settings["CELL"])`, every value the dict can hold right."""
import torch
import torch.nn as nn

SETTINGS = {"CELL": "GRU", "HIDDEN": "24", "LAYERS": "2", "DROPOUT": "0.1"}


def build(settings, n_in):
    cls = getattr(nn, settings.get("CELL", "LSTM"))
    return cls(n_in, int(settings["HIDDEN"]), int(settings["LAYERS"]),
               dropout=float(settings["DROPOUT"]))


def probe():
    for cell in ("GRU", "LSTM", "RNN"):
        rnn = build({**SETTINGS, "CELL": cell}, 5)
        assert rnn(torch.randn(3, 2, 5))[0].shape == (3, 2, 24)

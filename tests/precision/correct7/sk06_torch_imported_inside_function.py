"""torch imported inside the functions (a CLI that imports lazily)."""


def build(n_in, hidden):
    import torch.nn as nn
    return nn.GRU(n_in, hidden, num_layers=2, bidirectional=True, batch_first=True)


def run(model, batch):
    import torch
    h0 = torch.zeros(2 * model.num_layers, batch.size(0), model.hidden_size)
    return model(batch, h0)[0]


def probe():
    import torch
    model = build(3, 4)
    assert run(model, torch.randn(5, 6, 3)).shape == (5, 6, 8)

# expect: LC009 line 12
"""torch imported inside functions; the state is made batch first for a batch_first GRU."""


def build(n_in, hidden):
    import torch.nn as nn
    return nn.GRU(n_in, hidden, num_layers=2, batch_first=True)


def run(model, batch):
    import torch
    h0 = torch.zeros(batch.size(0), model.num_layers, model.hidden_size)  # fix: (num_layers, batch, hidden)
    return model(batch, h0)[0]


def probe():
    import torch
    run(build(3, 4), torch.randn(5, 6, 3))

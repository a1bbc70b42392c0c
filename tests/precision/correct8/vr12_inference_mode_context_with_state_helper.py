"""An evaluation function under `with torch.inference_mode():` calls a helper that returns the
state and the batch size as a tuple; the model is bidirectional, two layers."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(6, 10, num_layers=2, bidirectional=True, batch_first=True)
        self.fc = nn.Linear(20, 3)

    def forward(self, x, h):
        out, h = self.rnn(x, h)
        return self.fc(out[:, -1]), h


def start(model, x):
    batch = x.size(0)
    rows = model.rnn.num_layers * 2
    return torch.zeros(rows, batch, model.rnn.hidden_size), batch


def evaluate(model, batches):
    correct = 0
    with torch.inference_mode():
        for x, y in batches:
            h, n = start(model, x)
            logits, _ = model(x, h)
            correct += int((logits.argmax(1) == y).sum())
    return correct


def probe():
    batches = [(torch.randn(b, 5, 6), torch.randint(0, 3, (b,))) for b in (4, 4, 1)]
    assert 0 <= evaluate(Model(), batches) <= 9

# torch: runs
# The state is made lazily on the first batch, or again when asked to reset; it has the
# layer's two layers, and every batch has the same size.
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars=30, hidden=16, layers=2):
        super().__init__()
        self.layers, self.hidden_size = layers, hidden
        self.embed = nn.Embedding(n_chars, 8)
        self.gru = nn.GRU(8, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Linear(hidden, n_chars)

    def begin_state(self, batch_size):
        return torch.zeros(self.layers, batch_size, self.hidden_size)

    def forward(self, x, state):
        out, state = self.gru(self.embed(x), state)
        return self.head(out), state


def run_epoch(model, batches, reset=False):
    state = None
    for x in batches:
        if state is None or reset:
            state = model.begin_state(batch_size=x.shape[0])
        else:
            state = state.detach()
        logits, state = model(x, state)
    return logits


def probe():
    run_epoch(CharRNN(), [torch.randint(0, 30, (4, 9)) for _ in range(3)])

"""A character generator is built with batch_size=1 and only ever samples one sequence at a
time, one step after another, so its stored state of batch one fits."""
import torch
import torch.nn as nn


class CharRNN(nn.Module):
    def __init__(self, n_chars=30, hidden=24, n_layers=2, batch_size=1):
        super().__init__()
        self.n_layers, self.hidden, self.batch_size = n_layers, hidden, batch_size
        self.embed = nn.Embedding(n_chars, hidden)
        self.gru = nn.GRU(hidden, hidden, n_layers)
        self.out = nn.Linear(hidden, n_chars)

    def init_hidden(self):
        return torch.zeros(self.n_layers, self.batch_size, self.hidden)

    def forward(self, char, hidden):
        x = self.embed(char).view(1, 1, -1)
        out, hidden = self.gru(x, hidden)
        return self.out(out.view(1, -1)), hidden


def probe():
    model = CharRNN()
    hidden = model.init_hidden()
    char = torch.tensor([3])
    for _ in range(5):
        logits, hidden = model(char, hidden)
        char = logits.argmax(dim=1)

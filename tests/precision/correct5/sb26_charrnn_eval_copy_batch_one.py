"""char-rnn: trained with batch_size 8 states and drop_last; for sampling a second model of
batch_size 1 is built and given the trained weights."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden, layers, batch_size):
        super().__init__()
        self.hidden, self.layers, self.batch_size = hidden, layers, batch_size
        self.embed = nn.Embedding(n_chars, hidden)
        self.rnn = nn.GRU(hidden, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, n_chars)

    def init_hidden(self):
        return torch.zeros(self.layers, self.batch_size, self.hidden)

    def forward(self, x, h):
        y, h = self.rnn(self.embed(x), h)
        return self.out(y), h


def probe():
    model = CharRNN(26, 12, 2, batch_size=8)
    data = TensorDataset(torch.randint(0, 26, (30, 10)))
    for (x,) in DataLoader(data, batch_size=8, drop_last=True):
        h = model.init_hidden()
        model(x, h)
    sampler = CharRNN(26, 12, 2, batch_size=1)
    sampler.load_state_dict(model.state_dict())
    h = sampler.init_hidden()
    char = torch.tensor([[0]])
    for _ in range(5):
        logits, h = sampler(char, h)
        char = logits[:, -1].argmax(-1, keepdim=True)

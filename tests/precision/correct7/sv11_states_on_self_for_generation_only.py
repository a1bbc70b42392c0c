"""self.hidden is made for batch 1 and used only by generate(); the training forward passes no state."""
import torch
import torch.nn as nn


class CharLM(nn.Module):
    def __init__(self, vocab, hidden, layers):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, layers, batch_first=True)
        self.out = nn.Linear(hidden, vocab)
        self.layers, self.hidden_size = layers, hidden
        self.hidden = (torch.zeros(layers, 1, hidden), torch.zeros(layers, 1, hidden))

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])

    @torch.no_grad()
    def generate(self, start, steps):
        token = torch.tensor([[start]])
        for _ in range(steps):
            y, self.hidden = self.lstm(self.emb(token), self.hidden)
            token = self.out(y[:, -1]).argmax(-1, keepdim=True)
        return token


def probe():
    model = CharLM(12, 8, 2)
    assert model(torch.randint(0, 12, (16, 10))).shape == (16, 10, 12)
    assert model.generate(3, 5).shape == (1, 1)

"""A language model keeps `self.batch_size` for its optimizer schedule, but sizes the state
from the batch it is given, so a short last batch runs."""
import torch
from torch import nn


class WordLM(nn.Module):
    def __init__(self, vocab=100, emb=16, hidden=32, layers=2, batch_size=20):
        super().__init__()
        self.batch_size = batch_size
        self.layers, self.hidden = layers, hidden
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.decoder = nn.Linear(hidden, vocab)

    def init_hidden(self, batch):
        weight = next(self.parameters())
        return (weight.new_zeros(self.layers, batch, self.hidden),
                weight.new_zeros(self.layers, batch, self.hidden))

    def forward(self, tokens):
        hidden = self.init_hidden(tokens.size(0))
        out, hidden = self.lstm(self.embed(tokens), hidden)
        return self.decoder(out)


def probe():
    model = WordLM()
    model(torch.randint(0, 100, (20, 7)))
    model(torch.randint(0, 100, (3, 7)))

import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, dim=32, hidden=64, num_layers=1, dropout=0.3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.rnn = nn.LSTM(dim, hidden, num_layers=num_layers, dropout=dropout, batch_first=True)
        self.out = nn.Linear(hidden, 5)

    def forward(self, tokens):
        out, _ = self.rnn(self.embed(tokens))
        return self.out(out)

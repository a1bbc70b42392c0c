"""Sentence classifier: h_n of a 2-layer bidirectional LSTM viewed (layers, 2, B, H), the last
layer's two directions joined for a Linear(2*H)."""
import torch
import torch.nn as nn


class Classifier(nn.Module):
    def __init__(self, vocab, emb, hidden, layers, classes):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden, layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, tokens):
        _, (h_n, _) = self.rnn(self.embed(tokens))
        h_n = h_n.view(self.layers, 2, tokens.size(0), self.hidden)
        last = torch.cat([h_n[-1, 0], h_n[-1, 1]], dim=1)
        return self.fc(last)


def probe():
    model = Classifier(50, 8, 16, 2, 3)
    result = model(torch.randint(0, 50, (4, 9))).shape
    assert result == (4, 3)

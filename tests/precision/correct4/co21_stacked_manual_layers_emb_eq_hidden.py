"""Two LSTMs stacked by hand: the first reads emb, the second hidden (its input is the first's
output). emb == hidden == 128 in this file; each layer uses the right name."""
import torch
import torch.nn as nn

EMB, HIDDEN = 128, 128


class TwoLayer(nn.Module):
    def __init__(self, vocab, emb, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm1 = nn.LSTM(emb, hidden, batch_first=True)
        self.lstm2 = nn.LSTM(hidden, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, ids):
        x, _ = self.lstm1(self.embed(ids))
        x, _ = self.lstm2(x)
        return self.fc(x)


model = TwoLayer(60, EMB, HIDDEN)


def probe():
    result = model(torch.randint(0, 60, (2, 5))).shape
    assert result == (2, 5, 60)
    result = TwoLayer(60, 16, 24)(torch.randint(0, 60, (2, 5))).shape
    assert result == (2, 5, 60)

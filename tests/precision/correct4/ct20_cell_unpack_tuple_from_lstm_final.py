"""An LSTM encoder's final (h, c) for its last layer, h[-1] and c[-1], start an LSTMCell
decoder of the same width."""
import torch
import torch.nn as nn


class Captioner(nn.Module):
    def __init__(self, feat, emb, hidden, vocab, layers=2):
        super().__init__()
        self.encoder = nn.LSTM(feat, hidden, layers, batch_first=True)
        self.embed = nn.Embedding(vocab, emb)
        self.cell = nn.LSTMCell(emb, hidden)
        self.fc = nn.Linear(hidden, vocab)

    def forward(self, feats, caption):
        _, (h, c) = self.encoder(feats)
        state = (h[-1], c[-1])
        logits = []
        for t in range(caption.size(1)):
            state = self.cell(self.embed(caption[:, t]), state)
            logits.append(self.fc(state[0]))
        return torch.stack(logits, 1)


def probe():
    m = Captioner(10, 6, 8, 20)
    result = m(torch.randn(3, 4, 10), torch.randint(0, 20, (3, 5))).shape
    assert result == (3, 5, 20)

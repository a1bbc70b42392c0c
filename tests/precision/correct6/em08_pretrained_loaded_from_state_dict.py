"""An embedding's weights loaded from a checkpoint dict made with the same sizes."""
import torch
import torch.nn as nn


class LM(nn.Module):
    def __init__(self, vocab=25, emb=12, hidden=12):
        super().__init__()
        self.encoder = nn.Embedding(vocab, emb)
        self.rnn = nn.LSTM(emb, hidden)
        self.decoder = nn.Linear(hidden, vocab)
        self.decoder.weight = self.encoder.weight          # weight tying: emb == hidden

    def forward(self, x):
        return self.decoder(self.rnn(self.encoder(x))[0])


def probe():
    source = LM()
    target = LM()
    target.encoder.load_state_dict(source.encoder.state_dict())
    out = target(torch.randint(0, 25, (6, 2)))
    assert out.shape == (6, 2, 25)

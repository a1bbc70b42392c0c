# expect: LC008 line 28
"""The dataclass's default input size (300) is kept; the embeddings are EMB = 50 wide."""
from dataclasses import dataclass

import torch
import torch.nn as nn

VOCAB, EMB = 40, 50


@dataclass
class Hparams:
    input_size: int = 300
    hidden_size: int = 128


class Encoder(nn.Module):
    def __init__(self, hp):
        super().__init__()
        self.emb = nn.Embedding(VOCAB, EMB)
        self.rnn = nn.LSTM(hp.input_size, hp.hidden_size, batch_first=True)

    def forward(self, x):
        return self.rnn(self.emb(x))[0]


def probe():
    hp = Hparams(hidden_size=20)  # fix: Hparams(input_size=EMB, hidden_size=20)
    Encoder(hp)(torch.randint(0, VOCAB, (2, 5)))

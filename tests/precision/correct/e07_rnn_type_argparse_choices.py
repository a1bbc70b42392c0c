"""--rnn_type with choices; a literal list picks 'lstm'; the state follows the type."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser()
parser.add_argument("--rnn_type", choices=["lstm", "gru"], default="gru")
parser.add_argument("--hidden", type=int, default=16)
parser.add_argument("--layers", type=int, default=2)
args = parser.parse_args(["--rnn_type", "lstm"])


class LM(nn.Module):
    def __init__(self, rnn_type, ntoken, hidden, layers):
        super().__init__()
        self.rnn_type, self.hidden, self.layers = rnn_type, hidden, layers
        self.emb = nn.Embedding(ntoken, hidden)
        if rnn_type == "lstm":
            self.rnn = nn.LSTM(hidden, hidden, layers)
        else:
            self.rnn = nn.GRU(hidden, hidden, layers)
        self.dec = nn.Linear(hidden, ntoken)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        if self.rnn_type == "lstm":
            return (weight.new_zeros(self.layers, bsz, self.hidden),
                    weight.new_zeros(self.layers, bsz, self.hidden))
        return weight.new_zeros(self.layers, bsz, self.hidden)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.emb(x), hidden)
        return self.dec(out), hidden


model = LM(args.rnn_type, 50, args.hidden, args.layers)


def probe():
    hidden = model.init_hidden(4)
    for _ in range(2):
        logits, hidden = model(torch.randint(0, 50, (10, 4)), hidden)
    assert logits.shape == (10, 4, 50)

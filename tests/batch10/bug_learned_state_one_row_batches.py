# torch: RuntimeError: Expected hidden[0] size (2, 6, 16), got [2, 1, 16]
"""A character model learns one initial state shared by every sequence: (layers, 1, hidden)
parameters made in the constructor. Sampling feeds one sequence at a time and fits, but
training feeds batches of `batch_size` sequences, and an LSTM does not broadcast its state
over the batch. The file's own arguments give the batch, so this one is an error."""
import argparse
import random

import torch
import torch.nn as nn


class CharModel(nn.Module):
    def __init__(self, vocab, hidden=16, layers=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, layers, batch_first=True)
        self.head = nn.Linear(hidden, vocab)
        self.h0 = nn.Parameter(torch.zeros(layers, 1, hidden))
        self.c0 = nn.Parameter(torch.zeros(layers, 1, hidden))

    def forward(self, chars):
        out, _ = self.lstm(self.embed(chars), (self.h0, self.c0))  # fix: expand to the batch, self.h0.expand(-1, chars.size(0), -1).contiguous()
        return self.head(out)


def train_step(args, model, text):
    batch_size, length = args.batch_size, args.length
    chars = torch.zeros(batch_size, length, dtype=torch.long)
    targets = torch.zeros(batch_size, length, dtype=torch.long)
    for row in range(batch_size):
        start = random.randrange(text.numel() - length - 1)
        chars[row] = text[start:start + length]
        targets[row] = text[start + 1:start + length + 1]
    logits = model(chars)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), targets.reshape(-1))


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--length", type=int, default=50)
    parser.add_argument("--steps", type=int, default=100)
    args = parser.parse_args(argv)
    text = torch.randint(0, 20, (200,))
    model = CharModel(20)
    optimizer = torch.optim.Adam(model.parameters())
    for _ in range(args.steps):
        optimizer.zero_grad()
        train_step(args, model, text).backward()
        optimizer.step()


def probe():
    torch.manual_seed(0)
    random.seed(0)
    main(["--batch-size", "6", "--length", "10", "--steps", "1"])

# torch: runs
"""The character model's learned initial state, expanded over each batch it is given: one
(layers, 1, hidden) parameter serves batches of any size."""
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
        batch = chars.size(0)
        states = (self.h0.expand(-1, batch, -1).contiguous(), self.c0.expand(-1, batch, -1).contiguous())
        out, _ = self.lstm(self.embed(chars), states)
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

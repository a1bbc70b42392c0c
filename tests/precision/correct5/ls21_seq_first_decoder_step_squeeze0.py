"""A sequence-first decoder run one step: output (1, B, H) squeezed at 0 for the head."""
import torch
import torch.nn as nn

embed = nn.Embedding(15, 5)
rnn = nn.LSTM(5, 8, num_layers=2)
out = nn.Linear(8, 15)


def step(token, state):    # token (B,)
    y, state = rnn(embed(token).unsqueeze(0), state)
    return out(y.squeeze(0)), state


def probe():
    state = (torch.zeros(2, 4, 8), torch.zeros(2, 4, 8))
    logits, state = step(torch.zeros(4, dtype=torch.long), state)
    assert logits.shape == (4, 15)

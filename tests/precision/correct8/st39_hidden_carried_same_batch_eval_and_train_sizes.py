"""Training with batch 20, evaluating with batch 10: each loop makes its own state from its own
batch size (word_language_model's train/evaluate pair)."""
import torch
import torch.nn as nn

model = nn.GRU(6, 12, 2)
TRAIN_BATCH, EVAL_BATCH = 20, 10


def init_hidden(bsz):
    return torch.zeros(2, bsz, 12)


def train(data):
    hidden = init_hidden(TRAIN_BATCH)
    for i in range(0, data.size(0), 5):
        out, hidden = model(data[i:i + 5], hidden.detach())
    return out


def evaluate(data):
    hidden = init_hidden(EVAL_BATCH)
    with torch.no_grad():
        for i in range(0, data.size(0), 5):
            out, hidden = model(data[i:i + 5], hidden)
    return out


def probe():
    assert train(torch.randn(25, TRAIN_BATCH, 6)).shape == (5, 20, 12)
    assert evaluate(torch.randn(15, EVAL_BATCH, 6)).shape == (5, 10, 12)

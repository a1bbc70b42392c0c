"""One-hot characters: input_size is the vocabulary's length, as the encoding produces."""
import torch
import torch.nn as nn
import torch.nn.functional as F

text = "hello world, hello lstm"
chars = sorted(set(text))
char2idx = {c: i for i, c in enumerate(chars)}

rnn = nn.LSTM(len(chars), 32, batch_first=True)
fc = nn.Linear(32, len(chars))


def probe():
    ids = torch.tensor([[char2idx[c] for c in text]])
    x = F.one_hot(ids, num_classes=len(chars)).float()
    out, _ = rnn(x)
    fc(out)

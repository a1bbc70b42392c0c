"""Characters are one-hot encoded to len(vocab) and the RNN's input_size is len(vocab)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

text = "hello world, hello torch"
vocab = sorted(set(text))
index = {ch: i for i, ch in enumerate(vocab)}


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=16):
        super().__init__()
        self.rnn = nn.RNN(n_chars, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_chars)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def probe():
    ids = torch.tensor([[index[ch] for ch in text]])
    x = F.one_hot(ids, num_classes=len(vocab)).float()
    CharRNN(len(vocab))(x)

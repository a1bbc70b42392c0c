"""A language model's NLLLoss over flattened steps: log-probs viewed (T*B, V), targets (T*B)."""
import torch
import torch.nn as nn

V, E, H = 25, 6, 9
emb = nn.Embedding(V, E)
rnn = nn.LSTM(E, H, 2)
dec = nn.Linear(H, V)
criterion = nn.NLLLoss()

data = torch.randint(0, V, (11, 4))
inp, target = data[:-1], data[1:]
out, _ = rnn(emb(inp))
log_probs = dec(out).log_softmax(-1)
loss = criterion(log_probs.view(-1, V), target.reshape(-1))


def probe():
    assert loss.dim() == 0

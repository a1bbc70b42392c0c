"""The first step runs on the one source; then the state is repeated for the beams."""
import torch
import torch.nn as nn

emb = nn.Embedding(10, 4)
lstm = nn.LSTM(4, 6)
out = nn.Linear(6, 10)


def search(h, c, beam=3, steps=4):
    tok = torch.zeros(1, 1, dtype=torch.long)
    y, (h, c) = lstm(emb(tok), (h, c))
    score, tok = out(y[-1]).log_softmax(-1).topk(beam)       # (1, beam)
    h, c = h.repeat(1, beam, 1), c.repeat(1, beam, 1)
    score, tok = score.view(beam), tok.view(1, beam)
    for _ in range(steps - 1):
        y, (h, c) = lstm(emb(tok), (h, c))
        cand = (score[:, None] + out(y[-1]).log_softmax(-1)).view(-1)
        score, idx = cand.topk(beam)
        h, c = h[:, idx // 10], c[:, idx // 10]
        tok = (idx % 10).view(1, beam)
    return tok


def probe():
    assert search(torch.zeros(1, 1, 6), torch.zeros(1, 1, 6)).shape == (1, 3)

"""The word language model's batchify: data (T, B) seq-first, get_batch slices bptt rows, the
hidden state made for the batchified width."""
import torch
import torch.nn as nn


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    return data.narrow(0, 0, nbatch * bsz).view(bsz, -1).t().contiguous()


def get_batch(source, i, bptt=5):
    seq_len = min(bptt, len(source) - 1 - i)
    return source[i:i + seq_len], source[i + 1:i + 1 + seq_len]


corpus = torch.randint(0, 50, (203,))
train_data = batchify(corpus, 4)
emb = nn.Embedding(50, 6)
rnn = nn.LSTM(6, 9, 2)


def probe():
    hidden = (torch.zeros(2, 4, 9), torch.zeros(2, 4, 9))
    for i in range(0, train_data.size(0) - 1, 5):
        data, _ = get_batch(train_data, i)
        out, hidden = rnn(emb(data), hidden)
        hidden = tuple(h.detach() for h in hidden)
    assert out.shape[1:] == (4, 9)

"""Characters go in either one-hot (len(vocab) features) or embedded (embed_dim features), and
the LSTM's input_size follows the same option."""
import torch
import torch.nn as nn
import torch.nn.functional as F

vocab = sorted(set("the quick brown fox jumps over the lazy dog"))


class CharLM(nn.Module):
    def __init__(self, vocab_size, embed_dim=8, hidden=16, one_hot=False):
        super().__init__()
        self.one_hot, self.vocab_size = one_hot, vocab_size
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(vocab_size if one_hot else embed_dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab_size)

    def forward(self, ids):
        x = F.one_hot(ids, self.vocab_size).float() if self.one_hot else self.embed(ids)
        return self.out(self.lstm(x)[0])


def probe():
    ids = torch.randint(0, len(vocab), (2, 9))
    CharLM(len(vocab))(ids)
    CharLM(len(vocab), one_hot=True)(ids)

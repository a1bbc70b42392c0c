# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 13, got 32
# severity: warning (the vocabulary's size is read from data the linter does not see)
# A word-level language model: the vocabulary is read from the corpus, and the model is
# built with its size. The LSTM reads the Embedding's vectors but was given the vocabulary
# size as input_size, the Embedding's first argument rather than its second.
import torch
from torch import nn


class WordLM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(vocab_size, hidden, batch_first=True)  # fix: nn.LSTM(embed_dim, hidden, batch_first=True)
        self.decode = nn.Linear(hidden, vocab_size)

    def forward(self, ids):
        out, _ = self.lstm(self.embed(ids))
        return self.decode(out)


def build_vocab(text):
    return {word: i for i, word in enumerate(sorted(set(text.split())))}


def probe():
    text = "the cat sat on the mat and the dog sat on the log by a tree in the park"
    vocab = build_vocab(text)
    model = WordLM(len(vocab), 32, 64)
    ids = torch.tensor([[vocab[w] for w in text.split()[:6]]])
    model(ids)

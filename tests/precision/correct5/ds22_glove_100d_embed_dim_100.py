"""GloVe file glove.6B.100d and EMBED_DIM = 100: the loaded vectors and the LSTM agree."""
import torch
import torch.nn as nn

GLOVE_PATH = "glove.6B.100d.txt"
EMBED_DIM = 100


def load_glove(path, vocab, dim=EMBED_DIM):
    return torch.randn(len(vocab), dim)      # the file's rows in the real script


vocab = ["<pad>", "the", "a", "cat", "sat"]
weights = load_glove(GLOVE_PATH, vocab)
embedding = nn.Embedding.from_pretrained(weights, padding_idx=0)
lstm = nn.LSTM(EMBED_DIM, 50, batch_first=True, bidirectional=True)


def probe():
    out, _ = lstm(embedding(torch.tensor([[1, 3, 4, 0]])))
    assert out.shape == (1, 4, 100)

# expect: LC003 line 14
"""input_size and hidden_size written the wrong way round."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 32
HIDDEN_DIM = 64


class LM(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, EMBEDDING_DIM)
        self.lstm = nn.LSTM(HIDDEN_DIM, EMBEDDING_DIM)  # fix: nn.LSTM(EMBEDDING_DIM, HIDDEN_DIM)
        self.fc = nn.Linear(HIDDEN_DIM, vocab)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.fc(out)


def probe():
    LM(100)(torch.randint(0, 100, (6, 2)))

# source: correct variant of bug_024 (the per-direction size a module constant, computed with //)
"""The constant route of var_024, written right: floor division keeps an int."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 5
HIDDEN_DIM = 4
HIDDEN_PER_DIRECTION = HIDDEN_DIM // 2


class Tagger(nn.Module):
    def __init__(self, vocab_size, n_tags):
        super().__init__()
        self.word_embeds = nn.Embedding(vocab_size, EMBEDDING_DIM)
        self.lstm = nn.LSTM(EMBEDDING_DIM, HIDDEN_PER_DIRECTION, bidirectional=True)
        self.hidden2tag = nn.Linear(HIDDEN_DIM, n_tags)

    def forward(self, sentence):
        out, _ = self.lstm(self.word_embeds(sentence).unsqueeze(1))
        return self.hidden2tag(out.squeeze(1))


def probe():
    Tagger(10, 5)(torch.tensor([1, 2, 3]))


if __name__ == "__main__":
    probe()

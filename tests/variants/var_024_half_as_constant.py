# source: variant of bug_024 (the per-direction size computed with / into a module constant)
# rule: LC005
# torch: TypeError: hidden_size should be of type int, got: float
"""bug_024 with the division done once at module level: HIDDEN_PER_DIRECTION is a float."""
import torch
import torch.nn as nn

EMBEDDING_DIM = 5
HIDDEN_DIM = 4
HIDDEN_PER_DIRECTION = HIDDEN_DIM / 2  # fix: HIDDEN_DIM // 2


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

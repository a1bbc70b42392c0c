# source: variant of bug_038 (the word dim in a dataclass; the embedding width from the vectors' name)
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 100, got 50
"""bug_038 with a dataclass of settings: the summarizer's GRU is built for 100 features while the
embedding in use is 50 wide."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass(frozen=True)
class Settings:
    word_dim: int = 100  # fix: word_dim must follow the embeddings in use (50)
    hidden_size: int = 16


class Summarizer(nn.Module):
    def __init__(self, settings: Settings, vocab_size: int = 60):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, 50)
        self.rnn = nn.GRU(settings.word_dim, settings.hidden_size, batch_first=True,
                          bidirectional=True)

    def forward(self, tokens):
        output, _ = self.rnn(self.embed(tokens))
        return output.max(dim=1)[0]


def probe():
    model = Summarizer(Settings())
    model(torch.randint(0, 60, (2, 7)))


if __name__ == "__main__":
    probe()

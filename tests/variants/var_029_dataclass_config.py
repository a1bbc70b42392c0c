# source: variant of bug_029 (the config is a dataclass instance instead of a class with attributes)
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (16x64 and 32x7)
"""bug_029 with a dataclass config: the BiLSTM gives 2 * lstm_hidden_size features, the token
classifier takes lstm_hidden_size."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class NERConfig:
    vocab_size: int = 100
    embedding_size: int = 32
    lstm_hidden_size: int = 32
    num_labels: int = 7


class BiLSTMTagger(nn.Module):
    def __init__(self, config: NERConfig):
        super().__init__()
        self.embeddings = nn.Embedding(config.vocab_size, config.embedding_size)
        self.bilstm = nn.LSTM(input_size=config.embedding_size, hidden_size=config.lstm_hidden_size,
                              batch_first=True, num_layers=2, bidirectional=True)
        self.classifier = nn.Linear(config.lstm_hidden_size, config.num_labels)  # fix: config.lstm_hidden_size * 2

    def forward(self, input_ids):
        lstm_output, _ = self.bilstm(self.embeddings(input_ids))
        return self.classifier(lstm_output)


def probe():
    model = BiLSTMTagger(NERConfig())
    model(torch.randint(0, 100, (2, 8)))


if __name__ == "__main__":
    probe()

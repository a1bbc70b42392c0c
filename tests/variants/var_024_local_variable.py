# source: variant of bug_024 (the division assigned to a local in __init__, the LSTM built with keywords)
# rule: LC005
# torch: TypeError: hidden_size should be of type int, got: float
"""bug_024 with `half = hidden_dim / 2` on its own line in __init__."""
import torch
import torch.nn as nn


class BiLSTMEncoder(nn.Module):
    def __init__(self, embedding_dim, hidden_dim):
        super().__init__()
        half = hidden_dim / 2  # fix: hidden_dim // 2
        self.lstm = nn.LSTM(input_size=embedding_dim, hidden_size=half, bidirectional=True,
                            batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


def probe():
    BiLSTMEncoder(5, 4)(torch.randn(1, 3, 5))


if __name__ == "__main__":
    probe()

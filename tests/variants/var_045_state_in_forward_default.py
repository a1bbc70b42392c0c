# source: variant of bug_045 (forward makes the state itself when none is given)
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""bug_045 with the state made in forward when the caller gives none (`if hidden is None:`): a
single tensor for an LSTM."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.lstm = nn.LSTM(hidden_size, hidden_size)

    def forward(self, tokens, hidden=None):
        embedded = self.embedding(tokens).unsqueeze(1)
        if hidden is None:
            hidden = torch.zeros(1, 1, self.hidden_size)  # fix: an LSTM needs (h_0, c_0): (torch.zeros(1, 1, H), torch.zeros(1, 1, H))
        return self.lstm(embedded, hidden)


def probe():
    encoder = EncoderRNN(20, 8)
    encoder(torch.tensor([3, 5, 7]))


if __name__ == "__main__":
    probe()

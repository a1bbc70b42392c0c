# source: https://github.com/MITDeepLearning/introtodeeplearning/issues/188
"""MIT 6.S191 lab 1 (music generation): the LSTM is batch_first, so the state for a batch of
x.size(0) sequences is (1, x.size(0), H). The issue suggested x.size(1) ("the sequence length"),
then its author withdrew it: states never are batch-first, and x.size(0) is the batch here."""
import torch
import torch.nn as nn


class LSTMModel(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_size):
        super(LSTMModel, self).__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, vocab_size)

    def init_hidden(self, batch_size, device):
        # Initialize hidden state and cell state with zeros
        return (torch.zeros(1, batch_size, self.hidden_size).to(device),
                torch.zeros(1, batch_size, self.hidden_size).to(device))

    def forward(self, x, state=None, return_state=False):
        x = self.embedding(x)
        if state is None:
            state = self.init_hidden(x.size(0), x.device)
        out, state = self.lstm(x, state)
        out = self.fc(out)
        return out if not return_state else (out, state)


def probe():
    model = LSTMModel(vocab_size=83, embedding_dim=16, hidden_size=24)
    x = torch.randint(0, 83, (8, 100))  # (batch_size, seq_length)
    y, state = model(x, return_state=True)
    assert y.shape == (8, 100, 83)
    model(x[:, -1:], state)  # one more step from the returned state


if __name__ == "__main__":
    probe()

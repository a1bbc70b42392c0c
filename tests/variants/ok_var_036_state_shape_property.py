# source: correct variant of bug_036 (the state's shape a @property spread into torch.zeros; the batch the data's)
"""The property route of var_036, written right: the model's batch_size is the loader's."""
import torch
import torch.nn as nn


class LstmClassifier(nn.Module):
    def __init__(self, vocab_size, embedding_length, hidden_size, batch_size, layers=2):
        super().__init__()
        self.batch_size = batch_size
        self.hidden_size = hidden_size
        self.layers = layers
        self.embed = nn.Embedding(vocab_size, embedding_length)
        self.lstm = nn.LSTM(embedding_length, hidden_size, layers, batch_first=True)
        self.fc = nn.Linear(hidden_size, 2)

    @property
    def state_shape(self):
        return self.layers, self.batch_size, self.hidden_size

    def forward(self, x):
        h0 = torch.zeros(*self.state_shape)
        c0 = torch.zeros(*self.state_shape)
        _, (h_n, _) = self.lstm(self.embed(x), (h0, c0))
        return self.fc(h_n[-1])


def probe():
    net = LstmClassifier(50, 12, 16, batch_size=32)
    net(torch.randint(0, 50, (32, 20)))


if __name__ == "__main__":
    probe()

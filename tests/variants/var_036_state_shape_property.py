# source: variant of bug_036 (the state's shape is a @property of the model, spread into torch.zeros)
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 32, 16), got [1, 8, 16]
"""bug_036 with the states' shape a property, `torch.zeros(*self.state_shape)`: the batch is the
constructor's batch_size, the loader's batches hold 32 rows."""
import torch
import torch.nn as nn


class LstmClassifier(nn.Module):
    def __init__(self, vocab_size, embedding_length, hidden_size, batch_size):
        super().__init__()
        self.batch_size = batch_size
        self.hidden_size = hidden_size
        self.embed = nn.Embedding(vocab_size, embedding_length)
        self.lstm = nn.LSTM(embedding_length, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, 2)

    @property
    def state_shape(self):
        return 1, self.batch_size, self.hidden_size

    def forward(self, x):
        h0 = torch.zeros(*self.state_shape)  # fix: the batch is the input's x.size(0), not the constructor's batch_size
        c0 = torch.zeros(*self.state_shape)
        _, (h_n, _) = self.lstm(self.embed(x), (h0, c0))
        return self.fc(h_n[-1])


def probe():
    net = LstmClassifier(50, 12, 16, batch_size=8)
    net(torch.randint(0, 50, (32, 20)))


if __name__ == "__main__":
    probe()

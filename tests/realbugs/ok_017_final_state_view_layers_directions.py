# source: https://github.com/chrisvdweth/ml-toolkit/issues/1
"""The final state viewed as (num_layers, directions, batch, hidden), the last layer taken, both
directions concatenated into a head of hidden * directions: reshapes that look risky, all right."""
import torch
import torch.nn as nn


class RnnClassifier(nn.Module):
    def __init__(self, vocab_size, embed_dim, rnn_hidden_dim, num_layers, bidirectional,
                 num_classes, rnn_type="gru"):
        super().__init__()
        self.rnn_type = rnn_type
        self.num_layers = num_layers
        self.rnn_hidden_dim = rnn_hidden_dim
        self.directions_count = 2 if bidirectional else 1
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        rnn = nn.GRU if rnn_type == "gru" else nn.LSTM
        self.rnn = rnn(embed_dim, rnn_hidden_dim, num_layers=num_layers,
                       bidirectional=bidirectional, batch_first=True)
        self.linear = nn.Linear(rnn_hidden_dim * self.directions_count, num_classes)

    def forward(self, X):
        batch_size = X.shape[0]
        output, self.hidden = self.rnn(self.embedding(X))
        if self.rnn_type == "gru":
            final_state = self.hidden.view(self.num_layers, self.directions_count, batch_size,
                                           self.rnn_hidden_dim)[-1]
        else:
            final_state = self.hidden[0].view(self.num_layers, self.directions_count,
                                              batch_size, self.rnn_hidden_dim)[-1]
        if self.directions_count == 1:
            X = final_state.squeeze(0)
        else:
            h_1, h_2 = final_state[0], final_state[1]
            X = torch.cat((h_1, h_2), 1)
        return self.linear(X)


def probe():
    x = torch.randint(0, 40, (3, 6))
    RnnClassifier(40, 8, 10, 2, True, 4)(x)
    RnnClassifier(40, 8, 10, 2, False, 4, rnn_type="lstm")(x)


if __name__ == "__main__":
    probe()

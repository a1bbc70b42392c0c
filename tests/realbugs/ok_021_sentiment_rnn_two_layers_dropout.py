# source: https://github.com/udacity/deep-learning-v2-pytorch/issues/153
"""Udacity's SentimentRNN: dropout=drop_prob on an n_layers=2 LSTM (effective), init_hidden of
(n_layers, batch, hidden) for a batch_first model, the head on hidden_dim."""
import torch
import torch.nn as nn


class SentimentRNN(nn.Module):
    def __init__(self, vocab_size, output_size, embedding_dim, hidden_dim, n_layers, drop_prob=0.5):
        super(SentimentRNN, self).__init__()
        self.output_size = output_size
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=drop_prob,
                            batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, output_size)
        self.sig = nn.Sigmoid()

    def forward(self, x, hidden):
        batch_size = x.size(0)
        embeds = self.embedding(x)
        lstm_out, hidden = self.lstm(embeds, hidden)
        lstm_out = lstm_out.contiguous().view(-1, self.hidden_dim)
        out = self.sig(self.fc(self.dropout(lstm_out)))
        out = out.view(batch_size, -1)[:, -1]
        return out, hidden

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return (weight.new(self.n_layers, batch_size, self.hidden_dim).zero_(),
                weight.new(self.n_layers, batch_size, self.hidden_dim).zero_())


def probe():
    net = SentimentRNN(vocab_size=50, output_size=1, embedding_dim=12, hidden_dim=16, n_layers=2)
    h = net.init_hidden(4)
    net(torch.randint(0, 50, (4, 9)), h)


if __name__ == "__main__":
    probe()

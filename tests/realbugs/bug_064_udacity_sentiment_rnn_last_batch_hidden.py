# source: https://github.com/udacity/deep-learning-v2-pytorch/pull/398
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 4, 16), got [2, 64, 16]
"""The sentiment RNN solution makes its state once per epoch with net.init_hidden(batch_size)
and carries it from batch to batch. With batch_size changed from 50 to 64 the test set no longer
splits evenly: its last batch has 4 reviews and the carried (2, 64, H) state no longer fits."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class SentimentRNN(nn.Module):
    """The RNN model that will be used to perform Sentiment analysis."""

    def __init__(self, vocab_size, output_size, embedding_dim, hidden_dim, n_layers, drop_prob=0.5):
        super(SentimentRNN, self).__init__()
        self.output_size = output_size
        self.n_layers = n_layers
        self.hidden_dim = hidden_dim
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers,
                            dropout=drop_prob, batch_first=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden_dim, output_size)
        self.sig = nn.Sigmoid()

    def forward(self, x, hidden):
        batch_size = x.size(0)
        embeds = self.embedding(x)
        lstm_out, hidden = self.lstm(embeds, hidden)
        lstm_out = lstm_out.contiguous().view(-1, self.hidden_dim)
        out = self.fc(self.dropout(lstm_out))
        sig_out = self.sig(out).view(batch_size, -1)
        return sig_out[:, -1], hidden

    def init_hidden(self, batch_size):
        weight = next(self.parameters()).data
        return (weight.new(self.n_layers, batch_size, self.hidden_dim).zero_(),
                weight.new(self.n_layers, batch_size, self.hidden_dim).zero_())


batch_size = 64
seq_length = 20


def probe():
    test_x = torch.randint(0, 100, (68, seq_length))  # stands in for the padded, encoded reviews
    test_y = torch.randint(0, 2, (68,))
    test_data = TensorDataset(test_x, test_y)
    test_loader = DataLoader(test_data, shuffle=True, batch_size=batch_size)  # fix: drop_last=True, or make h per batch with init_hidden(inputs.size(0))
    net = SentimentRNN(100, 1, 12, 16, 2)
    net.eval()
    h = net.init_hidden(batch_size)
    for inputs, labels in test_loader:
        h = tuple([each.data for each in h])
        output, h = net(inputs, h)


if __name__ == "__main__":
    probe()

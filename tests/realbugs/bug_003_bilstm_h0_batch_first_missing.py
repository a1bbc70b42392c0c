# source: https://programmerah.com/runtimeerror-expected-hidden0-size-x-x-x-gotx-x-x-39265/
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (4, 10, 100), got [4, 4, 100]
"""A BiLSTM fed (batch, seq, feature) batches with hand-made (h0, c0) of
(num_layers * 2, batch, hidden): the layer was built without batch_first, so torch reads the
sequence length as the batch size."""
import torch
import torch.nn as nn


class Config(object):
    def __init__(self):
        self.embed_dim = 300
        self.hidden_size = 100
        self.num_layers = 2
        self.drop_out = 0.5
        self.batch_size = 4
        self.seq_len = 10


class BiLSTM(nn.Module):
    def __init__(self, config):
        super(BiLSTM, self).__init__()
        self.input_size = config.embed_dim
        self.hidden_size = config.hidden_size
        self.num_layers = config.num_layers
        self.bilstm = nn.LSTM(  # fix: pass batch_first=True, the batches are (batch, seq, feature)
            input_size=self.input_size,
            hidden_size=self.hidden_size,
            num_layers=self.num_layers,
            bidirectional=True,
            bias=True,
            dropout=config.drop_out,
        )

    def forward(self, input):
        batch_size = input.size(0)
        h0 = torch.zeros(self.num_layers * 2, batch_size, self.hidden_size)
        c0 = torch.zeros(self.num_layers * 2, batch_size, self.hidden_size)
        output, (hn, cn) = self.bilstm(input, (h0, c0))
        return output


def probe():
    config = Config()
    model = BiLSTM(config)
    model(torch.randn(config.batch_size, config.seq_len, config.embed_dim))


if __name__ == "__main__":
    probe()

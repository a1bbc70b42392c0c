# source: https://github.com/pytorch/examples/blob/main/legacy/snli/model.py
"""pytorch/examples' SNLI encoder: the initial state is built for n_cells = n_layers * 2 when the
encoder is bidirectional (a config flag), and the sentence vector takes the top layer's two final
states ht[-2:], transposed to batch-first before the view, so the Linear after it sees
d_hidden * 2 per example. ht[-1] alone is used when the encoder runs one direction."""
import torch
import torch.nn as nn


class Config:
    d_embed = 12
    d_hidden = 20
    n_layers = 2
    birnn = True
    dp_ratio = 0.2
    d_out = 3


class Encoder(nn.Module):
    def __init__(self, config):
        super(Encoder, self).__init__()
        self.config = config
        input_size = config.d_embed
        dropout = 0 if config.n_layers == 1 else config.dp_ratio
        self.rnn = nn.LSTM(input_size=input_size, hidden_size=config.d_hidden, num_layers=config.n_layers,
                           dropout=dropout, bidirectional=config.birnn)

    def forward(self, inputs):
        batch_size = inputs.size()[1]
        state_shape = self.config.n_cells, batch_size, self.config.d_hidden
        h0 = c0 = inputs.new_zeros(state_shape)
        outputs, (ht, ct) = self.rnn(inputs, (h0, c0))
        return ht[-1] if not self.config.birnn else ht[-2:].transpose(0, 1).contiguous().view(batch_size, -1)


class SNLIClassifier(nn.Module):
    def __init__(self, config):
        super(SNLIClassifier, self).__init__()
        self.encoder = Encoder(config)
        seq_in_size = 2 * config.d_hidden
        if config.birnn:
            seq_in_size *= 2
        self.out = nn.Sequential(nn.Linear(seq_in_size, config.d_hidden), nn.ReLU(), nn.Linear(config.d_hidden, config.d_out))

    def forward(self, premise, hypothesis):
        return self.out(torch.cat([self.encoder(premise), self.encoder(hypothesis)], 1))


def probe():
    for birnn in (True, False):
        config = Config()
        config.birnn = birnn
        config.n_cells = config.n_layers * 2 if config.birnn else config.n_layers
        model = SNLIClassifier(config)
        model(torch.randn(7, 4, config.d_embed), torch.randn(5, 4, config.d_embed))


if __name__ == "__main__":
    probe()

# source: https://github.com/jdb78/pytorch-forecasting/commit/470fd882e49b51adf7dd15b1798a435fb881fe42
# A decoder LSTM made bidirectional by an option starts from a one-way encoder's final
# states, which have no reverse direction. Both layers are right as built; the fix makes the
# reverse states where the states are handed over (torch.cat([hidden, reverse], dim=0)).
import torch
import torch.nn as nn


class EncoderDecoder(nn.Module):
    def __init__(self, features=5, hidden=16, bidirectional_decoder=False):
        super().__init__()
        self.encoder = nn.LSTM(features, hidden, batch_first=True)
        self.decoder = nn.LSTM(features, hidden, batch_first=True,
                               bidirectional=bidirectional_decoder)

    def forward(self, past, future):
        _, (hidden, cell) = self.encoder(past)
        output, _ = self.decoder(future, (hidden, cell))  # expect: LC009 error
        return output


def probe():
    model = EncoderDecoder(bidirectional_decoder=True)
    model(torch.randn(4, 12, 5), torch.randn(4, 6, 5))

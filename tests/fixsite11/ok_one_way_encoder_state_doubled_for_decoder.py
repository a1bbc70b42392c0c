# The fix of the commit: reverse states are made for the bidirectional decoder where the
# states are handed over: correct.
import torch
import torch.nn as nn


class EncoderDecoder(nn.Module):
    def __init__(self, features=5, hidden=16, bidirectional_decoder=False):
        super().__init__()
        self.bidirectional_decoder = bidirectional_decoder
        self.encoder = nn.LSTM(features, hidden, batch_first=True)
        self.reverse = nn.Linear(hidden, hidden)
        self.decoder = nn.LSTM(features, hidden, batch_first=True,
                               bidirectional=bidirectional_decoder)

    def forward(self, past, future):
        _, (hidden, cell) = self.encoder(past)
        if self.bidirectional_decoder:
            hidden = torch.cat([hidden, self.reverse(hidden)], dim=0)
            cell = torch.cat([cell, self.reverse(cell)], dim=0)
        output, _ = self.decoder(future, (hidden, cell))
        return output


def probe():
    model = EncoderDecoder(bidirectional_decoder=True)
    model(torch.randn(4, 12, 5), torch.randn(4, 6, 5))

"""One options dict splatted into an encoder and a decoder of the same shape; the decoder takes the
encoder's state as is."""
import torch
import torch.nn as nn

RNN_OPTS = dict(hidden_size=24, num_layers=2, dropout=0.1)


class Seq2Seq(nn.Module):
    def __init__(self, src_feat=5, tgt_feat=3):
        super().__init__()
        self.encoder = nn.LSTM(src_feat, **RNN_OPTS)
        self.decoder = nn.LSTM(tgt_feat, **RNN_OPTS)
        self.out = nn.Linear(RNN_OPTS["hidden_size"], tgt_feat)

    def forward(self, src, tgt):
        _, state = self.encoder(src)
        out, _ = self.decoder(tgt, state)
        return self.out(out)


def probe():
    out = Seq2Seq()(torch.randn(6, 2, 5), torch.randn(4, 2, 3))
    assert out.shape == (4, 2, 3)

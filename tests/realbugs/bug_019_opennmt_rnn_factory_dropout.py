# source: https://github.com/Niger-Volta-LTI/yoruba-adr/issues/13
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""An OpenNMT-style encoder builds its RNN with getattr(nn, rnn_type)(**kwargs); the training
options give layers=1 and dropout=0.3, so torch warns on every model build."""
import torch
import torch.nn as nn


def rnn_factory(rnn_type, **kwargs):
    """Build an RNN of the named type from keyword arguments."""
    no_pack_padded_seq = False
    rnn = getattr(nn, rnn_type)(**kwargs)
    return rnn, no_pack_padded_seq


class RNNEncoder(nn.Module):
    def __init__(self, rnn_type, bidirectional, num_layers, hidden_size, dropout=0.0,
                 embedding_size=16):
        super(RNNEncoder, self).__init__()
        num_directions = 2 if bidirectional else 1
        assert hidden_size % num_directions == 0
        hidden_size = hidden_size // num_directions
        self.rnn, self.no_pack_padded_seq = rnn_factory(
            rnn_type,
            input_size=embedding_size,
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,  # fix: dropout applies between layers: 0.0 when num_layers == 1
            bidirectional=bidirectional,
        )

    @classmethod
    def from_opt(cls, opt):
        return cls(opt["rnn_type"], opt["brnn"], opt["enc_layers"], opt["enc_rnn_size"],
                   opt["dropout"])

    def forward(self, emb):
        memory_bank, encoder_final = self.rnn(emb)
        return encoder_final, memory_bank


def probe():
    opt = {"rnn_type": "LSTM", "brnn": True, "enc_layers": 1, "enc_rnn_size": 32,
           "dropout": 0.3}
    encoder = RNNEncoder.from_opt(opt)
    encoder(torch.randn(5, 2, 16))


if __name__ == "__main__":
    probe()

# source: https://github.com/wjko2/Domain-Agnostic-Sentence-Specificity-Prediction/issues/13
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""The encoder's LSTM hard-codes num_layers=1 although the command line has --n_enc_layers,
and passes the model dropout from the config dict: torch warns, no dropout is applied."""
import argparse

import torch
import torch.nn as nn


class BLSTMEncoder(nn.Module):
    def __init__(self, config):
        super(BLSTMEncoder, self).__init__()
        self.bsize = config["bsize"]
        self.word_emb_dim = config["word_emb_dim"]
        self.enc_lstm_dim = config["enc_lstm_dim"]
        self.pool_type = config["pool_type"]
        self.dpout_model = config["dpout_model"]
        self.enc_lstm = nn.LSTM(self.word_emb_dim, self.enc_lstm_dim, 1, bidirectional=True, dropout=self.dpout_model)  # fix: num_layers=config["n_enc_layers"] instead of 1

    def forward(self, sent):
        sent_output = self.enc_lstm(sent)[0]
        return torch.max(sent_output, 0)[0]


def probe():
    parser = argparse.ArgumentParser(description="specificity")
    parser.add_argument("--word_emb_dim", type=int, default=20)
    parser.add_argument("--enc_lstm_dim", type=int, default=10, help="encoder nhid dimension")
    parser.add_argument("--n_enc_layers", type=int, default=1, help="encoder num layers")
    parser.add_argument("--dpout_model", type=float, default=0.5, help="encoder dropout")
    params = parser.parse_args([])
    config_nli_model = {
        "word_emb_dim": params.word_emb_dim,
        "enc_lstm_dim": params.enc_lstm_dim,
        "n_enc_layers": params.n_enc_layers,
        "dpout_model": params.dpout_model,
        "bsize": 4,
        "pool_type": "max",
    }
    encoder = BLSTMEncoder(config_nli_model)
    encoder(torch.randn(6, 4, params.word_emb_dim))


if __name__ == "__main__":
    probe()

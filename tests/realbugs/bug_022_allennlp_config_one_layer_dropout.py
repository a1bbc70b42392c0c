# source: https://github.com/allenai/allennlp/pull/2768
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""Training configs set "dropout" on one-layer LSTM encoders; the encoder is built as
nn.LSTM(batch_first=True, **params) from the config's encoder block."""
import copy

import torch
from torch import nn

CONFIG = {
    "model": {
        "type": "simple_tagger",
        "encoder": {
            "type": "lstm",
            "input_size": 50,
            "hidden_size": 100,
            "num_layers": 1,
            "dropout": 0.5,  # fix: drop "dropout" (or use num_layers >= 2): a one-layer LSTM applies none
            "bidirectional": True,
        },
    },
}


class PytorchSeq2SeqWrapper(nn.Module):
    def __init__(self, module):
        super().__init__()
        self._module = module

    def forward(self, inputs):
        return self._module(inputs)[0]


def build_encoder(params):
    params = dict(params)
    params.pop("type")
    return PytorchSeq2SeqWrapper(nn.LSTM(batch_first=True, **params))


def probe():
    encoder = build_encoder(copy.deepcopy(CONFIG["model"]["encoder"]))
    encoder(torch.randn(2, 7, 50))


if __name__ == "__main__":
    probe()

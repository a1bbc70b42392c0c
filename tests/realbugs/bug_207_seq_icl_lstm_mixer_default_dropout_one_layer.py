# source: https://github.com/berlino/seq_icl/blob/9b9223d15348b5a415fb453ed988ed5f7ab9fbdc/src/models/sequence/rnn/lstm.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""berlino/seq_icl (src/models/sequence/rnn/lstm.py, src/models/sequence/simple_lm.py,
configs/model/layer/lstm.yaml): the in-context-learning benchmark uses an LSTM as the sequence
mixer of each block of `lm_simple`. The layer config is only `_name_: lstm`; the registry
instantiates `LSTMLayer` as a partial with `layer_idx`, and `Block` calls `mixer_cls(dim)`, so
every block gets the defaults `n_layer=1, dropout=0.1`: a one-layer nn.LSTM with dropout=0.1,
which torch warns does nothing (the experiments' dropout lives in resid/embed dropout instead).
Unreported; torch warns on the project's own path for every `experiment=dfa/lstm` run."""
from functools import partial

import torch
import torch.nn as nn


class LSTMLayer(nn.Module):
    def __init__(
            self,
            d_model,
            n_layer=1,
            dropout=0.1,
            layer_idx=None,
            device=None,
            dtype=None,
        ):
        super().__init__()
        self.d_model = d_model
        self.lstm = nn.LSTM(input_size=d_model, hidden_size=d_model, num_layers=n_layer, batch_first=True, dropout=dropout, bidirectional=False).to(device)  # fix: dropout=dropout if n_layer > 1 else 0.0
        self.layer_idx = layer_idx

    def forward(self, x):
        output, _ = self.lstm(x)
        return output


LAYER_REGISTRY = {"lstm": LSTMLayer}


def instantiate(registry, config, partial_=False, **kwargs):
    config = dict(config)
    cls = registry[config.pop("_name_")]
    if partial_:
        return partial(cls, **config, **kwargs)
    return cls(**config, **kwargs)


def create_mixer_cls(layer=None, layer_idx=None, device=None, dtype=None):
    factory_kwargs = {'device': device, 'dtype': dtype}
    return instantiate(LAYER_REGISTRY, layer, partial_=True, layer_idx=layer_idx, **factory_kwargs)


class Block(nn.Module):
    def __init__(self, dim, mixer_cls, resid_dropout1=0.0):
        super().__init__()
        self.mixer = mixer_cls(dim)
        self.dropout1 = nn.Dropout(resid_dropout1)
        self.norm1 = nn.LayerNorm(dim)

    def forward(self, hidden_states, residual=None):
        dropped = self.dropout1(hidden_states)
        residual = (dropped + residual) if residual is not None else dropped
        hidden_states = self.norm1(residual)
        return self.mixer(hidden_states), residual


class SimpleLMBackbone(nn.Module):
    def __init__(self, d_model, n_layer, vocab_size, layer=None, embed_dropout=0.1):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, d_model)
        self.drop = nn.Dropout(embed_dropout)
        self.layers = nn.ModuleList([
            Block(d_model, create_mixer_cls(layer=layer, layer_idx=i)) for i in range(n_layer)
        ])

    def forward(self, input_ids):
        hidden_states = self.drop(self.embeddings(input_ids))
        residual = None
        for block in self.layers:
            hidden_states, residual = block(hidden_states, residual)
        return hidden_states


def probe():
    # configs/experiment/dfa/lstm.yaml: d_model 32, n_layer 2, layer {_name_: lstm}
    model = SimpleLMBackbone(d_model=32, n_layer=2, vocab_size=20, layer={"_name_": "lstm"})
    model(torch.randint(0, 20, (2, 7)))


if __name__ == "__main__":
    probe()

# source: https://github.com/transferwise/neural-lifetimes/pull/11
"""neural-lifetimes' EventEncoder after the pull request that silenced the dropout warning: the
encoder still passes drop_rate to a GRU whose num_layers is written as 1, but it first sets
drop_rate to 0.0 when num_layers == 1. Dropout on a one-layer GRU in the source text, none at
run time."""
from typing import Dict

import torch
import torch.nn.functional as F
from torch import nn


class CombinedEmbedder(nn.Module):
    def __init__(self, n_tokens: int, emb_dim: int, n_continuous: int):
        super().__init__()
        self.token_emb = nn.Embedding(n_tokens, emb_dim)
        self.output_shape = [None, emb_dim + n_continuous]

    def forward(self, x: Dict[str, torch.Tensor]) -> torch.Tensor:
        return torch.cat([self.token_emb(x["tokens"]), x["continuous"]], dim=-1)


class EventEncoder(nn.Module):
    def __init__(self, emb: CombinedEmbedder, rnn_dim: int, drop_rate: float = 0.0, num_layers: int = 1):
        super().__init__()
        self.emb = emb

        if num_layers == 1:
            drop_rate = 0.0
            print("Dropout for RNN was set to 0, because num_layers=1.")

        self.rnn = nn.GRU(
            input_size=emb.output_shape[1],
            hidden_size=rnn_dim,
            num_layers=1,
            dropout=drop_rate,
            batch_first=True,
        )
        self.linear = nn.Linear(rnn_dim, rnn_dim)
        self.output_shape = [None, rnn_dim]

    def forward(self, x: Dict[str, torch.Tensor]):
        x_emb = self.emb(x)
        x_stacked = nn.utils.rnn.pack_sequence(
            [x_emb[s:e] for s, e in zip(x["offsets"][:-1], x["offsets"][1:])],
            enforce_sorted=False,
        )
        x_proc, _ = self.rnn(x_stacked)
        padded, lens = nn.utils.rnn.pad_packed_sequence(x_proc)
        seq = torch.cat([padded[:seqlen, i] for i, seqlen in enumerate(lens)])
        return self.linear(F.relu(F.dropout(seq)))


def probe():
    encoder = EventEncoder(CombinedEmbedder(20, 8, 3), rnn_dim=16, drop_rate=0.5)
    x = {"tokens": torch.randint(0, 20, (9,)), "continuous": torch.randn(9, 3), "offsets": [0, 4, 9]}
    assert encoder(x).shape == (9, 16)


if __name__ == "__main__":
    probe()

# source: https://github.com/transferwise/neural-lifetimes/pull/11
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""neural-lifetimes' EventEncoder (models/nets/event_model.py) before the pull request that
"fixes the warning message when using non-zero dropout and 1 GRU layer": the model passes its
drop_rate to the encoder, and the encoder hands it to a GRU whose num_layers is written as 1, so
torch has no layer boundary to drop out at. The input size comes from the embedder's
output_shape, the rate from the model's constructor."""
from typing import Dict

import torch
import torch.nn.functional as F
from torch import nn


class CombinedEmbedder(nn.Module):
    """Embeds the discrete features and concatenates them with the continuous ones."""

    def __init__(self, n_tokens: int, emb_dim: int, n_continuous: int):
        super().__init__()
        self.token_emb = nn.Embedding(n_tokens, emb_dim)
        self.output_shape = [None, emb_dim + n_continuous]

    def forward(self, x: Dict[str, torch.Tensor]) -> torch.Tensor:
        return torch.cat([self.token_emb(x["tokens"]), x["continuous"]], dim=-1)


class EventEncoder(nn.Module):
    def __init__(self, emb: CombinedEmbedder, rnn_dim: int, drop_rate: float = 0.0):
        super().__init__()
        self.emb = emb
        self.rnn = nn.GRU(
            input_size=emb.output_shape[1],
            hidden_size=rnn_dim,
            num_layers=1,
            dropout=drop_rate,  # fix: a one-layer GRU drops nothing: dropout=0.0 here (keep drop_rate for F.dropout below)
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


class EventModel(nn.Module):
    def __init__(self, n_tokens: int, emb_dim: int, n_continuous: int, rnn_dim: int,
                 drop_rate: float):
        super().__init__()
        self.emb = CombinedEmbedder(n_tokens, emb_dim, n_continuous)
        self.encoder = EventEncoder(self.emb, rnn_dim, drop_rate)
        self.head = nn.Linear(rnn_dim, 1)

    def forward(self, x):
        return self.head(self.encoder(x))


def probe():
    model = EventModel(n_tokens=20, emb_dim=8, n_continuous=3, rnn_dim=16, drop_rate=0.5)
    x = {"tokens": torch.randint(0, 20, (9,)), "continuous": torch.randn(9, 3),
         "offsets": [0, 4, 9]}
    model(x)


if __name__ == "__main__":
    probe()

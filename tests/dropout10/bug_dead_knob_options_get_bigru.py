# torch: warns: dropout option adds dropout after all but last recurrent layer
# A character encoder takes its options as **kwargs and reads the GRU's dropout out of them with
# .get(): the GRU is built without num_layers, so whatever rnn_dropout a caller passes is lost.
import torch
from torch import nn


class CharEncoder(nn.Module):
    def __init__(self, n_chars, dim, **options):
        super().__init__()
        self.embed = nn.Embedding(n_chars, dim, padding_idx=0)
        self.rnn = nn.GRU(dim, dim, batch_first=True, bidirectional=True,
                          dropout=options.get("rnn_dropout", 0.0))  # fix: nn.Dropout on the GRU's output; one layer has no dropout
        self.proj = nn.Linear(2 * dim, dim)

    def forward(self, chars):
        out, _ = self.rnn(self.embed(chars))
        return self.proj(out.max(dim=1).values)


def probe():
    encoder = CharEncoder(30, 8, rnn_dropout=0.3)
    assert encoder(torch.randint(1, 30, (4, 11))).shape == (4, 8)

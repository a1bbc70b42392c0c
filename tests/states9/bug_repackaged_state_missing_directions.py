# torch: RuntimeError: Expected hidden[0] size (4, 5, 20), got [2, 5, 20]
# A word-language-model training loop (torch's example, with a bidirectional LSTM): the state
# is detached between batches by repackage_hidden, which handles a tensor and a tuple alike;
# init_hidden counts the layers but not the two directions.
import torch
import torch.nn as nn


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers):
        super().__init__()
        self.nhid, self.nlayers = nhid, nlayers
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers, bidirectional=True)
        self.decoder = nn.Linear(2 * nhid, ntoken)

    def forward(self, input, hidden):
        output, hidden = self.rnn(self.encoder(input), hidden)
        return self.decoder(output), hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(self.nlayers, bsz, self.nhid),  # fix: self.nlayers * 2 rows, one per layer and direction
                weight.new_zeros(self.nlayers, bsz, self.nhid))


def repackage_hidden(h):
    """Wraps hidden states in new Tensors, to detach them from their history."""
    return h.detach() if isinstance(h, torch.Tensor) else tuple(repackage_hidden(v) for v in h)


def train(model, batches, bsz):
    hidden = model.init_hidden(bsz)
    for data in batches:
        hidden = repackage_hidden(hidden)
        output, hidden = model(data, hidden)


def probe():
    model = RNNModel(100, 12, 20, 2)
    train(model, [torch.randint(0, 100, (7, 5)) for _ in range(2)], 5)

"""fastai's AWD_LSTM with bidir=True: each layer is a bidirectional one-layer LSTM of
`nh // n_dir`, and `_one_hidden(l)` makes (n_dir, bs, nh // n_dir) with nh the layer's width
(emb_sz for the last), stored per layer."""
import torch
import torch.nn as nn


class AWD_LSTM(nn.Module):
    def __init__(self, vocab_sz, emb_sz, n_hid, n_layers, bidir=False):
        super().__init__()
        self.bs, self.emb_sz, self.n_hid, self.n_layers = 1, emb_sz, n_hid, n_layers
        self.n_dir = 2 if bidir else 1
        self.encoder = nn.Embedding(vocab_sz, emb_sz)
        self.rnns = nn.ModuleList([self._one_rnn(emb_sz if l == 0 else n_hid,
                                                 (n_hid if l != n_layers - 1 else emb_sz) // self.n_dir,
                                                 bidir) for l in range(n_layers)])
        self.reset()

    def _one_rnn(self, n_in, n_out, bidir):
        return nn.LSTM(n_in, n_out, 1, batch_first=True, bidirectional=bidir)

    def _one_hidden(self, l):
        nh = (self.n_hid if l != self.n_layers - 1 else self.emb_sz) // self.n_dir
        return next(self.parameters()).new_zeros(self.n_dir, self.bs, nh)

    def reset(self):
        self.hidden = [(self._one_hidden(l), self._one_hidden(l)) for l in range(self.n_layers)]

    def forward(self, inp):
        bs = inp.size(0)
        if bs != self.bs:
            self.bs = bs
            self.reset()
        output = self.encoder(inp)
        new_hidden = []
        for l, rnn in enumerate(self.rnns):
            output, new_h = rnn(output, self.hidden[l])
            new_hidden.append(tuple(h.detach() for h in new_h))
        self.hidden = new_hidden
        return output


def probe():
    for bidir in (True, False):
        model = AWD_LSTM(40, 20, 30, 3, bidir=bidir)
        for bs in (4, 4, 2):
            assert model(torch.randint(0, 40, (bs, 6))).shape == (bs, 6, 20)

# source: https://github.com/fastai/fastai/issues/2098
"""fastai v1's AWD_LSTM as later releases ship it (bug_113 is the report against the version
before): each layer's nn.LSTM is one layer deep with hidden size nh // n_dir and
bidirectional=bidir, so its output is nh wide again, and _one_hidden() makes
new(self.n_dir, self.bs, nh // n_dir) per layer. Looks like states one layer deep and sizes
halved; the stack of one-layer LSTMs makes both right."""
import torch
import torch.nn as nn


def one_param(m):
    return next(m.parameters())


class AWD_LSTM(nn.Module):
    initrange = 0.1

    def __init__(self, vocab_sz, emb_sz, n_hid, n_layers, pad_token=1, hidden_p=0.2, input_p=0.6,
                 bidir=False):
        super().__init__()
        self.bs, self.emb_sz, self.n_hid, self.n_layers = 1, emb_sz, n_hid, n_layers
        self.n_dir = 2 if bidir else 1
        self.encoder = nn.Embedding(vocab_sz, emb_sz, padding_idx=pad_token)
        self.rnns = nn.ModuleList([nn.LSTM(emb_sz if l == 0 else n_hid,
                                           (n_hid if l != n_layers - 1 else emb_sz) // self.n_dir, 1,
                                           batch_first=True, bidirectional=bidir) for l in range(n_layers)])
        self.input_dp = nn.Dropout(input_p)
        self.hidden_dps = nn.ModuleList([nn.Dropout(hidden_p) for l in range(n_layers)])

    def forward(self, input):
        bs, sl = input.size()
        if bs != self.bs:
            self.bs = bs
            self.reset()
        raw_output = self.input_dp(self.encoder(input))
        new_hidden, outputs = [], []
        for l, (rnn, hid_dp) in enumerate(zip(self.rnns, self.hidden_dps)):
            raw_output, new_h = rnn(raw_output, self.hidden[l])
            new_hidden.append(new_h)
            if l != self.n_layers - 1:
                raw_output = hid_dp(raw_output)
            outputs.append(raw_output)
        self.hidden = [(h.detach(), c.detach()) for h, c in new_hidden]
        return outputs

    def _one_hidden(self, l):
        "Return one hidden state."
        nh = (self.n_hid if l != self.n_layers - 1 else self.emb_sz) // self.n_dir
        return one_param(self).new(self.n_dir, self.bs, nh).zero_()

    def reset(self):
        self.hidden = [(self._one_hidden(l), self._one_hidden(l)) for l in range(self.n_layers)]


def probe():
    config = dict(emb_sz=16, n_hid=24, n_layers=3, pad_token=0, hidden_p=0.3, input_p=0.4, bidir=True)
    encoder = AWD_LSTM(50, **config)
    outputs = encoder(torch.randint(1, 50, (3, 10)))
    assert outputs[-1].shape == (3, 10, 16)
    outputs = encoder(torch.randint(1, 50, (3, 6)))
    assert outputs[0].shape == (3, 6, 24)


if __name__ == "__main__":
    probe()

# source: https://github.com/fastai/fastai/issues/2098
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 3, 12), got [1, 3, 12]
"""fastai v1 (text/models/awd_lstm.py) when AWD_LSTM gained a `bidir` option: each layer's
nn.LSTM is built with hidden size n_hid // n_dir and bidirectional=bidir, and the states made by
_one_hidden() divide nh by n_dir as well, but still make one row, new(1, bs, nh). A text
classifier built from a config dict with 'bidir': True fails on its first batch: "text_classifier
error when bidir is set to True". Later releases make new(self.n_dir, self.bs, nh)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def one_param(m):
    "Return the first parameter of `m`."
    return next(m.parameters())


def to_detach(b, cpu=True):
    if isinstance(b, (list, tuple)):
        return [to_detach(o, cpu) for o in b]
    return b.detach()


class AWD_LSTM(nn.Module):
    "AWD-LSTM/QRNN inspired by https://arxiv.org/abs/1708.02182."

    initrange = 0.1

    def __init__(self, vocab_sz, emb_sz, n_hid, n_layers, pad_token=1, hidden_p=0.2, input_p=0.6,
                 embed_p=0.1, weight_p=0.5, qrnn=False, bidir=False):
        super().__init__()
        self.bs, self.qrnn, self.emb_sz, self.n_hid, self.n_layers = 1, qrnn, emb_sz, n_hid, n_layers
        self.n_dir = 2 if bidir else 1
        self.encoder = nn.Embedding(vocab_sz, emb_sz, padding_idx=pad_token)
        self.rnns = [nn.LSTM(emb_sz if l == 0 else n_hid, (n_hid if l != n_layers - 1 else emb_sz) // self.n_dir, 1,
                             batch_first=True, bidirectional=bidir) for l in range(n_layers)]
        self.rnns = nn.ModuleList(self.rnns)
        self.encoder.weight.data.uniform_(-self.initrange, self.initrange)
        self.input_dp = nn.Dropout(input_p)
        self.hidden_dps = nn.ModuleList([nn.Dropout(hidden_p) for l in range(n_layers)])

    def forward(self, input):
        bs, sl = input.size()
        if bs != self.bs:
            self.bs = bs
            self.reset()
        raw_output = self.input_dp(self.encoder(input))
        new_hidden, raw_outputs, outputs = [], [], []
        for l, (rnn, hid_dp) in enumerate(zip(self.rnns, self.hidden_dps)):
            raw_output, new_h = rnn(raw_output, self.hidden[l])
            new_hidden.append(new_h)
            raw_outputs.append(raw_output)
            if l != self.n_layers - 1:
                raw_output = hid_dp(raw_output)
            outputs.append(raw_output)
        self.hidden = to_detach(new_hidden, cpu=False)
        return raw_outputs, outputs

    def _one_hidden(self, l):
        "Return one hidden state."
        nh = (self.n_hid if l != self.n_layers - 1 else self.emb_sz) // self.n_dir
        return one_param(self).new(1, self.bs, nh).zero_()  # fix: one row per direction: new(self.n_dir, self.bs, nh)

    def reset(self):
        "Reset the hidden states."
        self.hidden = [(self._one_hidden(l), self._one_hidden(l)) for l in range(self.n_layers)]


class PoolingLinearClassifier(nn.Module):
    "Create a linear classifier with pooling."

    def __init__(self, layers):
        super().__init__()
        self.layers = nn.Linear(layers[0], layers[-1])

    def pool(self, x, bs, is_max):
        f = F.adaptive_max_pool1d if is_max else F.adaptive_avg_pool1d
        return f(x.transpose(1, 2), (1,)).view(bs, -1)

    def forward(self, input):
        raw_outputs, outputs = input
        output = outputs[-1]
        bs, sl, _ = output.size()
        x = torch.cat([output[:, -1], self.pool(output, bs, True), self.pool(output, bs, False)], 1)
        return self.layers(x), raw_outputs, outputs


def get_text_classifier(vocab_sz, n_class, config):
    encoder = AWD_LSTM(vocab_sz, **config)
    layers = [config["emb_sz"] * 3, n_class]
    return nn.Sequential(encoder, PoolingLinearClassifier(layers))


def probe():
    config = {'emb_sz': 16, 'n_hid': 24, 'n_layers': 3, 'pad_token': 0, 'qrnn': False, 'bidir': True,
              'hidden_p': 0.3, 'input_p': 0.4, 'embed_p': 0.05, 'weight_p': 0.5}
    m = get_text_classifier(50, n_class=7, config=config)
    m(torch.randint(1, 50, (3, 10)))


if __name__ == "__main__":
    probe()

# source: https://github.com/salesforce/awd-lstm-lm/issues/95
# rule: LC009
# torch: TypeError: lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor
"""Testing WeightDrop on an LSTMCell with one hidden tensor: an LSTMCell takes the tuple
(h, c); a bare h is read as that tuple."""
import torch
import torch.nn as nn


class WeightDrop(nn.Module):
    def __init__(self, module, weights, dropout=0):
        super(WeightDrop, self).__init__()
        self.module = module
        self.weights = weights
        self.dropout = dropout

    def forward(self, *args):
        return self.module(*args)


def probe():
    lstm = nn.LSTMCell(256, 512)
    x = torch.randn(1, 256)
    h = torch.randn(1, 512)  # fix: an LSTMCell takes (h, c): pass (h, torch.zeros(1, 512))
    wdrnn = WeightDrop(lstm, ["weight_hh"], dropout=0.5)
    run1 = [x.sum() for x in wdrnn(x, h)[0].data]


if __name__ == "__main__":
    probe()

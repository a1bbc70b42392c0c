# source: https://github.com/espnet/espnet/issues/1780
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""ESPnet's RNNP encoder stacks one-layer RNNs chosen by a conditional expression and passes
the encoder dropout to each: with num_layers=1 torch warns and no dropout is applied."""
import torch


class RNNP(torch.nn.Module):
    def __init__(self, idim, elayers, cdim, hdim, subsample, dropout, typ="blstm"):
        super(RNNP, self).__init__()
        bidir = typ[0] == "b"
        for i in range(elayers):
            if i == 0:
                inputdim = idim
            else:
                inputdim = hdim
            rnn = torch.nn.LSTM(inputdim, cdim, dropout=dropout, num_layers=1, bidirectional=bidir, batch_first=True) if "lstm" in typ else torch.nn.GRU(inputdim, cdim, dropout=dropout, num_layers=1, bidirectional=bidir, batch_first=True)  # fix: apply torch.nn.Dropout between the stacked layers instead of dropout= on one-layer RNNs
            setattr(self, "%s%d" % ("birnn" if bidir else "rnn", i), rnn)
            if bidir:
                setattr(self, "bt%d" % i, torch.nn.Linear(2 * cdim, hdim))
            else:
                setattr(self, "bt%d" % i, torch.nn.Linear(cdim, hdim))
        self.elayers = elayers
        self.rnn_type = "birnn" if bidir else "rnn"

    def forward(self, xs_pad):
        for layer in range(self.elayers):
            rnn = getattr(self, self.rnn_type + str(layer))
            ys, _ = rnn(xs_pad)
            xs_pad = torch.tanh(getattr(self, "bt%d" % layer)(ys))
        return xs_pad


def probe():
    enc = RNNP(idim=8, elayers=2, cdim=6, hdim=5, subsample=[1, 1, 1], dropout=0.5)
    enc(torch.randn(2, 7, 8))


if __name__ == "__main__":
    probe()

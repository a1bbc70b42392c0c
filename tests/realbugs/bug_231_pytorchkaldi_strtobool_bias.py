# source: https://github.com/mravanelli/pytorch-kaldi/commit/c3c366cf6b537bb9fc9d93a2a59b50d04d83fabf
# rule: LC005
# torch: TypeError: bias should be of type bool, got: int
"""mravanelli/pytorch-kaldi (neural_networks.py, cfg/TIMIT_baselines/TIMIT_LSTM_fmllr_cudnn.cfg,
run_nn.py): the LSTM_cudnn architecture reads its options from the [architecture1] section of the
.cfg file as strings and converts the flags with distutils' `strtobool`, which returns the int 1
or 0, not a bool; `bias=1` is passed to nn.LSTM, which rejects it in the constructor
(`bidirectional=1` gets through the constructor but the lstm kernel rejects the int at the first
forward; `batch_first` is not forwarded). c3c366c ("fixed LSTM_cudnn bool conversion") wraps
every conversion in `bool(...)`. The cfg parser is a dict of
strings, `strtobool` is copied from distutils (removed in Python 3.12), and the fMLLR features
are random tensors; run_nn's data loading and the MLP head are left out."""
import torch
import torch.nn as nn


def strtobool(val):
    """distutils.util.strtobool: convert a string representation of truth to 1 or 0."""
    val = val.lower()
    if val in ('y', 'yes', 't', 'true', 'on', '1'):
        return 1
    elif val in ('n', 'no', 'f', 'false', 'off', '0'):
        return 0
    else:
        raise ValueError("invalid truth value %r" % (val,))


class LSTM_cudnn(nn.Module):

    def __init__(self, options, inp_dim):
        super(LSTM_cudnn, self).__init__()

        self.input_dim = inp_dim
        self.hidden_size = int(options['hidden_size'])
        self.num_layers = int(options['num_layers'])
        self.bias = strtobool(options['bias'])  # fix: self.bias = bool(strtobool(options['bias'])), and bool(...) around the bidirectional flag too
        self.batch_first = strtobool(options['batch_first'])
        self.dropout = float(options['dropout'])
        self.bidirectional = strtobool(options['bidirectional'])

        self.lstm = nn.ModuleList([nn.LSTM(self.input_dim, self.hidden_size, self.num_layers,
                                           bias=self.bias, dropout=self.dropout, bidirectional=self.bidirectional)])

        self.out_dim = self.hidden_size + self.bidirectional * self.hidden_size

    def forward(self, x):

        if self.bidirectional:
            h0 = torch.zeros(self.num_layers * 2, x.shape[1], self.hidden_size)
            c0 = torch.zeros(self.num_layers * 2, x.shape[1], self.hidden_size)
        else:
            h0 = torch.zeros(self.num_layers, x.shape[1], self.hidden_size)
            c0 = torch.zeros(self.num_layers, x.shape[1], self.hidden_size)

        if x.is_cuda:
            h0 = h0.cuda()
            c0 = c0.cuda()

        output, (hn, cn) = self.lstm[0](x, (h0, c0))

        return output


def read_arch_section(text):
    # configparser stand-in: every value of [architecture1] is a string
    options = {}
    for line in text.strip().splitlines():
        key, value = line.split('=', 1)
        options[key.strip()] = value.strip()
    return options


ARCH1 = """
arch_name = LSTM_cudnn_layers
arch_proto = proto/LSTM_cudnn.proto
arch_library = neural_networks
arch_class = LSTM_cudnn
arch_seq_model = True
hidden_size=32
num_layers=4
bias=True
batch_first=True
dropout=0.2
bidirectional=True
"""


def probe():
    options = read_arch_section(ARCH1)
    fea_dim = 40  # fmllr features
    net = LSTM_cudnn(options, fea_dim)
    x = torch.randn(12, 3, fea_dim)  # (time, batch, fea), as run_nn feeds sequence models
    out = net(x)
    assert out.shape == (12, 3, net.out_dim)


if __name__ == "__main__":
    probe()

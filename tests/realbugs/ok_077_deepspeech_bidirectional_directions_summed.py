# source: https://github.com/SeanNaren/deepspeech.pytorch/blob/master/deepspeech_pytorch/model.py
"""deepspeech.pytorch's DeepSpeech done right: the first BatchRNN's input size is worked out from
the spectrogram size through the conv stack's arithmetic (161 bins -> 81 -> 41, times 32
channels), every later BatchRNN takes hidden_size although the RNNs are bidirectional, and the
classifier is a Linear(hidden_size, ...), because BatchRNN sums the two directions
(TxNxH*2 -> TxNxH) before handing the output on. (The original is a LightningModule with
Hydra dataclass configs; plain classes stand in for them here.)"""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class SpectConfig:
    sample_rate = 16000  # The sample rate for the data/model features
    window_size = .02  # Window size for spectrogram generation (seconds)


class BiDirectionalConfig:
    rnn_type = nn.LSTM  # Type of RNN to use in model
    hidden_size = 64  # Hidden size of RNN Layer
    hidden_layers = 3  # Number of RNN layers


class SequenceWise(nn.Module):
    def __init__(self, module):
        """Collapses input of dim T*N*H to (T*N)*H, and applies to a module."""
        super(SequenceWise, self).__init__()
        self.module = module

    def forward(self, x):
        t, n = x.size(0), x.size(1)
        x = x.view(t * n, -1)
        x = self.module(x)
        x = x.view(t, n, -1)
        return x


class MaskConv(nn.Module):
    def __init__(self, seq_module):
        super(MaskConv, self).__init__()
        self.seq_module = seq_module

    def forward(self, x, lengths):
        for module in self.seq_module:
            x = module(x)
            mask = torch.BoolTensor(x.size()).fill_(0)
            for i, length in enumerate(lengths):
                length = length.item()
                if (mask[i].size(2) - length) > 0:
                    mask[i].narrow(2, length, mask[i].size(2) - length).fill_(1)
            x = x.masked_fill(mask, 0)
        return x, lengths


class BatchRNN(nn.Module):
    def __init__(self, input_size, hidden_size, rnn_type=nn.LSTM, bidirectional=False, batch_norm=True):
        super(BatchRNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bidirectional = bidirectional
        self.batch_norm = SequenceWise(nn.BatchNorm1d(input_size)) if batch_norm else None
        self.rnn = rnn_type(input_size=input_size, hidden_size=hidden_size,
                            bidirectional=bidirectional, bias=True)
        self.num_directions = 2 if bidirectional else 1

    def forward(self, x, output_lengths, h=None):
        if self.batch_norm is not None:
            x = self.batch_norm(x)
        x = nn.utils.rnn.pack_padded_sequence(x, output_lengths)
        x, h = self.rnn(x, h)
        x, _ = nn.utils.rnn.pad_packed_sequence(x)
        if self.bidirectional:
            x = x.view(x.size(0), x.size(1), 2, -1).sum(2).view(x.size(0), x.size(1), -1)  # (TxNxH*2) -> (TxNxH) by sum
        return x, h


class DeepSpeech(nn.Module):
    def __init__(self, labels, model_cfg, spect_cfg):
        super().__init__()
        self.model_cfg = model_cfg
        self.spect_cfg = spect_cfg
        self.bidirectional = isinstance(model_cfg, BiDirectionalConfig)
        self.labels = labels
        num_classes = len(self.labels)

        self.conv = MaskConv(nn.Sequential(
            nn.Conv2d(1, 32, kernel_size=(41, 11), stride=(2, 2), padding=(20, 5)),
            nn.BatchNorm2d(32),
            nn.Hardtanh(0, 20, inplace=True),
            nn.Conv2d(32, 32, kernel_size=(21, 11), stride=(2, 1), padding=(10, 5)),
            nn.BatchNorm2d(32),
            nn.Hardtanh(0, 20, inplace=True)
        ))
        # Based on above convolutions and spectrogram size using conv formula (W - F + 2P)/ S+1
        rnn_input_size = int(math.floor((self.spect_cfg.sample_rate * self.spect_cfg.window_size) / 2) + 1)
        rnn_input_size = int(math.floor(rnn_input_size + 2 * 20 - 41) / 2 + 1)
        rnn_input_size = int(math.floor(rnn_input_size + 2 * 10 - 21) / 2 + 1)
        rnn_input_size *= 32

        self.rnns = nn.Sequential(
            BatchRNN(
                input_size=rnn_input_size,
                hidden_size=self.model_cfg.hidden_size,
                rnn_type=self.model_cfg.rnn_type,
                bidirectional=self.bidirectional,
                batch_norm=False
            ),
            *(
                BatchRNN(
                    input_size=self.model_cfg.hidden_size,
                    hidden_size=self.model_cfg.hidden_size,
                    rnn_type=self.model_cfg.rnn_type,
                    bidirectional=self.bidirectional
                ) for x in range(self.model_cfg.hidden_layers - 1)
            )
        )
        fully_connected = nn.Sequential(
            nn.BatchNorm1d(self.model_cfg.hidden_size),
            nn.Linear(self.model_cfg.hidden_size, num_classes, bias=False)
        )
        self.fc = nn.Sequential(
            SequenceWise(fully_connected),
        )

    def forward(self, x, lengths, hs=None):
        lengths = lengths.cpu().int()
        output_lengths = self.get_seq_lens(lengths)
        x, _ = self.conv(x, output_lengths)

        sizes = x.size()
        x = x.view(sizes[0], sizes[1] * sizes[2], sizes[3])  # Collapse feature dimension
        x = x.transpose(1, 2).transpose(0, 1).contiguous()  # TxNxH

        if hs is None:
            hs = [None] * len(self.rnns)
        new_hs = []
        for i, rnn in enumerate(self.rnns):
            x, h = rnn(x, output_lengths, hs[i])
            new_hs.append(h)

        x = self.fc(x)
        x = x.transpose(0, 1)
        return x, output_lengths, new_hs

    def get_seq_lens(self, input_length):
        seq_len = input_length
        for m in self.conv.modules():
            if type(m) == nn.modules.conv.Conv2d:
                seq_len = ((seq_len + 2 * m.padding[1] - m.dilation[1] * (m.kernel_size[1] - 1) - 1) // m.stride[1] + 1)
        return seq_len.int()


def probe():
    torch.manual_seed(0)
    labels = list("_'ABCDEFGHIJKLMNOPQRSTUVWXYZ ")
    model = DeepSpeech(labels, BiDirectionalConfig(), SpectConfig())
    inputs = torch.randn(3, 1, 161, 40)  # N x 1 x frequency bins x frames
    input_sizes = torch.tensor([40, 36, 30])
    out, output_sizes, hs = model(inputs, input_sizes)
    out = out.transpose(0, 1).log_softmax(-1)  # TxNxH
    targets = torch.randint(1, len(labels), (3 * 5,))
    loss = F.ctc_loss(out, targets, output_sizes, torch.tensor([5, 5, 5]), blank=0, reduction='sum',
                      zero_infinity=True)
    loss.backward()


if __name__ == "__main__":
    probe()

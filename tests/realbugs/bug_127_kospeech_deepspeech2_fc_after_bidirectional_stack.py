# source: https://github.com/sooftware/kospeech/commit/5934665280a74f3a9da94a7d166f1cb1e4512924
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (52x64 and 32x20)
"""KoSpeech (kospeech/models/deepspeech2/model.py), "Fix bug2": DeepSpeech2 stacks BNReluRNN
layers, bidirectional by default, and computes rnn_output_size = rnn_hidden_dim << 1 for the
layers after the first. The CTC head was built with the per-direction size: a first commit ("Fix
bug") fixed its LayerNorm to rnn_output_size, this one the Linear. Sizes come from the
constructor; the conv front end reports its output dim through get_output_dim()."""
from typing import Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor


class Linear(nn.Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True) -> None:
        super(Linear, self).__init__()
        self.linear = nn.Linear(in_features, out_features, bias=bias)
        nn.init.xavier_uniform_(self.linear.weight)

    def forward(self, x: Tensor) -> Tensor:
        return self.linear(x)


class DeepSpeech2Extractor(nn.Module):
    def __init__(self, input_dim: int, in_channels: int = 1, out_channels: int = 4) -> None:
        super(DeepSpeech2Extractor, self).__init__()
        self.input_dim = input_dim
        self.out_channels = out_channels
        self.conv = nn.Sequential(
            nn.Conv2d(in_channels, out_channels, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1)),
            nn.BatchNorm2d(out_channels),
            nn.Hardtanh(0, 20, inplace=True),
        )

    def get_output_dim(self) -> int:
        return self.out_channels * self.input_dim

    def forward(self, inputs: Tensor, input_lengths: Tensor) -> Tuple[Tensor, Tensor]:
        outputs = self.conv(inputs.unsqueeze(1).transpose(2, 3))      # B x C x D x T
        batch_size, channels, dimension, seq_lengths = outputs.size()
        outputs = outputs.permute(0, 3, 1, 2).reshape(batch_size, seq_lengths, channels * dimension)
        return outputs, input_lengths


class BNReluRNN(nn.Module):
    supported_rnns = {'lstm': nn.LSTM, 'gru': nn.GRU, 'rnn': nn.RNN}

    def __init__(self, input_size: int, hidden_state_dim: int = 512, rnn_type: str = 'gru',
                 bidirectional: bool = True, dropout_p: float = 0.1):
        super(BNReluRNN, self).__init__()
        self.hidden_state_dim = hidden_state_dim
        self.batch_norm = nn.BatchNorm1d(input_size)
        rnn_cell = self.supported_rnns[rnn_type]
        self.rnn = rnn_cell(input_size=input_size, hidden_size=hidden_state_dim, num_layers=1,
                            bias=True, batch_first=True, dropout=dropout_p, bidirectional=bidirectional)

    def forward(self, inputs: Tensor, input_lengths: Tensor):
        total_length = inputs.size(0)
        inputs = F.relu(self.batch_norm(inputs.transpose(1, 2)))
        inputs = inputs.transpose(1, 2)
        outputs = nn.utils.rnn.pack_padded_sequence(inputs, input_lengths.cpu())
        outputs, hidden_states = self.rnn(outputs)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs, total_length=total_length)
        return outputs


class DeepSpeech2(nn.Module):
    def __init__(self, input_dim: int, num_classes: int, rnn_type='gru', num_rnn_layers: int = 5,
                 rnn_hidden_dim: int = 512, dropout_p: float = 0.1, bidirectional: bool = True):
        super(DeepSpeech2, self).__init__()
        self.rnn_layers = nn.ModuleList()
        self.conv = DeepSpeech2Extractor(input_dim)
        rnn_output_size = rnn_hidden_dim << 1 if bidirectional else rnn_hidden_dim

        for idx in range(num_rnn_layers):
            self.rnn_layers.append(
                BNReluRNN(
                    input_size=self.conv.get_output_dim() if idx == 0 else rnn_output_size,
                    hidden_state_dim=rnn_hidden_dim,
                    rnn_type=rnn_type,
                    bidirectional=bidirectional,
                    dropout_p=dropout_p,
                )
            )

        self.fc = nn.Sequential(
            nn.LayerNorm(rnn_output_size),
            Linear(rnn_hidden_dim, num_classes, bias=False),  # fix: the stack's output is rnn_output_size wide
        )

    def forward(self, inputs: Tensor, input_lengths: Tensor) -> Tuple[Tensor, Tensor]:
        outputs, output_lengths = self.conv(inputs, input_lengths)
        outputs = outputs.permute(1, 0, 2).contiguous()
        for rnn_layer in self.rnn_layers:
            outputs = rnn_layer(outputs, output_lengths)
        outputs = self.fc(outputs.transpose(0, 1)).log_softmax(dim=-1)
        return outputs, output_lengths


def probe():
    model = DeepSpeech2(input_dim=8, num_classes=20, num_rnn_layers=2, rnn_hidden_dim=32)
    inputs = torch.randn(2, 26, 8)
    input_lengths = torch.tensor([26, 20])
    model(inputs, input_lengths)


if __name__ == "__main__":
    probe()

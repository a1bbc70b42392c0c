# source: https://github.com/sooftware/kospeech/blob/latest/kospeech/models/deepspeech2/model.py
"""KoSpeech's DeepSpeech2 after "Fix bug" and "Fix bug2" (bug_127's answer): a stack of
bidirectional GRUs fed by a conv front end, each layer after the first sized rnn_output_size =
rnn_hidden_dim << 1, and the CTC head (LayerNorm, Linear) sized rnn_output_size too. The stack
can be switched to one direction; the head follows the same conditional size."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BNReluRNN(nn.Module):
    def __init__(self, input_size, hidden_state_dim=512, rnn_type='gru', bidirectional=True):
        super(BNReluRNN, self).__init__()
        self.batch_norm = nn.BatchNorm1d(input_size)
        rnn_cell = {'lstm': nn.LSTM, 'gru': nn.GRU, 'rnn': nn.RNN}[rnn_type]
        self.rnn = rnn_cell(input_size=input_size, hidden_size=hidden_state_dim, num_layers=1,
                            bias=True, batch_first=True, bidirectional=bidirectional)

    def forward(self, inputs, input_lengths):
        total_length = inputs.size(0)
        inputs = F.relu(self.batch_norm(inputs.transpose(1, 2))).transpose(1, 2)
        outputs = nn.utils.rnn.pack_padded_sequence(inputs, input_lengths.cpu())
        outputs, _ = self.rnn(outputs)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs, total_length=total_length)
        return outputs


class DeepSpeech2(nn.Module):
    def __init__(self, input_dim, num_classes, rnn_type='gru', num_rnn_layers=5, rnn_hidden_dim=512,
                 bidirectional=True, conv_channels=4):
        super(DeepSpeech2, self).__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, conv_channels, kernel_size=3, padding=1), nn.Hardtanh(0, 20))
        conv_output_dim = conv_channels * input_dim
        rnn_output_size = rnn_hidden_dim << 1 if bidirectional else rnn_hidden_dim
        self.rnn_layers = nn.ModuleList([
            BNReluRNN(conv_output_dim if idx == 0 else rnn_output_size, rnn_hidden_dim, rnn_type, bidirectional)
            for idx in range(num_rnn_layers)
        ])
        self.fc = nn.Sequential(nn.LayerNorm(rnn_output_size), nn.Linear(rnn_output_size, num_classes, bias=False))

    def forward(self, inputs, input_lengths):
        outputs = self.conv(inputs.unsqueeze(1))                      # B x C x T x D
        batch_size, channels, seq_length, dimension = outputs.size()
        outputs = outputs.permute(2, 0, 1, 3).reshape(seq_length, batch_size, channels * dimension)
        for rnn_layer in self.rnn_layers:
            outputs = rnn_layer(outputs, input_lengths)
        return self.fc(outputs.transpose(0, 1)).log_softmax(dim=-1)


def probe():
    for bidirectional in (True, False):
        model = DeepSpeech2(input_dim=8, num_classes=20, num_rnn_layers=2, rnn_hidden_dim=32, bidirectional=bidirectional)
        model(torch.randn(2, 26, 8), torch.tensor([26, 20]))


if __name__ == "__main__":
    probe()

# source: https://github.com/NVIDIA-NeMo/Speech/pull/4588
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (60x24 and 12x29)
"""An ASR LSTM decoder over encoder features: with bidirectional=True the LSTM emits
2 * lstm_hidden_size features, but the output layer was sized lstm_hidden_size."""
import torch
import torch.nn as nn


class LSTMDecoder(nn.Module):
    def __init__(self, feat_in, num_classes, lstm_hidden_size, vocabulary=None,
                 bidirectional=False, num_layers=1):
        super().__init__()
        if vocabulary is not None:
            num_classes = len(vocabulary)
        self._feat_in = feat_in
        self._num_classes = num_classes + 1  # the CTC blank
        self.lstm_layer = nn.LSTM(input_size=feat_in, hidden_size=lstm_hidden_size,
                                  num_layers=num_layers, batch_first=True,
                                  bidirectional=bidirectional)
        self.linear_layer = torch.nn.Linear(in_features=lstm_hidden_size, out_features=self._num_classes)  # fix: 2 * lstm_hidden_size when bidirectional

    def forward(self, encoder_output):
        output = encoder_output.transpose(1, 2)
        output, _ = self.lstm_layer(output)
        output = self.linear_layer(output)
        return torch.nn.functional.log_softmax(output, dim=-1)


def probe():
    decoder = LSTMDecoder(feat_in=16, num_classes=28, lstm_hidden_size=12, bidirectional=True)
    decoder(torch.randn(2, 16, 30))


if __name__ == "__main__":
    probe()

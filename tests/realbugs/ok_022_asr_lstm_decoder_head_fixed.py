# source: https://github.com/NVIDIA-NeMo/Speech/pull/4588
"""The fixed LSTM decoder: in_features doubles when bidirectional, in both configurations."""
import torch
import torch.nn as nn


class LSTMDecoder(nn.Module):
    def __init__(self, feat_in, num_classes, lstm_hidden_size, bidirectional=False, num_layers=1):
        super().__init__()
        self._num_classes = num_classes + 1
        self.lstm_layer = nn.LSTM(input_size=feat_in, hidden_size=lstm_hidden_size,
                                  num_layers=num_layers, batch_first=True,
                                  bidirectional=bidirectional)
        if bidirectional:
            lstm_hidden_size = 2 * lstm_hidden_size
        self.linear_layer = torch.nn.Linear(in_features=lstm_hidden_size,
                                            out_features=self._num_classes)

    def forward(self, encoder_output):
        output = encoder_output.transpose(1, 2)
        output, _ = self.lstm_layer(output)
        return torch.nn.functional.log_softmax(self.linear_layer(output), dim=-1)


def probe():
    x = torch.randn(2, 16, 30)
    LSTMDecoder(16, 28, 12, bidirectional=True)(x)
    LSTMDecoder(16, 28, 12)(x)


if __name__ == "__main__":
    probe()

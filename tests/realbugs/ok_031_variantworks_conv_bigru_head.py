# source: https://github.com/NVIDIA/VariantWorks/pull/165
"""VariantWorks' consensus caller: two Conv1d layers over the pileup features, a bidirectional GRU,
and nn.Linear(2 * gru_size, ...). A reviewer asked whether in_features should be gru_size; the
author: no, the GRU is bidirectional. The Conv1d output is transposed to (batch, length,
channels) before the batch_first GRU."""
import torch
import torch.nn as nn


class ConsensusCNN(nn.Module):
    def __init__(self, input_feature_size, num_output_logits, gru_size=128, kernel_size=3):
        super().__init__()
        self.num_output_logits = num_output_logits
        self.conv1 = nn.Conv1d(input_feature_size, 128, kernel_size=kernel_size,
                               padding=int((kernel_size - 1) / 2))
        self.conv2 = nn.Conv1d(128, 128, kernel_size=kernel_size,
                               padding=int((kernel_size - 1) / 2))
        self.gru = nn.GRU(128, gru_size, 1, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * gru_size, self.num_output_logits)

    def forward(self, encoding):
        encoding = encoding.permute(0, 2, 1)  # (batch, features, length) for Conv1d
        encoding = torch.relu(self.conv1(encoding))
        encoding = torch.relu(self.conv2(encoding))
        encoding = encoding.permute(0, 2, 1)  # back to (batch, length, channels)
        encoding, h_n = self.gru(encoding)
        return self.classifier(encoding)


def probe():
    model = ConsensusCNN(input_feature_size=10, num_output_logits=5, gru_size=32, kernel_size=5)
    logits = model(torch.randn(4, 1000, 10))  # (batch, window length, pileup features)
    assert logits.shape == (4, 1000, 5)


if __name__ == "__main__":
    probe()

# source: https://github.com/pytorch/pytorch/issues/19675
"""Reported as "batch_first does not produce outputs with the batch first": with batch_first=True
the final hidden state is still (num_layers * num_directions, batch, hidden), since batch_first
applies to the input and output sequences only. A classifier that reads finalHiddenState[-1]
gets (batch, hidden) and is right."""
import torch
import torch.nn as nn


class SequenceClassifier(nn.Module):
    def __init__(self, feature_size=256, hidden_size=512, num_layers=2, num_classes=4):
        super().__init__()
        self.lstm = nn.LSTM(feature_size, hidden_size, num_layers=num_layers, batch_first=True)
        self.head = nn.Linear(hidden_size, num_classes)

    def forward(self, frames):
        # frames: (batch, seq, feature) because batch_first=True
        _, (finalHiddenState, _) = self.lstm(frames)
        # finalHiddenState: (num_layers, batch, hidden): the batch is the second dim
        return self.head(finalHiddenState[-1])


def probe():
    model = SequenceClassifier(feature_size=32, hidden_size=24, num_layers=2, num_classes=4)
    input = torch.rand([60, 8, 32])  # batch size is 60, sequence size is 8
    assert model(input).shape == (60, 4)


if __name__ == "__main__":
    probe()

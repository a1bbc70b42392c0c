"""CTC acoustic model: the output layer reads both directions."""
import torch.nn as nn


class CTCModel(nn.Module):
    def __init__(self, n_mels, hidden, layers, bidirectional, n_tokens):
        super().__init__()
        self.rnn = nn.LSTM(n_mels, hidden, layers, bidirectional=bidirectional, batch_first=True)
        self.fc = nn.Linear(hidden * 2 if bidirectional else hidden, n_tokens + 1)

    def forward(self, mels):
        out, _ = self.rnn(mels)
        return self.fc(out).log_softmax(-1)

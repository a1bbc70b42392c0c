# source: https://github.com/JuanJavierr/ml1_termproject/blob/HEAD/modules/rnn_model.py
"""`hidden_size * 2 if bidirectional else hidden_size`: the conditional head done right, built
in both configurations."""
import torch
import torch.nn as nn


class TextLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, batch_first=True, dropout=0,
                 bidirectional=True, num_layers=1):
        super(TextLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=batch_first, dropout=dropout,
                            bidirectional=bidirectional, num_layers=num_layers)
        self.fc = nn.Linear(hidden_size * 2 if bidirectional else hidden_size, output_size)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        out, _ = self.lstm(x)
        out = self.fc(out[:, -1, :])
        return self.softmax(out)


def probe():
    x = torch.randn(3, 7, 10)
    TextLSTM(10, 16, 4)(x)
    TextLSTM(10, 16, 4, bidirectional=False)(x)


if __name__ == "__main__":
    probe()

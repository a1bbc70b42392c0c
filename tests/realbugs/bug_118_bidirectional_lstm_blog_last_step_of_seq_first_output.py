# source: https://vincentbogousslavsky.com/post/matrix-multiplication-issue-in-a-bidirectional-lstm-model
# rule: LC007
# torch: ValueError: Expected input batch_size (10) to match target batch_size (32).
"""A blog post, "Matrix multiplication issue in a Bidirectional LSTM Model": a BidirectionalLSTM
classifier whose LSTM is sequence-first (the default, input documented as (seq_len, batch_size,
input_size)) reads its last hidden state with out[:, -1, :], the batch-first idiom. That slice takes
the last sample of the batch at every time step: (seq_len, 2 * hidden_size) instead of
(batch_size, 2 * hidden_size). The Linear accepts it, so nothing fails until the loss compares
seq_len predictions with batch_size labels (the post blames the Linear's size)."""
import torch
import torch.nn as nn


class BidirectionalLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, output_size):
        super(BidirectionalLSTM, self).__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, bidirectional=True)
        self.fc = nn.Linear(hidden_size * 2, output_size)

    def forward(self, x):
        # Input: x of shape (seq_len, batch_size, input_size)
        out, (hn, cn) = self.lstm(x)
        out = self.fc(out[:, -1, :])  # fix: the LSTM is sequence-first: the last time step is out[-1] (batch, 2 * hidden_size)
        return out


# Example usage
input_size = 10
hidden_size = 20
num_layers = 2
output_size = 5


def probe():
    model = BidirectionalLSTM(input_size, hidden_size, num_layers, output_size)
    criterion = nn.CrossEntropyLoss()

    # Example input
    x = torch.randn(10, 32, 10)  # (seq_len, batch_size, input_size)
    labels = torch.randint(0, output_size, (32,))

    output = model(x)
    loss = criterion(output, labels)
    return loss


if __name__ == "__main__":
    probe()

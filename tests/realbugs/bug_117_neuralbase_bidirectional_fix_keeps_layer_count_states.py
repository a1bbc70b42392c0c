# source: https://theneuralbase.com/pytorch/learn/intermediate/nn-lstm-sequence-modeling/
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (4, 3, 16), got [2, 3, 16]
"""theneuralbase.com, "nn.LSTM - sequence modeling": the page's production note turns the
example's LSTM bidirectional ("# FIX: Bidirectional LSTM") and concatenates both directions for
the head, and in the same snippet moves the explicit initial states to the input's device, still
built as torch.zeros(num_layers, batch_size, hidden_size). A bidirectional LSTM needs
num_layers * 2 rows of state, so the "fixed" snippet fails on its first call."""
import torch
import torch.nn as nn

input_size = 8
hidden_size = 16
num_layers = 2
output_size = 4
batch_size = 3
seq_len = 12


def probe():
    X = torch.randn(batch_size, seq_len, input_size)

    # FIX: Bidirectional LSTM - requires concatenating both directions
    lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                   batch_first=True, dropout=0.2, bidirectional=True)  # bidirectional=True

    # FIX: Device mismatch prevention - initialize h0, c0 on same device as input
    h0 = torch.zeros(num_layers, batch_size, hidden_size, device=X.device)  # fix: a bidirectional LSTM needs num_layers * 2 rows: torch.zeros(num_layers * 2, batch_size, hidden_size)
    c0 = torch.zeros(num_layers, batch_size, hidden_size, device=X.device)

    # h_final is (num_layers*2, batch_size, hidden_size)
    lstm_out, (h_final, c_final) = lstm(X, (h0, c0))

    # FIX: Concatenate forward and backward final hidden states
    fc = nn.Linear(hidden_size * 2, output_size)  # hidden_size * 2 because bidirectional
    predictions = fc(torch.cat([h_final[-2], h_final[-1]], dim=1))
    return predictions


if __name__ == "__main__":
    probe()

# source: https://chanlumerico.github.io/lucid/build/html/nn/modules/rnn/LSTM.html
"""lucid, a NumPy-based framework with a torch-like API: lucid.nn.LSTM(input_size, hidden_size,
num_layers, batch_first) returns output, (h_n, c_n) like torch, but its documentation says an
initial state given as a 2-D (batch, hidden) tensor "is accepted and expanded to the first
layer". A 2-D state for a batched 3-D input would fail in torch; in lucid it is documented use.
No probe: lucid is not installed with the test environment."""
import lucid
import lucid.nn as nn


class Tagger(nn.Module):
    def __init__(self, input_size, hidden_size, num_tags):
        super().__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, num_tags)

    def forward(self, seq):
        batch_size = seq.shape[0]
        h0 = lucid.zeros(batch_size, self.hidden_size)
        c0 = lucid.zeros(batch_size, self.hidden_size)
        output, (h_n, c_n) = self.lstm(seq, (h0, c0))
        return self.out(output)


if __name__ == "__main__":
    seq = lucid.randn(3, 5, 4)  # (batch=3, seq_len=5, input_size=4)
    print(Tagger(4, 6, 2)(seq).shape)

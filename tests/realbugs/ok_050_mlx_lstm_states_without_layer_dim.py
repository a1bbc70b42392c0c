# source: https://ml-explore.github.io/mlx/build/html/python/nn/_autosummary/mlx.nn.LSTM.html
"""An MLX model (Apple's array framework), not PyTorch: mlx.nn.LSTM(input_size, hidden_size)
takes batch-first NLD input, its initial hidden and cell states are NH, with no layer dim, and it
returns the hidden and cell states of every step, each NLH. A torch reader would see a state one
dim short and a head on the second output; in MLX both are right. No probe: MLX is not
installed with the test environment."""
import mlx.core as mx
import mlx.nn as nn


class SequenceRegressor(nn.Module):
    def __init__(self, input_dims, hidden_dims, output_dims):
        super().__init__()
        self.hidden_dims = hidden_dims
        self.lstm = nn.LSTM(input_dims, hidden_dims)
        self.head = nn.Linear(hidden_dims, output_dims)

    def __call__(self, x):
        batch_size = x.shape[0]
        h0 = mx.zeros((batch_size, self.hidden_dims))
        c0 = mx.zeros((batch_size, self.hidden_dims))
        hidden, cell = self.lstm(x, hidden=h0, cell=c0)
        return self.head(hidden[:, -1, :])


if __name__ == "__main__":
    model = SequenceRegressor(input_dims=8, hidden_dims=16, output_dims=1)
    print(model(mx.random.normal((4, 10, 8))).shape)

# source: https://github.com/Guillem96/madgan-pytorch/issues/3
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 32, got 4
"""MAD-GAN's generator LSTM is built for a latent space of LATENT_SPACE_DIM (32) features, but the
training script draws its noise with the shape of the data windows, whose last dim is the number
of columns of the CSV (4 sensors): the generator's LSTM gets 4 features where it expects 32."""
import torch
import torch.nn as nn

# madgan/constants.py
LATENT_SPACE_DIM = 32
WINDOW_SIZE = 12
REAL_LABEL = 1.0


class Generator(nn.Module):

    def __init__(self, latent_space_dim: int, hidden_units: int, output_dim: int,
                 n_lstm_layers: int = 2) -> None:
        super().__init__()
        self.latent_space_dim = latent_space_dim
        self.hidden_units = hidden_units
        self.n_lstm_layers = n_lstm_layers
        self.output_dim = output_dim
        self.lstm = nn.LSTM(input_size=self.latent_space_dim,
                            hidden_size=self.hidden_units,
                            num_layers=self.n_lstm_layers,
                            batch_first=True,
                            dropout=.1)
        self.linear = nn.Linear(in_features=self.hidden_units, out_features=self.output_dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rnn_output, _ = self.lstm(x)
        return self.linear(rnn_output)


class LatentSpaceIterator:
    """madgan/data.py: endless batches of gaussian noise of a fixed shape."""

    def __init__(self, noise_shape):
        self.noise_shape = noise_shape

    def __iter__(self):
        return self

    def __next__(self):
        return torch.randn(self.noise_shape)


def train(n_columns, batch_size=8, hidden_dim=16, window_size=WINDOW_SIZE):
    latent_space = LatentSpaceIterator(noise_shape=[
        batch_size,
        window_size,
        n_columns,  # fix: the noise's last dim is the generator's latent size, LATENT_SPACE_DIM
    ])
    generator = Generator(latent_space_dim=LATENT_SPACE_DIM, hidden_units=hidden_dim,
                          output_dim=n_columns)
    z = next(latent_space)
    return generator(z)


def probe():
    # df = pd.read_csv(input_data); df.shape[-1] == 4 sensor columns
    train(n_columns=4)


if __name__ == "__main__":
    probe()

# source: https://github.com/NotVinay/karaokey/issues/3
# rule: LC007
# torch: RuntimeError: shape '[2, 5, 6]' is invalid for input of size 120
"""A source-separation LSTM (dense reduction, LSTM, dense expansion) switched to a bidirectional
LSTM: the output now has 2 * hidden_size features per frame, but it is still flattened with
reshape(-1, hidden_size) into the expansion layer sized for one direction, so the frames double
and the final reshape to (batches, frames, features) fails."""
import torch
import torch.nn.functional as F
from torch.nn import LSTM, Linear, Module, Parameter


class LSTM_Model(Module):
    def __init__(self, nb_features, nb_frames, hidden_size=256, nb_layers=1, input_mean=None,
                 input_scale=None, output_mean=None):
        super(LSTM_Model, self).__init__()
        self.hidden_size = hidden_size
        self.input_mean = Parameter(torch.as_tensor(input_mean, dtype=torch.float32))
        self.input_scale = Parameter(torch.as_tensor(input_scale, dtype=torch.float32))
        # fully connected dense layer for input dimensionality reduction
        self.fc_dr = Linear(
            in_features=nb_features,
            out_features=hidden_size
        )
        # LSTM layer
        self.lstm = LSTM(
            input_size=hidden_size,
            hidden_size=hidden_size,
            num_layers=nb_layers,
            batch_first=True,
            bidirectional=True
        )
        # fully connected dense layer for input dimensionality expansion
        self.fc_de = Linear(
            in_features=hidden_size,  # fix: a bidirectional LSTM gives 2 * hidden_size features: size this layer (and the reshape before it) for both directions
            out_features=nb_features
        )
        self.output_scale = Parameter(torch.ones(nb_features))
        self.output_mean = Parameter(torch.as_tensor(output_mean, dtype=torch.float32))

    def forward(self, x):
        nb_batches, nb_frames, nb_features = x.data.shape
        x = (x - self.input_mean) / self.input_scale
        # reduce input dimensionality
        x = self.fc_dr(x.reshape(-1, nb_features))
        x = torch.tanh(x)
        x = x.reshape(nb_batches, nb_frames, self.hidden_size)
        # feed into LSTM layer(s)
        x, state = self.lstm(x)
        # making sure that the shape of the tensors are correct to be feed into next FC layer
        x = x.reshape(-1, self.hidden_size)
        x = self.fc_de(x)
        x = x.reshape(nb_batches, nb_frames, nb_features)
        x = x * self.output_scale + self.output_mean
        return F.relu(x)


def probe():
    nb_features, nb_frames = 6, 5
    model = LSTM_Model(nb_features, nb_frames, hidden_size=4,
                       input_mean=[0.0] * nb_features, input_scale=[1.0] * nb_features,
                       output_mean=[0.0] * nb_features)
    model(torch.rand(2, nb_frames, nb_features))


if __name__ == "__main__":
    probe()

# source: https://github.com/CUN-bjy/lstm-vae-torch/issues/2
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors
"""LSTM-VAE: the decoder's initial state is fc3(z), a (batch, hidden) matrix, used as both h_0 and
c_0 without the layer dimension: For batched 3-D input, hx and cx should also be 3-D but got
(2-D, 2-D) tensors."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, input_size=4096, hidden_size=1024, num_layers=2):
        super(Encoder, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(
            input_size,
            hidden_size,
            num_layers,
            batch_first=True,
            bidirectional=False,
        )

    def forward(self, x):
        outputs, (hidden, cell) = self.lstm(x)
        return (hidden, cell)


class Decoder(nn.Module):
    def __init__(self, input_size=4096, hidden_size=1024, output_size=4096, num_layers=2):
        super(Decoder, self).__init__()
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.num_layers = num_layers
        self.lstm = nn.LSTM(
            input_size,
            hidden_size,
            num_layers,
            batch_first=True,
            bidirectional=False,
        )
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x, hidden):
        output, (hidden, cell) = self.lstm(x, hidden)
        prediction = self.fc(output)
        return prediction, (hidden, cell)


class LSTMVAE(nn.Module):
    def __init__(self, input_size, hidden_size, latent_size, device=torch.device("cpu")):
        super(LSTMVAE, self).__init__()
        self.device = device
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.latent_size = latent_size
        self.num_layers = 1
        self.lstm_enc = Encoder(
            input_size=input_size, hidden_size=hidden_size, num_layers=self.num_layers
        )
        self.lstm_dec = Decoder(
            input_size=latent_size,
            output_size=input_size,
            hidden_size=hidden_size,
            num_layers=self.num_layers,
        )
        self.fc21 = nn.Linear(self.hidden_size, self.latent_size)
        self.fc22 = nn.Linear(self.hidden_size, self.latent_size)
        self.fc3 = nn.Linear(self.latent_size, self.hidden_size)

    def reparametize(self, mu, logvar):
        std = torch.exp(0.5 * logvar)
        noise = torch.randn_like(std).to(self.device)
        return mu + noise * std

    def forward(self, x):
        batch_size, seq_len, feature_dim = x.shape
        enc_hidden = self.lstm_enc(x)
        enc_h = enc_hidden[0].view(batch_size, self.hidden_size).to(self.device)
        mean = self.fc21(enc_h)
        logvar = self.fc22(enc_h)
        z = self.reparametize(mean, logvar)  # batch_size x latent_size
        h_ = self.fc3(z)
        z = z.repeat(1, seq_len, 1)
        z = z.view(batch_size, seq_len, self.latent_size).to(self.device)
        hidden = (h_.contiguous(), h_.contiguous())  # fix: add the layer dimension: (h_.unsqueeze(0).contiguous(), h_.unsqueeze(0).contiguous())
        reconstruct_output, hidden = self.lstm_dec(z, hidden)
        return reconstruct_output


def probe():
    model = LSTMVAE(input_size=20, hidden_size=16, latent_size=8)
    model(torch.randn(4, 6, 20))


if __name__ == "__main__":
    probe()

"""BUG (one edit to the correct file): the encoder's state takes its batch from X.size(1), the time axis, not X.size(0).

DA-RNN: one-step LSTMs (unsqueeze(0) makes a length-1 sequence) whose (1, batch, hidden)
states are repeated and permuted to meet the inputs in an attention Linear of
2 * hidden + T - 1, and whose h_n is written into a (batch, T-1, hidden) buffer.

source: Zhenye-Na/DA-RNN@4294abc8be739a4272f39f673a809b595c7220a6 src/model.py
"""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable


class Encoder(nn.Module):
    def __init__(self, T, input_size, encoder_num_hidden, parallel=False):
        super(Encoder, self).__init__()
        self.encoder_num_hidden = encoder_num_hidden
        self.input_size = input_size
        self.parallel = parallel
        self.T = T
        self.encoder_lstm = nn.LSTM(
            input_size=self.input_size,
            hidden_size=self.encoder_num_hidden,
            num_layers=1
        )
        self.encoder_attn = nn.Linear(
            in_features=2 * self.encoder_num_hidden + self.T - 1,
            out_features=1
        )

    def forward(self, X):
        X_tilde = Variable(X.data.new(X.size(0), self.T - 1, self.input_size).zero_())
        X_encoded = Variable(X.data.new(X.size(0), self.T - 1, self.encoder_num_hidden).zero_())
        h_n = self._init_states(X)
        s_n = self._init_states(X)
        for t in range(self.T - 1):
            x = torch.cat((h_n.repeat(self.input_size, 1, 1).permute(1, 0, 2),
                           s_n.repeat(self.input_size, 1, 1).permute(1, 0, 2),
                           X.permute(0, 2, 1)), dim=2)
            x = self.encoder_attn(x.view(-1, self.encoder_num_hidden * 2 + self.T - 1))
            alpha = F.softmax(x.view(-1, self.input_size), dim=1)
            x_tilde = torch.mul(alpha, X[:, t, :])
            _, final_state = self.encoder_lstm(x_tilde.unsqueeze(0), (h_n, s_n))
            h_n = final_state[0]
            s_n = final_state[1]
            X_tilde[:, t, :] = x_tilde
            X_encoded[:, t, :] = h_n
        return X_tilde, X_encoded

    def _init_states(self, X):
        return Variable(X.data.new(1, X.size(1), self.encoder_num_hidden).zero_())  # expect: LC009


class Decoder(nn.Module):
    def __init__(self, T, decoder_num_hidden, encoder_num_hidden):
        super(Decoder, self).__init__()
        self.decoder_num_hidden = decoder_num_hidden
        self.encoder_num_hidden = encoder_num_hidden
        self.T = T
        self.attn_layer = nn.Sequential(
            nn.Linear(2 * decoder_num_hidden + encoder_num_hidden, encoder_num_hidden),
            nn.Tanh(),
            nn.Linear(encoder_num_hidden, 1)
        )
        self.lstm_layer = nn.LSTM(input_size=1, hidden_size=decoder_num_hidden)
        self.fc = nn.Linear(encoder_num_hidden + 1, 1)
        self.fc_final = nn.Linear(decoder_num_hidden + encoder_num_hidden, 1)

    def forward(self, X_encoded, y_prev):
        d_n = self._init_states(X_encoded)
        c_n = self._init_states(X_encoded)
        for t in range(self.T - 1):
            x = torch.cat((d_n.repeat(self.T - 1, 1, 1).permute(1, 0, 2),
                           c_n.repeat(self.T - 1, 1, 1).permute(1, 0, 2),
                           X_encoded), dim=2)
            beta = F.softmax(self.attn_layer(
                x.view(-1, 2 * self.decoder_num_hidden + self.encoder_num_hidden)).view(-1, self.T - 1), dim=1)
            context = torch.bmm(beta.unsqueeze(1), X_encoded)[:, 0, :]
            y_tilde = self.fc(torch.cat((context, y_prev[:, t].unsqueeze(1)), dim=1))
            _, final_states = self.lstm_layer(y_tilde.unsqueeze(0), (d_n, c_n))
            d_n = final_states[0]
            c_n = final_states[1]
        return self.fc_final(torch.cat((d_n[0], context), dim=1))

    def _init_states(self, X):
        return Variable(X.data.new(1, X.size(0), self.decoder_num_hidden).zero_())


def probe():
    T, input_size, batch = 10, 81, 16
    encoder = Encoder(T, input_size, 64)
    decoder = Decoder(T, 64, 64)
    with torch.no_grad():
        _, encoded = encoder(torch.randn(batch, T - 1, input_size))
        decoder(encoded, torch.randn(batch, T - 1))

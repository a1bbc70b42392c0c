# source: https://github.com/shirgur/PointerNet/blob/c7ed05066fb40d4f1832dd24de28da259293983c/PointerNet.py
"""shirgur/PointerNet (PointerNet.py, Train.py): the encoder halves `hidden_dim` per direction
when bidirectional and doubles its state rows (`n_layers * 2`), building h0/c0 by repeating a
zero parameter to (n_layers, batch, hidden_dim) from a batch-first input it permutes to
time-first; the decoder (a hand-written LSTM step on Linear gates) starts from the last layer's
two directions concatenated, `torch.cat(encoder_hidden[0][-2:], dim=-1)`: the (2, batch,
hidden/2) slice taken as two (batch, hidden/2) tensors gives (batch, hidden). (The original
passes the slice itself, which torch 2.13's cat refuses with a TypeError; `tuple(...)` is added
here so the look-alike runs.) Looks like states whose rows ignore the directions and a 3-D
state handed to a cell-like decoder; right, run bidirectional and one-way with two layers."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import Parameter


class Encoder(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, n_layers, dropout, bidir):
        super(Encoder, self).__init__()
        self.hidden_dim = hidden_dim // 2 if bidir else hidden_dim
        self.n_layers = n_layers * 2 if bidir else n_layers
        self.bidir = bidir
        self.lstm = nn.LSTM(embedding_dim,
                            self.hidden_dim,
                            n_layers,
                            dropout=dropout,
                            bidirectional=bidir)

        # Used for propagating .cuda() command
        self.h0 = Parameter(torch.zeros(1), requires_grad=False)
        self.c0 = Parameter(torch.zeros(1), requires_grad=False)

    def forward(self, embedded_inputs, hidden):
        embedded_inputs = embedded_inputs.permute(1, 0, 2)
        outputs, hidden = self.lstm(embedded_inputs, hidden)
        return outputs.permute(1, 0, 2), hidden

    def init_hidden(self, embedded_inputs):
        batch_size = embedded_inputs.size(0)

        # Reshaping (Expanding)
        h0 = self.h0.unsqueeze(0).unsqueeze(0).repeat(self.n_layers, batch_size, self.hidden_dim)
        c0 = self.h0.unsqueeze(0).unsqueeze(0).repeat(self.n_layers, batch_size, self.hidden_dim)
        return h0, c0


class Decoder(nn.Module):
    def __init__(self, embedding_dim, hidden_dim):
        super(Decoder, self).__init__()
        self.embedding_dim = embedding_dim
        self.hidden_dim = hidden_dim

        self.input_to_hidden = nn.Linear(embedding_dim, 4 * hidden_dim)
        self.hidden_to_hidden = nn.Linear(hidden_dim, 4 * hidden_dim)
        self.hidden_out = nn.Linear(hidden_dim * 2, hidden_dim)
        self.context_linear = nn.Conv1d(hidden_dim, hidden_dim, 1, 1)
        self.input_linear = nn.Linear(hidden_dim, hidden_dim)
        self.V = Parameter(torch.randn(hidden_dim))

    def attend(self, h_t, context):
        inp = self.input_linear(h_t).unsqueeze(2).expand(-1, -1, context.size(1))
        ctx = self.context_linear(context.permute(0, 2, 1))
        V = self.V.unsqueeze(0).expand(context.size(0), -1).unsqueeze(1)
        att = torch.bmm(V, torch.tanh(inp + ctx)).squeeze(1)
        alpha = F.softmax(att, dim=1)
        return torch.bmm(ctx, alpha.unsqueeze(2)).squeeze(2), alpha

    def forward(self, embedded_inputs, decoder_input, hidden, context):
        outputs = []
        for _ in range(embedded_inputs.size(1)):
            h, c = hidden
            gates = self.input_to_hidden(decoder_input) + self.hidden_to_hidden(h)
            input, forget, cell, out = gates.chunk(4, 1)
            c_t = torch.sigmoid(forget) * c + torch.sigmoid(input) * torch.tanh(cell)
            h_t = torch.sigmoid(out) * torch.tanh(c_t)
            hidden_t, alpha = self.attend(h_t, context)
            hidden_t = torch.tanh(self.hidden_out(torch.cat((hidden_t, h_t), 1)))
            hidden = (hidden_t, c_t)
            indices = alpha.argmax(dim=1)
            decoder_input = embedded_inputs[torch.arange(embedded_inputs.size(0)), indices]
            outputs.append(alpha.unsqueeze(0))
        return torch.cat(outputs).permute(1, 0, 2), hidden


class PointerNet(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, lstm_layers, dropout, bidir=False):
        super(PointerNet, self).__init__()
        self.embedding_dim = embedding_dim
        self.bidir = bidir
        self.embedding = nn.Linear(2, embedding_dim)
        self.encoder = Encoder(embedding_dim, hidden_dim, lstm_layers, dropout, bidir)
        self.decoder = Decoder(embedding_dim, hidden_dim)
        self.decoder_input0 = Parameter(torch.FloatTensor(embedding_dim).uniform_(-1, 1), requires_grad=False)

    def forward(self, inputs):
        batch_size = inputs.size(0)
        input_length = inputs.size(1)

        decoder_input0 = self.decoder_input0.unsqueeze(0).expand(batch_size, -1)

        inputs = inputs.view(batch_size * input_length, -1)
        embedded_inputs = self.embedding(inputs).view(batch_size, input_length, -1)

        encoder_hidden0 = self.encoder.init_hidden(embedded_inputs)
        encoder_outputs, encoder_hidden = self.encoder(embedded_inputs, encoder_hidden0)
        if self.bidir:
            decoder_hidden0 = (torch.cat(tuple(encoder_hidden[0][-2:]), dim=-1),
                               torch.cat(tuple(encoder_hidden[1][-2:]), dim=-1))
        else:
            decoder_hidden0 = (encoder_hidden[0][-1],
                               encoder_hidden[1][-1])
        outputs, decoder_hidden = self.decoder(embedded_inputs, decoder_input0, decoder_hidden0, encoder_outputs)
        return outputs


def probe():
    points = torch.rand(3, 5, 2)  # a batch of TSP instances, 5 points each
    for bidir in (True, False):
        model = PointerNet(embedding_dim=8, hidden_dim=12, lstm_layers=2, dropout=0.0, bidir=bidir)
        assert model(points).shape == (3, 5, 5)


if __name__ == "__main__":
    probe()

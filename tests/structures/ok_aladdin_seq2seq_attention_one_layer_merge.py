# source: https://github.com/aladdinpersson/Machine-Learning-Collection (Seq2Seq_attention, as published: num_layers = 1)
# torch: runs
# The tutorial as written: a one-layer bidirectional encoder, whose two rows the Linear merges
# into the one-layer decoder's (1, N, H) state. torch runs it.
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(input_size, embedding_size)
        self.rnn = nn.LSTM(embedding_size, hidden_size, num_layers, bidirectional=True)
        self.fc_hidden = nn.Linear(hidden_size * 2, hidden_size)
        self.fc_cell = nn.Linear(hidden_size * 2, hidden_size)

    def forward(self, x):
        encoder_states, (hidden, cell) = self.rnn(self.embedding(x))
        hidden = self.fc_hidden(torch.cat((hidden[0:1], hidden[1:2]), dim=2))
        cell = self.fc_cell(torch.cat((cell[0:1], cell[1:2]), dim=2))
        return encoder_states, hidden, cell


class Decoder(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(input_size, embedding_size)
        self.rnn = nn.LSTM(hidden_size * 2 + embedding_size, hidden_size, num_layers)

    def forward(self, x, encoder_states, hidden, cell):
        embedding = self.embedding(x.unsqueeze(0))
        context = encoder_states.mean(dim=0, keepdim=True)
        outputs, (hidden, cell) = self.rnn(torch.cat((context, embedding), dim=2), (hidden, cell))
        return outputs, hidden, cell


def probe():
    num_layers = 1
    encoder = Encoder(20, 8, 16, num_layers)
    decoder = Decoder(20, 8, 16, num_layers)
    source = torch.randint(0, 20, (5, 3))
    encoder_states, hidden, cell = encoder(source)
    decoder(torch.randint(0, 20, (3,)), encoder_states, hidden, cell)


if __name__ == "__main__":
    probe()

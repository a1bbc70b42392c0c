# source: https://github.com/aladdinpersson/Machine-Learning-Collection/issues/110
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 3, 16), got [1, 3, 16]
"""Seq2seq with attention: the bidirectional encoder merges its final states with
hidden[0:1] and hidden[1:2], which keeps one layer; with num_layers = 2 the decoder's LSTM
expects two."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size, num_layers, p):
        super(Encoder, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.embedding = nn.Embedding(input_size, embedding_size)
        self.rnn = nn.LSTM(embedding_size, hidden_size, num_layers, bidirectional=True)
        self.fc_hidden = nn.Linear(hidden_size * 2, hidden_size)
        self.fc_cell = nn.Linear(hidden_size * 2, hidden_size)
        self.dropout = nn.Dropout(p)

    def forward(self, x):
        embedding = self.dropout(self.embedding(x))
        encoder_states, (hidden, cell) = self.rnn(embedding)
        # join forward and backward states for the one-way decoder
        hidden = self.fc_hidden(torch.cat((hidden[0:1], hidden[1:2]), dim=2))  # fix: join each layer's two directions (hidden[-2*L::2], hidden[1::2]) so num_layers states remain
        cell = self.fc_cell(torch.cat((cell[0:1], cell[1:2]), dim=2))
        return encoder_states, hidden, cell


class Decoder(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size, output_size, num_layers, p):
        super(Decoder, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.embedding = nn.Embedding(input_size, embedding_size)
        self.rnn = nn.LSTM(hidden_size * 2 + embedding_size, hidden_size, num_layers)
        self.energy = nn.Linear(hidden_size * 3, 1)
        self.fc = nn.Linear(hidden_size, output_size)
        self.dropout = nn.Dropout(p)
        self.softmax = nn.Softmax(dim=0)
        self.relu = nn.ReLU()

    def forward(self, x, encoder_states, hidden, cell):
        x = x.unsqueeze(0)
        embedding = self.dropout(self.embedding(x))
        sequence_length = encoder_states.shape[0]
        h_reshaped = hidden[-1:].repeat(sequence_length, 1, 1)
        energy = self.relu(self.energy(torch.cat((h_reshaped, encoder_states), dim=2)))
        attention = self.softmax(energy)
        context_vector = torch.einsum("snk,snl->knl", attention, encoder_states)
        rnn_input = torch.cat((context_vector, embedding), dim=2)
        outputs, (hidden, cell) = self.rnn(rnn_input, (hidden, cell))
        predictions = self.fc(outputs).squeeze(0)
        return predictions, hidden, cell


# Model hyperparameters
input_size_encoder = 40
input_size_decoder = 50
output_size = 50
encoder_embedding_size = 12
decoder_embedding_size = 12
hidden_size = 16
num_layers = 2
enc_dropout = 0.0
dec_dropout = 0.0


def probe():
    encoder_net = Encoder(input_size_encoder, encoder_embedding_size, hidden_size, num_layers,
                          enc_dropout)
    decoder_net = Decoder(input_size_decoder, decoder_embedding_size, hidden_size, output_size,
                          num_layers, dec_dropout)
    source = torch.randint(0, input_size_encoder, (7, 3))
    encoder_states, hidden, cell = encoder_net(source)
    decoder_net(torch.randint(0, input_size_decoder, (3,)), encoder_states, hidden, cell)


if __name__ == "__main__":
    probe()

# source: https://github.com/yanwii/seq2seq/issues/25
"""yanwii/seq2seq's attention decoder with the dropout moved where a one-layer GRU can use it
(bug_123's answer): the GRU takes cat(word embedding, previous context), hidden_size * 2 wide,
and the decoder's dropout_p becomes an nn.Dropout on the embedding; the decoder's state is the
encoder's final (n_layers, 1, hidden) state, one sentence at a time."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SOS_token = 2


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1):
        super(EncoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers)

    def forward(self, word_inputs, hidden):
        embedded = self.embedding(word_inputs).view(len(word_inputs), 1, -1)
        return self.gru(embedded, hidden)

    def init_hidden(self):
        return torch.zeros(self.n_layers, 1, self.hidden_size)


class AttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, dropout_p=0.1):
        super(AttnDecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.dropout = nn.Dropout(dropout_p)
        self.gru = nn.GRU(hidden_size * 2, hidden_size, n_layers)
        self.attn = nn.Linear(hidden_size, hidden_size)
        self.out = nn.Linear(hidden_size * 2, output_size)

    def forward(self, word_input, last_context, last_hidden, encoder_outputs):
        word_embedded = self.dropout(self.embedding(word_input).view(1, 1, -1))
        rnn_output, hidden = self.gru(torch.cat((word_embedded, last_context.unsqueeze(0)), 2), last_hidden)
        energies = torch.stack([torch.dot(rnn_output.view(-1), self.attn(o).view(-1)) for o in encoder_outputs])
        attn_weights = F.softmax(energies, dim=0).view(1, 1, -1)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1)).squeeze(1)
        output = F.log_softmax(self.out(torch.cat((rnn_output.squeeze(0), context), 1)), dim=1)
        return output, context, hidden


def probe():
    encoder = EncoderRNN(7, 100, n_layers=1)
    decoder = AttnDecoderRNN(100, 9, n_layers=1, dropout_p=0.05)
    encoder_outputs, hidden = encoder(torch.randint(0, 7, (5, 1)), encoder.init_hidden())
    decoder_input, context = torch.LongTensor([[SOS_token]]), torch.zeros(1, 100)
    for target in torch.randint(0, 9, (4, 1)):
        _, context, hidden = decoder(decoder_input, context, hidden, encoder_outputs)
        decoder_input = target


if __name__ == "__main__":
    probe()

# source: https://github.com/yanwii/seq2seq/issues/25
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.05 and num_layers=1
"""yanwii/seq2seq (seq2seq.py): a Chinese chatbot whose attention decoder passes its dropout_p to
the GRU itself. The seq2seq wrapper builds the encoder and the decoder from attributes set in its
constructor, n_layers = 1 and dropout_p = 0.05, so the decoder's one-layer GRU gets a dropout it
can never apply; the reporter's log opens with torch's warning (dropout=0.01 in their copy)."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

SOS_token = 2
EOS_token = 1


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1):
        super(EncoderRNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers)

    def forward(self, word_inputs, hidden):
        seq_len = len(word_inputs)
        embedded = self.embedding(word_inputs).view(seq_len, 1, -1)
        output, hidden = self.gru(embedded, hidden)
        return output, hidden

    def init_hidden(self):
        return torch.zeros(self.n_layers, 1, self.hidden_size)


class Attn(nn.Module):
    def __init__(self, method, hidden_size):
        super(Attn, self).__init__()
        self.method = method
        self.attn = nn.Linear(hidden_size, hidden_size)

    def forward(self, hidden, encoder_outputs):
        energies = torch.stack([torch.dot(hidden.view(-1), self.attn(out).view(-1))
                                for out in encoder_outputs])
        return F.softmax(energies, dim=0).unsqueeze(0).unsqueeze(0)


class AttnDecoderRNN(nn.Module):
    def __init__(self, attn_model, hidden_size, output_size, n_layers=1, dropout_p=0.1, max_length=10):
        super(AttnDecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.dropout_p = dropout_p
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size * 2, hidden_size, n_layers, dropout=dropout_p)  # fix: no dropout inside a one-layer GRU (or n_layers > 1)
        self.out = nn.Linear(hidden_size * 2, output_size)
        self.attn = Attn(attn_model, hidden_size)

    def forward(self, word_input, last_context, last_hidden, encoder_outputs):
        word_embedded = self.embedding(word_input).view(1, 1, -1)
        rnn_input = torch.cat((word_embedded, last_context.unsqueeze(0)), 2)
        rnn_output, hidden = self.gru(rnn_input, last_hidden)
        attn_weights = self.attn(rnn_output.squeeze(0), encoder_outputs)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1)).squeeze(1)
        output = F.log_softmax(self.out(torch.cat((rnn_output.squeeze(0), context), 1)), dim=1)
        return output, context, hidden, attn_weights


class seq2seq(nn.Module):
    def __init__(self):
        super(seq2seq, self).__init__()
        self.input_size = 7
        self.output_size = 9
        self.hidden_size = 100
        self.max_length = 15
        self.n_layers = 1
        self.dropout_p = 0.05
        self.encoder = EncoderRNN(self.input_size, self.hidden_size, self.n_layers)
        self.decoder = AttnDecoderRNN('general', self.hidden_size, self.output_size,
                                      self.n_layers, self.dropout_p, self.max_length)

    def step(self, input_variable, target_variable):
        encoder_hidden = self.encoder.init_hidden()
        encoder_outputs, encoder_hidden = self.encoder(input_variable, encoder_hidden)
        decoder_input = torch.LongTensor([[SOS_token]])
        decoder_context = torch.zeros(1, self.decoder.hidden_size)
        decoder_hidden = encoder_hidden
        outputs = []
        for di in range(target_variable.size(0)):
            decoder_output, decoder_context, decoder_hidden, _ = self.decoder(
                decoder_input, decoder_context, decoder_hidden, encoder_outputs)
            outputs.append(decoder_output)
            decoder_input = target_variable[di]
        return torch.stack(outputs)


def probe():
    random.seed(0)
    model = seq2seq()
    inputs = torch.randint(0, 7, (5, 1))
    targets = torch.randint(0, 9, (4, 1))
    model.step(inputs, targets)


if __name__ == "__main__":
    probe()

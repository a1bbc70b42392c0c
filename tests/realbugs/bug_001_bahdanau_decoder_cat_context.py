# source: https://github.com/spro/practical-pytorch/issues/133
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 16
"""Bahdanau attention decoder: the GRU input is the word embedding concatenated with the
attention context, but the GRU was built for the embedding alone."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attn(nn.Module):
    def __init__(self, hidden_size):
        super(Attn, self).__init__()
        self.hidden_size = hidden_size
        self.attn = nn.Linear(hidden_size, hidden_size)

    def forward(self, hidden, encoder_outputs):
        # hidden: (B, H), encoder_outputs: (T, B, H)
        energy = self.attn(encoder_outputs).transpose(0, 1)  # B x T x H
        scores = energy.bmm(hidden.unsqueeze(2)).squeeze(2)  # B x T
        return F.softmax(scores, dim=1).unsqueeze(1)  # B x 1 x T


class BahdanauAttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, dropout_p=0.1):
        super(BahdanauAttnDecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.dropout_p = dropout_p

        self.embedding = nn.Embedding(output_size, hidden_size)
        self.dropout = nn.Dropout(dropout_p)
        self.attn = Attn(hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers)  # fix: the input is embedding + context: hidden_size * 2
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, word_input, last_hidden, encoder_outputs):
        word_embedded = self.embedding(word_input).view(1, word_input.size(0), -1)  # 1 x B x H
        word_embedded = self.dropout(word_embedded)
        attn_weights = self.attn(last_hidden[-1], encoder_outputs)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1))  # B x 1 x H
        context = context.transpose(0, 1)  # 1 x B x H
        rnn_input = torch.cat((word_embedded, context), 2)
        output, hidden = self.gru(rnn_input, last_hidden)
        output = F.log_softmax(self.out(output.squeeze(0)), dim=1)
        return output, hidden, attn_weights


def probe():
    hidden_size, n_words, batch = 8, 20, 3
    decoder = BahdanauAttnDecoderRNN(hidden_size, n_words)
    encoder_outputs = torch.randn(5, batch, hidden_size)
    last_hidden = torch.zeros(1, batch, hidden_size)
    decoder(torch.tensor([1, 2, 3]), last_hidden, encoder_outputs)


if __name__ == "__main__":
    probe()

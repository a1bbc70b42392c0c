# source: https://github.com/spro/practical-pytorch/issues/24
"""Looks like bug_001, but the GRU is sized for the concatenation (hidden_size * 2) it is fed."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class AttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, dropout_p=0.1):
        super(AttnDecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.attn = nn.Linear(hidden_size * 2, hidden_size)
        self.gru = nn.GRU(hidden_size * 2, hidden_size, n_layers)
        self.out = nn.Linear(hidden_size * 2, output_size)

    def forward(self, word_input, last_context, last_hidden, encoder_outputs):
        word_embedded = self.embedding(word_input).view(1, 1, -1)
        rnn_input = torch.cat((word_embedded, last_context.unsqueeze(0)), 2)
        rnn_output, hidden = self.gru(rnn_input, last_hidden)
        energies = (encoder_outputs.squeeze(1) @ rnn_output.squeeze(0).t()).t()
        attn_weights = F.softmax(energies, dim=1).unsqueeze(0)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1))
        rnn_output = rnn_output.squeeze(0)
        context = context.squeeze(1)
        output = F.log_softmax(self.out(torch.cat((rnn_output, context), 1)), dim=1)
        return output, context, hidden, attn_weights


def probe():
    hidden_size = 8
    decoder = AttnDecoderRNN(hidden_size, 20)
    encoder_outputs = torch.randn(5, 1, hidden_size)
    decoder(torch.tensor([3]), torch.zeros(1, hidden_size), torch.zeros(1, 1, hidden_size),
            encoder_outputs)


if __name__ == "__main__":
    probe()

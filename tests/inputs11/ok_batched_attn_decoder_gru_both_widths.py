# torch: runs
# The look-alike of spro/practical-pytorch issue #133's decoder: the GRU takes the embedding
# and the attention context together.
import torch
import torch.nn as nn
import torch.nn.functional as F


class BahdanauDecoder(nn.Module):
    def __init__(self, hidden_size, output_size):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.attn = nn.Linear(hidden_size, hidden_size)
        self.gru = nn.GRU(hidden_size * 2, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, word_input, last_hidden, encoder_outputs):
        word_embedded = self.embedding(word_input).view(1, 1, -1)  # (1, 1, H)
        energies = torch.bmm(self.attn(encoder_outputs).transpose(0, 1),
                             last_hidden.permute(1, 2, 0))  # (1, T, 1)
        weights = F.softmax(energies.squeeze(2), dim=1).unsqueeze(1)  # (1, 1, T)
        context = weights.bmm(encoder_outputs.transpose(0, 1)).transpose(0, 1)  # (1, 1, H)
        rnn_input = torch.cat((word_embedded, context), 2)
        output, hidden = self.gru(rnn_input, last_hidden)
        return F.log_softmax(self.out(output.squeeze(0)), dim=1), hidden


def probe():
    decoder = BahdanauDecoder(16, 30)
    vocab = {"<s>": 0, "</s>": 1}
    word = torch.tensor([vocab[w] for w in ["<s>"]])  # the start of sentence
    decoder(word, torch.zeros(1, 1, 16), torch.randn(7, 1, 16))

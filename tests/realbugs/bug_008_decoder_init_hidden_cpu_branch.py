# source: https://github.com/DSKSD/RNN-for-Joint-NLU/issues/1
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 2, 8), got [2, 2, 8]
"""Joint slot filling / intent detection: the one-way decoder's init_hidden builds
n_layers*1 states on the GPU branch but n_layers*2 on the CPU branch (copied from the
bidirectional encoder), so the model fails on CPU only."""
import torch
import torch.nn as nn
from torch.autograd import Variable

USE_CUDA = torch.cuda.is_available()


class Decoder(nn.Module):
    def __init__(self, slot_size, intent_size, embedding_size, hidden_size, batch_size=16,
                 n_layers=1, dropout_p=0.1):
        super(Decoder, self).__init__()
        self.hidden_size = hidden_size
        self.slot_size = slot_size
        self.intent_size = intent_size
        self.n_layers = n_layers
        self.dropout_p = dropout_p
        self.embedding_size = embedding_size
        self.batch_size = batch_size
        self.embedding = nn.Embedding(self.slot_size, self.embedding_size)
        self.lstm = nn.LSTM(self.embedding_size + self.hidden_size * 2, self.hidden_size,
                            self.n_layers, batch_first=True)
        self.slot_out = nn.Linear(self.hidden_size * 2, self.slot_size)

    def init_hidden(self, input):
        hidden = Variable(torch.zeros(self.n_layers * 1, input.size(0), self.hidden_size)).cuda() if USE_CUDA else Variable(torch.zeros(self.n_layers * 2, input.size(0), self.hidden_size))  # fix: n_layers * 1 on the CPU branch too
        context = Variable(torch.zeros(self.n_layers * 1, input.size(0), self.hidden_size)).cuda() if USE_CUDA else Variable(torch.zeros(self.n_layers * 2, input.size(0), self.hidden_size))
        return (hidden, context)

    def forward(self, input, context, encoder_outputs):
        embedded = self.embedding(input)
        hidden = self.init_hidden(input)
        aligns = encoder_outputs.transpose(0, 1)
        decode = []
        for i in range(encoder_outputs.size(1)):
            aligned = aligns[i].unsqueeze(1)
            _, hidden = self.lstm(torch.cat((embedded, context, aligned), 2), hidden)
            concated = torch.cat((hidden[0], context.transpose(0, 1)), 2)
            score = self.slot_out(concated.squeeze(0))
            decode.append(score)
            _, input = torch.max(score, 1)
            embedded = self.embedding(input.unsqueeze(1))
        return torch.cat(decode, 1)


def probe():
    hidden_size, batch, length = 8, 2, 4
    decoder = Decoder(slot_size=10, intent_size=3, embedding_size=6, hidden_size=hidden_size)
    start = torch.zeros(batch, 1, dtype=torch.long)
    # train.py builds the decoder with twice the encoder's hidden size: its features match
    context = torch.randn(batch, 1, hidden_size)
    encoder_outputs = torch.randn(batch, length, hidden_size)
    decoder(start, context, encoder_outputs)


if __name__ == "__main__":
    probe()

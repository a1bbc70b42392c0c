"""Translating one sentence: the picked id goes back as a (1, 1) tensor until EOS."""
import torch
import torch.nn as nn

SOS, EOS = 0, 1


class DecoderRNN(nn.Module):
    def __init__(self, hidden, vocab):
        super().__init__()
        self.hidden = hidden
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, inp, hidden):
        output, hidden = self.gru(torch.relu(self.embedding(inp)), hidden)
        return self.out(output[:, 0]), hidden


def translate(decoder, hidden, max_len=8):
    inp = torch.tensor([[SOS]])
    words = []
    while len(words) < max_len:
        logits, hidden = decoder(inp, hidden)
        idx = logits.argmax(1).item()
        if idx == EOS:
            break
        words.append(idx)
        inp = torch.tensor([[idx]])
    return words


def probe():
    dec = DecoderRNN(10, 14)
    translate(dec, torch.zeros(1, 1, 10))

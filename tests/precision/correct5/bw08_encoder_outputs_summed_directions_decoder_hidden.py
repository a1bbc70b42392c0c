"""Encoder outputs' two directions summed (tutorial chatbot), so decoder attention uses H."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, hidden_size, n_layers=2):
        super().__init__()
        self.hidden_size = hidden_size
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, bidirectional=True)

    def forward(self, embedded):
        outputs, hidden = self.gru(embedded)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden


class Attn(nn.Module):
    def __init__(self, hidden_size):
        super().__init__()
        self.attn = nn.Linear(hidden_size, hidden_size)

    def forward(self, hidden, encoder_outputs):   # hidden (1, B, H), outputs (L, B, H)
        energy = torch.sum(hidden * self.attn(encoder_outputs), dim=2)
        return torch.softmax(energy.t(), dim=1).unsqueeze(1)


def probe():
    enc = EncoderRNN(6)
    outputs, hidden = enc(torch.randn(5, 3, 6))
    dec_hidden = hidden[:2]          # decoder has 2 layers, forward directions
    w = Attn(6)(dec_hidden[-1:], outputs)
    assert w.shape == (3, 1, 5)

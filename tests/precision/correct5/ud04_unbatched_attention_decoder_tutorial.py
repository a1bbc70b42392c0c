"""The PyTorch seq2seq tutorial's attention decoder, unbatched: embedded (1, H), attention over
encoder outputs (L, H), GRU state (1, H)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

MAX_LENGTH = 8


class AttnDecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, max_length=MAX_LENGTH):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.attn = nn.Linear(hidden_size * 2, max_length)
        self.attn_combine = nn.Linear(hidden_size * 2, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, input, hidden, encoder_outputs):
        embedded = self.embedding(input)                                  # (1, H)
        attn_weights = F.softmax(self.attn(torch.cat((embedded, hidden), 1)), dim=1)
        attn_applied = attn_weights @ encoder_outputs                     # (1, H)
        output = F.relu(self.attn_combine(torch.cat((embedded, attn_applied), 1)))
        output, hidden = self.gru(output, hidden)
        return F.log_softmax(self.out(output), dim=1), hidden


def probe():
    dec = AttnDecoderRNN(6, 12)
    hidden = torch.zeros(1, 6)
    enc_out = torch.randn(MAX_LENGTH, 6)
    token = torch.tensor([0])
    for _ in range(3):
        logp, hidden = dec(token, hidden, enc_out)
        token = logp.argmax(1)

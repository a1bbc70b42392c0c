"""LSTMCell decoder run step by step; greedy decoding feeds the argmax back as the next token."""
import torch
import torch.nn as nn


class GreedyDecoder(nn.Module):
    def __init__(self, vocab_size, embed_size, hidden_size, max_len):
        super().__init__()
        self.hidden_size = hidden_size
        self.max_len = max_len
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.cell = nn.LSTMCell(embed_size, hidden_size)
        self.out = nn.Linear(hidden_size, vocab_size)

    def forward(self, start_tokens):
        batch = start_tokens.size(0)
        h = torch.zeros(batch, self.hidden_size)
        c = torch.zeros(batch, self.hidden_size)
        token = start_tokens
        generated = []
        for _ in range(self.max_len):
            h, c = self.cell(self.embed(token), (h, c))
            logits = self.out(h)
            token = logits.argmax(dim=-1)
            generated.append(token)
        return torch.stack(generated, dim=1)


def probe():
    decoder = GreedyDecoder(vocab_size=25, embed_size=6, hidden_size=9, max_len=5)
    assert decoder(torch.zeros(3, dtype=torch.long)).shape == (3, 5)

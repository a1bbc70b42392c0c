# source: correct variant of bug_001 (the joined input made with a walrus in an if test; the GRU sized for both parts)
"""The walrus route of var_001, written right: the GRU takes embedding + context."""
import torch
import torch.nn as nn


class AttnDecoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(2 * hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens, hidden, context):
        x = self.embedding(tokens)
        x = x.unsqueeze(1)
        if (joined := torch.cat((x, context), dim=-1)) is not None:
            x = joined
        x, hidden = self.gru(x, hidden)
        return self.out(x.squeeze(1)), hidden


def probe():
    decoder = AttnDecoder(20, 8)
    decoder(torch.tensor([1, 2, 3]), torch.zeros(1, 3, 8), torch.randn(3, 1, 8))


if __name__ == "__main__":
    probe()

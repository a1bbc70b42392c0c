# source: variant of bug_001 (the joined input made with a walrus inside the call; names rebound)
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 16
"""bug_001 written with `x = ...` rebound several times and the context joined in a walrus: the
GRU takes the embedding's width, the joined input is twice as wide."""
import torch
import torch.nn as nn


class AttnDecoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)  # fix: embedding + context: nn.GRU(2 * hidden, hidden, batch_first=True)
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

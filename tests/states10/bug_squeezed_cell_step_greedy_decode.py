# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 1, expected 16
# A GRUCell decoder embeds each step's tokens, (B, 1) -> (B, 1, E), and squeezes the step dim
# with a bare .squeeze(): fine for a batch, but decoding one sentence makes the embedding (E,),
# which the cell reads as one unbatched step next to the batched (1, H) state.
import torch
from torch import nn


class GreedyDecoder(nn.Module):
    def __init__(self, vocab=30, emb=10, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.cell = nn.GRUCell(emb, hidden)
        self.proj = nn.Linear(hidden, vocab)

    def forward(self, start, steps=4):
        h = torch.zeros(start.size(0), self.hidden)
        token = start.unsqueeze(1)
        outputs = []
        for _ in range(steps):
            step = self.embed(token).squeeze()  # fix: .squeeze(1): only the step dim goes
            h = self.cell(step, h)
            logits = self.proj(h)
            token = logits.argmax(-1, keepdim=True)
            outputs.append(logits)
        return torch.stack(outputs, 1)


def probe():
    GreedyDecoder()(torch.tensor([1]))

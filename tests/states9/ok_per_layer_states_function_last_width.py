# torch: runs
# Per-layer GRU states from a module function's comprehension, the last layer narrower; each
# (1, batch, width), the batch second although the input is batch-first.
import torch
from torch import nn

N_LAYERS, EMB, HID = 3, 12, 32


def initial_states(batch):
    return [torch.zeros(1, batch, EMB if l == N_LAYERS - 1 else HID) for l in range(N_LAYERS)]


class LanguageModel(nn.Module):
    def __init__(self, vocab=80):
        super().__init__()
        self.embed = nn.Embedding(vocab, EMB)
        self.rnns = nn.ModuleList([nn.GRU(EMB if l == 0 else HID, EMB if l == N_LAYERS - 1 else HID,
                                          batch_first=True) for l in range(N_LAYERS)])

    def forward(self, tokens):
        x = self.embed(tokens)
        states = initial_states(tokens.size(0))
        for l, rnn in enumerate(self.rnns):
            x, _ = rnn(x, states[l])
        return x


def probe():
    LanguageModel()(torch.randint(0, 80, (4, 10)))

# torch: RuntimeError: Expected hidden size (1, 4, 32), got [4, 1, 32]
# Per-layer GRU states from a module function's comprehension over range(n_layers), the last
# layer narrower (`emb if l == n_layers - 1 else hid`, as AWD-LSTM sizes it); each state is
# written batch-first like the batch-first input, but states put the batch second.
import torch
from torch import nn

N_LAYERS, EMB, HID = 3, 12, 32


def initial_states(batch):
    return [torch.zeros(batch, 1, EMB if l == N_LAYERS - 1 else HID)  # fix: torch.zeros(1, batch, ...)
            for l in range(N_LAYERS)]


class LanguageModel(nn.Module):
    def __init__(self, vocab=80):
        super().__init__()
        self.embed = nn.Embedding(vocab, EMB)
        self.rnns = nn.ModuleList([nn.GRU(EMB if l == 0 else HID, EMB if l == N_LAYERS - 1 else HID,
                                          batch_first=True) for l in range(N_LAYERS)])
        self.out = nn.Linear(EMB, vocab)

    def forward(self, tokens):
        x = self.embed(tokens)
        states = initial_states(tokens.size(0))
        for l, rnn in enumerate(self.rnns):
            x, _ = rnn(x, states[l])  # reported: a list indexed per layer is blamed where it is indexed
        return self.out(x)


def probe():
    LanguageModel()(torch.randint(0, 80, (4, 10)))

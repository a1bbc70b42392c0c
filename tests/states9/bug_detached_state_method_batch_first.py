# torch: RuntimeError: Expected hidden size (2, 6, 32), got [6, 2, 32]
# A sequence tagger keeps its GRU state across windows and detaches it with a method that
# walks nested states (`not isinstance(state, torch.Tensor)`); the first state is written
# batch-first, like the windows, but states are (layers, batch, hidden) under batch_first.
import torch
from torch import nn


class WindowTagger(nn.Module):
    def __init__(self, n_feats=10, hidden=32, layers=2, n_tags=5):
        super().__init__()
        self.layers, self.hidden = layers, hidden
        self.gru = nn.GRU(n_feats, hidden, num_layers=layers, batch_first=True)
        self.tags = nn.Linear(hidden, n_tags)

    def _detached(self, state):
        if not isinstance(state, torch.Tensor):
            return [self._detached(s) for s in state]
        return state.detach()

    def forward(self, windows):
        batch = windows[0].size(0)
        state = torch.zeros(batch, self.layers, self.hidden)  # fix: torch.zeros(self.layers, batch, self.hidden)
        scores = []
        for window in windows:
            out, state = self.gru(window, self._detached(state))
            scores.append(self.tags(out))
        return scores


def probe():
    WindowTagger()([torch.randn(6, 4, 10) for _ in range(3)])

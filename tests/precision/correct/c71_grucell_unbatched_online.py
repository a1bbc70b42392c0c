"""Online inference: one sample at a time through a GRUCell, unbatched 1-D state."""
import torch
import torch.nn as nn


class OnlineController(nn.Module):
    def __init__(self, n_obs, hidden, n_actions):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(n_obs, hidden)
        self.policy = nn.Linear(hidden, n_actions)
        self.reset()

    def reset(self):
        self.h = torch.zeros(self.hidden)

    def act(self, observation):
        self.h = self.cell(observation, self.h)
        return self.policy(self.h).argmax().item()


def probe():
    controller = OnlineController(n_obs=4, hidden=6, n_actions=3)
    for _ in range(5):
        action = controller.act(torch.randn(4))
    assert 0 <= action < 3

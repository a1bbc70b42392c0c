# expect: LC009 line 18
"""Per-environment memories kept batch-first (B, layers, H) and passed to the GRU without the
permute back to (layers, B, H)."""
import torch
import torch.nn as nn


class Agent(nn.Module):
    def __init__(self, obs, hidden, layers):
        super().__init__()
        self.core = nn.GRU(obs, hidden, layers, batch_first=True)
        self.hidden, self.layers = hidden, layers

    def blank(self, n_envs):
        return torch.zeros(n_envs, self.layers, self.hidden)

    def forward(self, obs, memory):
        out, h = self.core(obs.unsqueeze(1), memory)  # fix: memory.permute(1, 0, 2).contiguous()
        return out, h.permute(1, 0, 2)


def probe():
    agent = Agent(6, 12, 2)
    agent(torch.randn(5, 6), agent.blank(5))

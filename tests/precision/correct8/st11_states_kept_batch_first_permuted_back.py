"""A memory of per-sample states kept batch-first, (B, layers, H), so samples can be indexed;
permuted to (layers, B, H) and made contiguous before the call, and back after."""
import torch
import torch.nn as nn


class StatefulAgent(nn.Module):
    def __init__(self, obs_dim, hidden, layers):
        super().__init__()
        self.core = nn.GRU(obs_dim, hidden, layers, batch_first=True)
        self.policy = nn.Linear(hidden, 4)
        self.hidden, self.layers = hidden, layers

    def blank_memory(self, n_envs):
        return torch.zeros(n_envs, self.layers, self.hidden)

    def forward(self, obs, memory):
        h = memory.permute(1, 0, 2).contiguous()
        out, h = self.core(obs.unsqueeze(1), h)
        return self.policy(out[:, -1]), h.permute(1, 0, 2)


def probe():
    agent = StatefulAgent(6, 12, 2)
    memory = agent.blank_memory(5)
    for _ in range(3):
        logits, memory = agent(torch.randn(5, 6), memory)
        memory[0] = 0.0
    assert logits.shape == (5, 4) and memory.shape == (5, 2, 12)

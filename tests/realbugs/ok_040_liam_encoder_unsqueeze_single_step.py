# source: https://github.com/uoe-agents/LIAM/blob/HEAD/models.py
"""LIAM's agent-modelling encoder: an nn.LSTM over cat(observation, action), stepped one
environment step at a time with the state it returned last time. A 2-D (agents, features) step is
unsqueezed to (seq=1, batch, features) before the LSTM, so the (1, batch, hidden) states fit;
the input size is input_dim + 2 * act_dim because the action is two one-hot heads concatenated.
Looks like a step without a batch dimension and a concatenation the layer was not sized for."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Encoder(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim):
        super(Encoder, self).__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim)
        self.fc1 = nn.Linear(hidden_dim, hidden_dim)
        self.m_z = nn.Linear(hidden_dim, output_dim)

    def forward(self, x, hidden):
        if len(x.size()) == 2:
            x = x.unsqueeze(0)
        h, hidden = self.lstm(x, hidden)
        h = F.relu(self.fc1(h))
        m_z = self.m_z(h)
        return m_z, hidden


class A2C:
    def __init__(self, input_dim, hidden_dim, embedding_dim, act_dim):
        self.encoder = Encoder(input_dim + 2 * act_dim, hidden_dim, embedding_dim)
        self.hidden_dim = hidden_dim

    def compute_embedding(self, obs, action, hidden):
        input_tensor = torch.cat((obs, action), dim=-1)
        embedding, hidden = self.encoder(input_tensor, hidden)
        return embedding, hidden


def probe():
    num_agents, obs_dim, act_dim = 10, 21, 5
    agent = A2C(obs_dim, 32, 8, act_dim)
    hidden = (torch.zeros(1, num_agents, 32), torch.zeros(1, num_agents, 32))
    for step in range(3):
        obs = torch.randn(num_agents, obs_dim)
        action = torch.cat((F.one_hot(torch.randint(0, act_dim, (num_agents,)), act_dim),
                            F.one_hot(torch.randint(0, act_dim, (num_agents,)), act_dim)), dim=-1).float()
        embedding, hidden = agent.compute_embedding(obs, action, hidden)
    assert embedding.shape == (1, num_agents, 8)


if __name__ == "__main__":
    probe()

# source: https://github.com/alex-petrenko/sample-factory/blob/master/sample_factory/model/core.py
"""Sample Factory's recurrent core (bug_126's answer): rollout workers keep one flat state per
environment, (num_envs, rnn_size), without the layer dim; the core unsqueezes it to (1, num_envs,
rnn_size) for the one-layer GRU and squeezes the new state back. The state is sized from the
environment count, the same count that batches the observations."""
import torch
import torch.nn as nn


class Cfg:
    num_envs = 16
    rnn_size = 64
    obs_dim = 24
    num_actions = 3


class ModelCoreRNN(nn.Module):
    def __init__(self, cfg, input_size):
        super().__init__()
        self.core = nn.GRU(input_size, cfg.rnn_size, 1)

    def forward(self, head_output, rnn_states):
        x, new_states = self.core(head_output.unsqueeze(0), rnn_states.unsqueeze(0).contiguous())
        return x.squeeze(0), new_states.squeeze(0)


class ActorCritic(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(cfg.obs_dim, 32), nn.ELU())
        self.core = ModelCoreRNN(cfg, 32)
        self.action_head = nn.Linear(cfg.rnn_size, cfg.num_actions)

    def forward(self, obs, rnn_states):
        core_out, new_rnn_states = self.core(self.encoder(obs), rnn_states)
        return {"actions": torch.tanh(self.action_head(core_out)), "new_rnn_states": new_rnn_states}


class Rollout:
    def __init__(self, cfg):
        self.cfg = cfg
        self.actor_critic = ActorCritic(cfg)
        self.rnn_states = torch.zeros([cfg.num_envs, cfg.rnn_size], dtype=torch.float32)

    def step(self, obs, dones):
        with torch.no_grad():
            self.rnn_states[dones] = 0.0
            outputs = self.actor_critic(obs, self.rnn_states)
            self.rnn_states = outputs["new_rnn_states"]
        return outputs["actions"]


def probe():
    cfg = Cfg()
    rollout = Rollout(cfg)
    for _ in range(3):
        rollout.step(torch.randn(cfg.num_envs, cfg.obs_dim), torch.rand(cfg.num_envs) < 0.1)


if __name__ == "__main__":
    probe()

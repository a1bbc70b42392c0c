# source: https://github.com/ntnu-arl/semantic-RL-inspection/issues/1
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 16, 512), got [1, 1, 512]
"""semantic-RL-inspection (Sample Factory on Aerial Gym): running an example fails with
"Expected hidden size (1, 16, 512), got [1, 1, 512]". The maintainer's diagnosis: the script keeps
one recurrent state, [1, 1, 512], while 16 environments are stepped at once. The inference
wrapper (enjoy_custom_net_static_camera_ros.py) sizes rnn_states from its own num_agents = 1,
while the environment config decides the batch; the actor-critic's GRU core adds the layer dim."""
import torch
import torch.nn as nn


class Cfg:
    num_envs = 16
    rnn_size = 512
    obs_dim = 24
    num_actions = 3
    device = "cpu"


def get_rnn_size(cfg):
    return cfg.rnn_size


class ModelCoreRNN(nn.Module):
    """Sample Factory's core: rnn_states are kept (batch, rnn_size) and unsqueezed for the GRU."""

    def __init__(self, cfg, input_size):
        super().__init__()
        self.core = nn.GRU(input_size, cfg.rnn_size, 1)

    def forward(self, head_output, rnn_states):
        x, new_states = self.core(head_output.unsqueeze(0), rnn_states.unsqueeze(0).contiguous())
        return x.squeeze(0), new_states.squeeze(0)


class ActorCritic(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(cfg.obs_dim, 256), nn.ELU())
        self.core = ModelCoreRNN(cfg, 256)
        self.action_head = nn.Linear(cfg.rnn_size, cfg.num_actions)

    def forward(self, obs, rnn_states):
        core_out, new_rnn_states = self.core(self.encoder(obs), rnn_states)
        return {"actions": torch.tanh(self.action_head(core_out)), "new_rnn_states": new_rnn_states}


class InspectionPolicy:
    def __init__(self, cfg):
        self.cfg = cfg
        self.num_agents = 1
        self.actor_critic = ActorCritic(cfg)
        self.actor_critic.eval()
        device = torch.device("cpu" if cfg.device == "cpu" else "cuda")
        self.rnn_states = torch.zeros([self.num_agents, get_rnn_size(cfg)], dtype=torch.float32, device=device)  # fix: one state per environment, cfg.num_envs

    def reset(self):
        self.rnn_states[:] = 0.0

    def get_action(self, obs):
        with torch.no_grad():
            policy_outputs = self.actor_critic(obs, self.rnn_states)
            self.rnn_states = policy_outputs["new_rnn_states"]
        return policy_outputs["actions"]


def probe():
    cfg = Cfg()
    policy = InspectionPolicy(cfg)
    obs = torch.randn(cfg.num_envs, cfg.obs_dim)
    policy.get_action(obs)


if __name__ == "__main__":
    probe()

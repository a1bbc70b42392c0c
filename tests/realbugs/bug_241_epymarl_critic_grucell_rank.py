# source: https://github.com/uoe-agents/epymarl/commit/e3862a7c2353c7991c6108c6076868e0864ab72a
# rule: LC008
# torch: ValueError: GRUCell: Expected input to be 1D or 2D, got 3D instead
"""uoe-agents/epymarl (src/modules/critics/ac.py, src/config/algs/ippo.yaml,
src/learners/ppo_learner.py): the IPPO critic ACCritic got a recurrent option
(`use_critic_rnn: True` in ippo.yaml) that swaps its middle nn.Linear for an nn.GRUCell. Its
forward builds inputs of shape (bs, max_t, n_agents, obs + n_agents) and walks them with
`for input in inputs`, which iterates over the batch, so each step hands the cell a 3-D
(max_t, n_agents, hidden_dim) tensor, with a (1, hidden_dim) state from init_hidden; a GRUCell
only takes (batch, features), so the first critic call in the PPO learner fails. e3862a7 ("fix the
size of input and hidden state in critic forward method") reshapes the inputs to
(max_t, bs * n_agents, -1) before the loop and repeats the state to bs * n_agents rows. The
EpisodeBatch is replaced by a dict of random tensors with batch_size/max_seq_length attributes,
the scheme by a dict; the learner's loss is reduced to the critic call."""
from types import SimpleNamespace

import torch as th
import torch.nn as nn
import torch.nn.functional as F


class ACCritic(nn.Module):
    def __init__(self, scheme, args):
        super(ACCritic, self).__init__()

        self.args = args
        self.n_actions = args.n_actions
        self.n_agents = args.n_agents

        input_shape = self._get_input_shape(scheme)
        self.output_type = "v"

        # Set up network layers
        self.fc1 = nn.Linear(input_shape, args.hidden_dim)
        if self.args.use_critic_rnn:
            self.rnn = nn.GRUCell(args.hidden_dim, args.hidden_dim)
        else:
            self.rnn = nn.Linear(args.hidden_dim, args.hidden_dim)
        self.fc3 = nn.Linear(args.hidden_dim, 1)

    def init_hidden(self):
        # make hidden states on same device as model
        return self.fc1.weight.new(1, self.args.hidden_dim).zero_()

    def forward(self, batch, t=None):
        inputs, bs, max_t = self._build_inputs(batch, t=t)  # fix: inputs = inputs.view(max_t, bs * self.n_agents, -1) before the loop, h = self.init_hidden().repeat(bs * self.n_agents, 1)
        if self.args.use_critic_rnn:
            h = self.init_hidden()
        # make empty torch arrya for qs and hs
        qs = []
        for input in inputs:
            x = F.relu(self.fc1(input))
            if self.args.use_critic_rnn:
                h = self.rnn(x, h)
            else:
                h = F.relu(self.rnn(x))
            q = self.fc3(x)
            qs.append(q)
        q = th.stack(qs, dim=1)
        return q

    def _build_inputs(self, batch, t=None):
        bs = batch.batch_size
        max_t = batch.max_seq_length if t is None else 1
        ts = slice(None) if t is None else slice(t, t + 1)
        inputs = []
        # observations
        inputs.append(batch["obs"][:, ts])

        inputs.append(th.eye(self.n_agents, device=batch.device).unsqueeze(0).unsqueeze(0).expand(bs, max_t, -1, -1))

        inputs = th.cat(inputs, dim=-1)
        return inputs, bs, max_t

    def _get_input_shape(self, scheme):
        # observations
        input_shape = scheme["obs"]["vshape"]
        # agent id
        input_shape += self.n_agents
        return input_shape


class EpisodeBatch(dict):
    def __init__(self, data, batch_size, max_seq_length):
        super().__init__(data)
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        self.device = "cpu"


# src/config/default.yaml + src/config/algs/ippo.yaml (the parts the critic reads)
IPPO_CONFIG = {
    "hidden_dim": 64,
    "use_rnn": True,
    "use_critic_rnn": True,
    "critic_type": "ac_critic",
    "batch_size": 10,
    "q_nstep": 5,
}


def probe():
    args = SimpleNamespace(n_agents=3, n_actions=5, **IPPO_CONFIG)
    scheme = {"obs": {"vshape": 12}}
    critic = ACCritic(scheme, args)
    bs, max_t = 4, 7
    batch = EpisodeBatch({"obs": th.randn(bs, max_t, args.n_agents, 12)}, bs, max_t)
    # ppo_learner.train_critic_sequential: target_vals = target_critic(batch)[:, :-1]
    v = critic(batch)
    assert v.shape == (bs, max_t, args.n_agents, 1)


if __name__ == "__main__":
    probe()

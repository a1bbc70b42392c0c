# source: https://github.com/oxwhirl/pymarl/blob/c971afdceb34635d31b778021b0ef90d7af51e86/src/modules/agents/rnn_agent.py
"""pymarl's RNNAgent and BasicMAC (src/modules/agents/rnn_agent.py, src/controllers/basic_controller.py):
the agent's GRUCell is shared by all agents; init_hidden() makes a (1, rnn_hidden_dim) state that
the controller expands to (batch, n_agents, rnn_hidden_dim), and the agent reshapes it to
(batch * n_agents, rnn_hidden_dim) before the cell, whose input rows are the observations of
every agent of every episode flattened the same way; the input width is the observation plus
the last action and a one-hot agent id when `obs_last_action` / `obs_agent_id` are set. Looks
like a cell state of batch 1 and a 3-D state given to a cell; both right, run with and without
the optional inputs."""
from types import SimpleNamespace

import torch as th
import torch.nn as nn
import torch.nn.functional as F


class RNNAgent(nn.Module):
    def __init__(self, input_shape, args):
        super(RNNAgent, self).__init__()
        self.args = args

        self.fc1 = nn.Linear(input_shape, args.rnn_hidden_dim)
        self.rnn = nn.GRUCell(args.rnn_hidden_dim, args.rnn_hidden_dim)
        self.fc2 = nn.Linear(args.rnn_hidden_dim, args.n_actions)

    def init_hidden(self):
        # make hidden states on same device as model
        return self.fc1.weight.new(1, self.args.rnn_hidden_dim).zero_()

    def forward(self, inputs, hidden_state):
        x = F.relu(self.fc1(inputs))
        h_in = hidden_state.reshape(-1, self.args.rnn_hidden_dim)
        h = self.rnn(x, h_in)
        q = self.fc2(h)
        return q, h


class BasicMAC:
    def __init__(self, scheme, args):
        self.n_agents = args.n_agents
        self.args = args
        input_shape = self._get_input_shape(scheme)
        self.agent = RNNAgent(input_shape, args)
        self.hidden_states = None

    def forward(self, batch, t):
        agent_inputs = self._build_inputs(batch, t)
        agent_outs, self.hidden_states = self.agent(agent_inputs, self.hidden_states)
        return agent_outs.view(batch["batch_size"], self.n_agents, -1)

    def init_hidden(self, batch_size):
        self.hidden_states = self.agent.init_hidden().unsqueeze(0).expand(batch_size, self.n_agents, -1)  # bav

    def _build_inputs(self, batch, t):
        bs = batch["batch_size"]
        inputs = []
        inputs.append(batch["obs"][:, t])  # b1av
        if self.args.obs_last_action:
            if t == 0:
                inputs.append(th.zeros_like(batch["actions_onehot"][:, t]))
            else:
                inputs.append(batch["actions_onehot"][:, t - 1])
        if self.args.obs_agent_id:
            inputs.append(th.eye(self.n_agents).unsqueeze(0).expand(bs, -1, -1))

        inputs = th.cat([x.reshape(bs * self.n_agents, -1) for x in inputs], dim=1)
        return inputs

    def _get_input_shape(self, scheme):
        input_shape = scheme["obs"]["vshape"]
        if self.args.obs_last_action:
            input_shape += scheme["actions_onehot"]["vshape"][0]
        if self.args.obs_agent_id:
            input_shape += self.n_agents
        return input_shape


def rollout(mac, batch, steps):
    mac.init_hidden(batch["batch_size"])
    return th.stack([mac.forward(batch, t) for t in range(steps)], dim=1)


def probe():
    n_agents, n_actions, obs_dim, bs, T = 3, 5, 7, 4, 6
    scheme = {"obs": {"vshape": obs_dim}, "actions_onehot": {"vshape": (n_actions,)}}
    batch = {"batch_size": bs,
             "obs": th.randn(bs, T, n_agents, obs_dim),
             "actions_onehot": F.one_hot(th.randint(0, n_actions, (bs, T, n_agents)), n_actions).float()}
    for last_action, agent_id in ((True, True), (False, False)):
        args = SimpleNamespace(n_agents=n_agents, n_actions=n_actions, rnn_hidden_dim=8,
                               obs_last_action=last_action, obs_agent_id=agent_id)
        mac = BasicMAC(scheme, args)
        assert rollout(mac, batch, T).shape == (bs, T, n_agents, n_actions)


if __name__ == "__main__":
    probe()

# source: https://github.com/uoe-agents/LIAM/issues/3
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 28, got 31
"""LIAM (main.py, agent.py, models.py; run with the hyperparameters of run_tests.py): the agent's
encoder LSTM is sized from the hyperparameter obs_dim plus the two one-hot action heads,
Encoder(input_dim + 2 * act_dim, ...), but what reaches it is the environment's observation of the
learning agent concatenated with its last actions. The dictionary says 18, the installed
simple_reference scenario gives 21 per observation: "Expected 28, got 31 ... i don't know where the
'28' is". The environment is stood in for by a function returning observations of its size."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import OneHotCategorical

args = {
    'seed': 1,
    'num_processes': 10,
    'obs_dim': 18,  # fix: the learning agent's observation in simple_reference has 21 features: 'obs_dim': 21
    'action_dim': 5,
    'hidden_dim': 128,
    'embedding_dim': 10,
    'modelled_obs_dim': 10,
    'modelled_act_dim': 5,
    'batch_size': 10,
    'episode_length': 25,
}


def reset_envs(num_processes):
    """Stands in for DummyVecEnv([make_env('simple_reference')...]).reset(): one (modelled,
    learning) observation pair per process."""
    return [(torch.randn(10).tolist(), torch.randn(21).tolist()) for _ in range(num_processes)]


class PolicyNet(nn.Module):
    def __init__(self, input_dim, hidden_dim, output_dim1, output_dim2):
        super(PolicyNet, self).__init__()
        self.fc1 = nn.Linear(input_dim, hidden_dim)
        self.policy1 = nn.Linear(hidden_dim, output_dim1)
        self.policy2 = nn.Linear(hidden_dim, output_dim2)
        self.value = nn.Linear(hidden_dim, 1)

    def forward(self, net_input):
        out = F.relu(self.fc1(net_input))
        return F.softmax(self.policy1(out), dim=-1), F.softmax(self.policy2(out), dim=-1), self.value(out)


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
        return self.m_z(h), hidden


class A2C:
    def __init__(self, input_dim, hidden_dim, embedding_dim, act_dim):
        self.actor_critic = PolicyNet(input_dim + embedding_dim, hidden_dim, act_dim, act_dim)
        self.encoder = Encoder(input_dim + 2 * act_dim, hidden_dim, embedding_dim)

    def compute_embedding(self, obs, action, hidden):
        input_tensor = torch.cat((obs, action), dim=-1)
        return self.encoder(input_tensor, hidden)

    def act(self, obs, action, hidden):
        embedding, hidden = self.compute_embedding(obs, action, hidden)
        input_tensor = torch.cat((obs.unsqueeze(0), embedding), dim=-1)
        pol_probs1, pol_probs2, value = self.actor_critic(input_tensor)
        action1 = OneHotCategorical(pol_probs1).sample()
        action2 = OneHotCategorical(pol_probs2).sample()
        return torch.cat((action1, action2), dim=-1), action1, action2, value, hidden


def main(args):
    torch.manual_seed(args['seed'])
    agent = A2C(args['obs_dim'], args['hidden_dim'], args['embedding_dim'], args['action_dim'])
    obs = reset_envs(args['num_processes'])
    agent_obs = torch.FloatTensor([o[1] for o in obs])
    actions = torch.zeros((args['num_processes'], 2 * args['action_dim']))
    hidden = (torch.zeros((1, args['num_processes'], args['hidden_dim'])),
              torch.zeros((1, args['num_processes'], args['hidden_dim'])))
    with torch.no_grad():
        actions, actions1, actions2, value, hidden = agent.act(agent_obs, actions, hidden)


def probe():
    main(args)


if __name__ == "__main__":
    probe()

# source: https://github.com/erzhu419/LSTM-RL/blob/6660840192f45c4a00fa6cd334af04b63869b782/rdpg.py
"""LSTM-RL's recurrent DPG (rdpg.py, common/policy_networks.py, common/value_networks.py,
common/buffers.py; a fork of quantumiracle's Popular-RL-Algorithms): the policy and Q networks
take batch-first episodes (batch, T, dim), permute them to time-first for a default
(time-first) `nn.LSTM(hidden_dim, hidden_dim)`, run a Linear branch beside the LSTM branch and
concatenate the two into `Linear(2 * hidden_dim, ...)`, then permute back. Acting feeds one step
as `unsqueeze(0).unsqueeze(0)` with a (1, 1, H) state carried across steps. The update makes
(1, batch_size, H) states and then walks the sampled episodes one at a time (`zip(epi_state,
...)`, each `unsqueeze(0)` to a batch of one): right because `batch_size = 1` ("each sample in
batch is an episode"), the script's setting. Looks like batch-first data in a time-first LSTM and
a state made for another batch; torch runs it. A small stand-in environment replaces gym's
Pendulum; CPU instead of CUDA; the policy is stepped before the Q network (see update)."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Normal

device = torch.device("cpu")


# common/value_networks.py
class QNetworkLSTM(nn.Module):
    def __init__(self, state_dim, action_dim, hidden_dim):
        super().__init__()
        self.linear1 = nn.Linear(state_dim + action_dim, hidden_dim)
        self.linear2 = nn.Linear(state_dim + action_dim, hidden_dim)
        self.lstm1 = nn.LSTM(hidden_dim, hidden_dim)
        self.linear3 = nn.Linear(2 * hidden_dim, hidden_dim)
        self.linear4 = nn.Linear(hidden_dim, 1)

    def forward(self, state, action, last_action, hidden_in):
        """
        state shape: (batch_size, sequence_length, state_dim)
        for lstm needs to be permuted as: (sequence_length, batch_size, state_dim)
        """
        state = state.permute(1, 0, 2)
        action = action.permute(1, 0, 2)
        last_action = last_action.permute(1, 0, 2)
        fc_branch = F.relu(self.linear1(torch.cat([state, action], -1)))
        lstm_branch = F.relu(self.linear2(torch.cat([state, last_action], -1)))
        lstm_branch, lstm_hidden = self.lstm1(lstm_branch, hidden_in)
        merged_branch = torch.cat([fc_branch, lstm_branch], -1)
        x = F.relu(self.linear3(merged_branch))
        x = self.linear4(x)
        x = x.permute(1, 0, 2)  # back to same axes as input
        return x, lstm_hidden


# common/policy_networks.py
class DPG_PolicyNetworkLSTM(nn.Module):
    def __init__(self, state_dim, action_dim, hidden_dim, action_range=1.):
        super().__init__()
        self.action_range = action_range
        self.linear1 = nn.Linear(state_dim, hidden_dim)
        self.linear2 = nn.Linear(state_dim + action_dim, hidden_dim)
        self.lstm1 = nn.LSTM(hidden_dim, hidden_dim)
        self.linear3 = nn.Linear(2 * hidden_dim, hidden_dim)
        self.linear4 = nn.Linear(hidden_dim, action_dim)

    def forward(self, state, last_action, hidden_in):
        state = state.permute(1, 0, 2)
        last_action = last_action.permute(1, 0, 2)
        fc_branch = F.relu(self.linear1(state))
        lstm_branch = F.relu(self.linear2(torch.cat([state, last_action], -1)))
        lstm_branch, lstm_hidden = self.lstm1(lstm_branch, hidden_in)
        merged_branch = torch.cat([fc_branch, lstm_branch], -1)
        x = F.relu(self.linear3(merged_branch))
        x = torch.tanh(self.linear4(x)).clone()
        x = x.permute(1, 0, 2)  # permute back
        return x, lstm_hidden

    def evaluate(self, state, last_action, hidden_in, noise_scale=0.0):
        action, hidden_out = self.forward(state, last_action, hidden_in)
        noise = noise_scale * Normal(0, 1).sample(action.shape)
        return self.action_range * action + noise, hidden_out

    def get_action(self, state, last_action, hidden_in, noise_scale=1.0):
        state = torch.FloatTensor(state).unsqueeze(0).unsqueeze(0)  # increase 2 dims to match with training data
        last_action = torch.FloatTensor(last_action).unsqueeze(0).unsqueeze(0)
        action, hidden_out = self.forward(state, last_action, hidden_in)
        action = self.action_range * action + noise_scale * Normal(0, 1).sample(action.shape)
        return action.detach()[0][0], hidden_out


# common/buffers.py
class ReplayBufferLSTM:
    """Each sample contains the whole episode instead of a single step."""
    def __init__(self, capacity):
        self.capacity = capacity
        self.buffer = []
        self.position = 0

    def push(self, state, action, last_action, reward, next_state, done):
        if len(self.buffer) < self.capacity:
            self.buffer.append(None)
        self.buffer[self.position] = (state, action, last_action, reward, next_state, done)
        self.position = int((self.position + 1) % self.capacity)

    def sample(self, batch_size):
        batch = random.sample(self.buffer, batch_size)
        return map(torch.stack, zip(*batch))

    def __len__(self):
        return len(self.buffer)


# rdpg.py
class RDPG():
    def __init__(self, replay_buffer, state_dim, action_dim, hidden_dim):
        self.replay_buffer = replay_buffer
        self.hidden_dim = hidden_dim
        self.qnet = QNetworkLSTM(state_dim, action_dim, hidden_dim).to(device)
        self.target_qnet = QNetworkLSTM(state_dim, action_dim, hidden_dim).to(device)
        self.policy_net = DPG_PolicyNetworkLSTM(state_dim, action_dim, hidden_dim).to(device)
        self.target_policy_net = DPG_PolicyNetworkLSTM(state_dim, action_dim, hidden_dim).to(device)
        self.q_criterion = nn.MSELoss()
        self.q_optimizer = torch.optim.Adam(self.qnet.parameters(), lr=1e-3)
        self.policy_optimizer = torch.optim.Adam(self.policy_net.parameters(), lr=1e-3)

    def update(self, batch_size, gamma=0.99):
        state, action, last_action, reward, next_state, done = self.replay_buffer.sample(batch_size)
        q_loss = 0
        policy_loss = 0
        epi_reward = reward.unsqueeze(-1)
        epi_done = done.float().unsqueeze(-1)

        pi_h_out = (torch.zeros([1, batch_size, self.hidden_dim], dtype=torch.float),
                    torch.zeros([1, batch_size, self.hidden_dim], dtype=torch.float))  # (layer, batch, dim)
        q_h_out = (torch.zeros([1, batch_size, self.hidden_dim], dtype=torch.float),
                   torch.zeros([1, batch_size, self.hidden_dim], dtype=torch.float))
        for state, action, last_action, reward, next_state, done in zip(state, action, last_action, epi_reward, next_state, epi_done):
            state = state.unsqueeze(0)  # [1, T, dim]
            action = action.unsqueeze(0)
            last_action = last_action.unsqueeze(0)
            reward = reward.unsqueeze(0)
            next_state = next_state.unsqueeze(0)
            done = done.unsqueeze(0)
            pi_h_in = pi_h_out
            q_h_in = q_h_out
            predict_q, q_h_out = self.qnet(state, action, last_action, q_h_in)
            new_action, pi_h_out = self.policy_net.evaluate(state, last_action, pi_h_in)
            new_next_action, _ = self.target_policy_net.evaluate(next_state, action, pi_h_out)
            predict_target_q, _ = self.target_qnet(next_state, new_next_action, action, q_h_out)
            predict_new_q, _ = self.qnet(state, new_action, last_action, q_h_in)
            target_q = reward + (1 - done) * gamma * predict_target_q
            q_loss += self.q_criterion(predict_q, target_q.detach())
            policy_loss += -torch.mean(predict_new_q)

        # (the original steps the Q optimizer first; torch 2.x then refuses the policy's backward
        # through the updated Q weights, an in-place version check unrelated to shapes)
        self.policy_optimizer.zero_grad()
        policy_loss.backward(retain_graph=True)
        self.policy_optimizer.step()
        self.q_optimizer.zero_grad()
        q_loss.backward()
        self.q_optimizer.step()
        return q_loss.item(), policy_loss.item()


class StandInPendulum:
    state_dim, action_dim = 3, 1

    def reset(self):
        self.t = 0
        return torch.randn(3)

    def step(self, action):
        self.t += 1
        return torch.randn(3), float(-action.abs().sum()), self.t >= 8, {}


def probe():
    env = StandInPendulum()
    hidden_dim = 64
    batch_size = 1  # each sample in batch is an episode
    replay_buffer = ReplayBufferLSTM(1000)
    alg = RDPG(replay_buffer, env.state_dim, env.action_dim, hidden_dim)
    for i_episode in range(3):
        state = env.reset()
        last_action = torch.zeros(env.action_dim)
        episode = {k: [] for k in ("state", "action", "last_action", "reward", "next_state", "done")}
        hidden_out = (torch.zeros([1, 1, hidden_dim], dtype=torch.float),
                      torch.zeros([1, 1, hidden_dim], dtype=torch.float))
        for step in range(8):
            hidden_in = hidden_out
            action, hidden_out = alg.policy_net.get_action(state, last_action, hidden_in)
            next_state, reward, done, _ = env.step(action)
            for key, value in (("state", state), ("action", action), ("last_action", last_action),
                               ("reward", torch.tensor(reward)), ("next_state", next_state), ("done", torch.tensor(done))):
                episode[key].append(value)
            state, last_action = next_state, action
            if len(replay_buffer) > batch_size:
                alg.update(batch_size)
        replay_buffer.push(*(torch.stack(episode[k]) for k in ("state", "action", "last_action", "reward", "next_state", "done")))


if __name__ == "__main__":
    probe()

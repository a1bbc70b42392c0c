# source: https://github.com/vwxyzjn/cleanrl/blob/master/cleanrl/ppo_atari_lstm.py
"""cleanrl's PPO + LSTM (ppo_atari_lstm.py) done right: the LSTM state is (num_layers, num_envs,
hidden) and lives across rollout steps; get_states() reads the batch from the state
(lstm_state[0].shape[1]), reshapes the flat CNN features to (steps, envs, 512) and steps the
LSTM one time step at a time, zeroing the state where an episode ended. In the update, a
minibatch of environments takes the rollout's initial state sliced on dim 1
(initial_lstm_state[0][:, mbenvinds]) while its observations are flattened steps * envs, which
looks like a batch mismatch but is the layout get_states() expects."""
import math
import torch
import torch.nn as nn
from torch.distributions.categorical import Categorical


def layer_init(layer, std=math.sqrt(2), bias_const=0.0):
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, n_actions):
        super().__init__()
        self.network = nn.Sequential(
            layer_init(nn.Conv2d(1, 32, 8, stride=4)),
            nn.ReLU(),
            layer_init(nn.Conv2d(32, 64, 4, stride=2)),
            nn.ReLU(),
            layer_init(nn.Conv2d(64, 64, 3, stride=1)),
            nn.ReLU(),
            nn.Flatten(),
            layer_init(nn.Linear(64 * 7 * 7, 512)),
            nn.ReLU(),
        )
        self.lstm = nn.LSTM(512, 128)
        for name, param in self.lstm.named_parameters():
            if "bias" in name:
                nn.init.constant_(param, 0)
            elif "weight" in name:
                nn.init.orthogonal_(param, 1.0)
        self.actor = layer_init(nn.Linear(128, n_actions), std=0.01)
        self.critic = layer_init(nn.Linear(128, 1), std=1)

    def get_states(self, x, lstm_state, done):
        hidden = self.network(x / 255.0)

        # LSTM logic
        batch_size = lstm_state[0].shape[1]
        hidden = hidden.reshape((-1, batch_size, self.lstm.input_size))
        done = done.reshape((-1, batch_size))
        new_hidden = []
        for h, d in zip(hidden, done):
            h, lstm_state = self.lstm(
                h.unsqueeze(0),
                (
                    (1.0 - d).view(1, -1, 1) * lstm_state[0],
                    (1.0 - d).view(1, -1, 1) * lstm_state[1],
                ),
            )
            new_hidden += [h]
        new_hidden = torch.flatten(torch.cat(new_hidden), 0, 1)
        return new_hidden, lstm_state

    def get_value(self, x, lstm_state, done):
        hidden, _ = self.get_states(x, lstm_state, done)
        return self.critic(hidden)

    def get_action_and_value(self, x, lstm_state, done, action=None):
        hidden, lstm_state = self.get_states(x, lstm_state, done)
        logits = self.actor(hidden)
        probs = Categorical(logits=logits)
        if action is None:
            action = probs.sample()
        return action, probs.log_prob(action), probs.entropy(), self.critic(hidden), lstm_state


def probe():
    torch.manual_seed(0)
    num_envs, num_steps, num_minibatches, n_actions = 4, 3, 2, 6
    agent = Agent(n_actions)
    obs = torch.zeros((num_steps, num_envs, 1, 84, 84))
    actions = torch.zeros((num_steps, num_envs))
    dones = torch.zeros((num_steps, num_envs))
    next_obs = torch.rand(num_envs, 1, 84, 84) * 255
    next_done = torch.zeros(num_envs)
    next_lstm_state = (
        torch.zeros(agent.lstm.num_layers, num_envs, agent.lstm.hidden_size),
        torch.zeros(agent.lstm.num_layers, num_envs, agent.lstm.hidden_size),
    )
    initial_lstm_state = (next_lstm_state[0].clone(), next_lstm_state[1].clone())
    for step in range(num_steps):
        obs[step] = next_obs
        dones[step] = next_done
        with torch.no_grad():
            action, logprob, _, value, next_lstm_state = agent.get_action_and_value(next_obs, next_lstm_state, next_done)
        actions[step] = action
        next_obs = torch.rand(num_envs, 1, 84, 84) * 255
        next_done = (torch.rand(num_envs) < 0.3).float()
    with torch.no_grad():
        agent.get_value(next_obs, next_lstm_state, next_done).reshape(1, -1)

    b_obs = obs.reshape((-1, 1, 84, 84))
    b_actions = actions.reshape(-1)
    b_dones = dones.reshape(-1)
    envsperbatch = num_envs // num_minibatches
    envinds = torch.arange(num_envs)
    flatinds = torch.arange(num_envs * num_steps).reshape(num_steps, num_envs)
    for start in range(0, num_envs, envsperbatch):
        mbenvinds = envinds[start:start + envsperbatch]
        mb_inds = flatinds[:, mbenvinds].ravel()  # be really careful about the index
        _, newlogprob, entropy, newvalue, _ = agent.get_action_and_value(
            b_obs[mb_inds],
            (initial_lstm_state[0][:, mbenvinds], initial_lstm_state[1][:, mbenvinds]),
            b_dones[mb_inds],
            b_actions.long()[mb_inds],
        )
        (newlogprob.mean() + newvalue.mean() - 0.01 * entropy.mean()).backward()


if __name__ == "__main__":
    probe()

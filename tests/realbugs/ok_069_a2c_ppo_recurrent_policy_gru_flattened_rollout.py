# source: https://github.com/ikostrikov/pytorch-a2c-ppo-acktr-gail/blob/HEAD/a2c_ppo_acktr/model.py
"""pytorch-a2c-ppo-acktr-gail (a2c_ppo_acktr/model.py, class NNBase): the recurrent policy keeps
one GRU state per process as (N, hidden). Acting, x is (N, features): both get a time axis of one
with unsqueeze(0) and the mask resets finished episodes. Updating, x is the rollout flattened to
(T * N, features): it is unflattened to (T, N, features) and run in chunks between episode ends,
the state (1, N, hidden) carried from chunk to chunk. The GRU is built by a base class from
`base_kwargs` ({'recurrent': True}) and the input size is the observation's. (The original turns
the mask's nonzero indices into a list through numpy; .tolist() does the same here.)"""
import math

import torch
import torch.nn as nn


def init(module, weight_init, bias_init, gain=1):
    weight_init(module.weight.data, gain=gain)
    bias_init(module.bias.data)
    return module


class NNBase(nn.Module):
    def __init__(self, recurrent, recurrent_input_size, hidden_size):
        super(NNBase, self).__init__()

        self._hidden_size = hidden_size
        self._recurrent = recurrent

        if recurrent:
            self.gru = nn.GRU(recurrent_input_size, hidden_size)
            for name, param in self.gru.named_parameters():
                if 'bias' in name:
                    nn.init.constant_(param, 0)
                elif 'weight' in name:
                    nn.init.orthogonal_(param)

    @property
    def is_recurrent(self):
        return self._recurrent

    @property
    def recurrent_hidden_state_size(self):
        if self._recurrent:
            return self._hidden_size
        return 1

    @property
    def output_size(self):
        return self._hidden_size

    def _forward_gru(self, x, hxs, masks):
        if x.size(0) == hxs.size(0):
            x, hxs = self.gru(x.unsqueeze(0), (hxs * masks).unsqueeze(0))
            x = x.squeeze(0)
            hxs = hxs.squeeze(0)
        else:
            # x is a (T, N, -1) tensor that has been flatten to (T * N, -1)
            N = hxs.size(0)
            T = int(x.size(0) / N)

            # unflatten
            x = x.view(T, N, x.size(1))

            # Same deal with masks
            masks = masks.view(T, N)

            # Let's figure out which steps in the sequence have a zero for any agent
            # We will always assume t=0 has a zero in it as that makes the logic cleaner
            has_zeros = ((masks[1:] == 0.0).any(dim=-1).nonzero().squeeze().cpu())

            # +1 to correct the masks[1:]
            if has_zeros.dim() == 0:
                # Deal with scalar
                has_zeros = [has_zeros.item() + 1]
            else:
                has_zeros = (has_zeros + 1).tolist()

            # add t=0 and t=T to the list
            has_zeros = [0] + has_zeros + [T]

            hxs = hxs.unsqueeze(0)
            outputs = []
            for i in range(len(has_zeros) - 1):
                # We can now process steps that don't have any zeros in masks together!
                start_idx = has_zeros[i]
                end_idx = has_zeros[i + 1]

                rnn_scores, hxs = self.gru(
                    x[start_idx:end_idx],
                    hxs * masks[start_idx].view(1, -1, 1))

                outputs.append(rnn_scores)

            # x is a (T, N, -1) tensor
            x = torch.cat(outputs, dim=0)
            # flatten
            x = x.view(T * N, -1)
            hxs = hxs.squeeze(0)

        return x, hxs


class MLPBase(NNBase):
    def __init__(self, num_inputs, recurrent=False, hidden_size=64):
        super(MLPBase, self).__init__(recurrent, num_inputs, hidden_size)

        if recurrent:
            num_inputs = hidden_size

        init_ = lambda m: init(m, nn.init.orthogonal_, lambda x: nn.init.constant_(x, 0), math.sqrt(2))

        self.actor = nn.Sequential(
            init_(nn.Linear(num_inputs, hidden_size)), nn.Tanh(),
            init_(nn.Linear(hidden_size, hidden_size)), nn.Tanh())

        self.critic = nn.Sequential(
            init_(nn.Linear(num_inputs, hidden_size)), nn.Tanh(),
            init_(nn.Linear(hidden_size, hidden_size)), nn.Tanh())

        self.critic_linear = init_(nn.Linear(hidden_size, 1))

        self.train()

    def forward(self, inputs, rnn_hxs, masks):
        x = inputs

        if self.is_recurrent:
            x, rnn_hxs = self._forward_gru(x, rnn_hxs, masks)

        hidden_critic = self.critic(x)
        hidden_actor = self.actor(x)

        return self.critic_linear(hidden_critic), hidden_actor, rnn_hxs


class Policy(nn.Module):
    def __init__(self, obs_shape, num_actions, base=None, base_kwargs=None):
        super(Policy, self).__init__()
        if base_kwargs is None:
            base_kwargs = {}
        if base is None:
            base = MLPBase
        self.base = base(obs_shape[0], **base_kwargs)
        self.dist = nn.Linear(self.base.output_size, num_actions)

    @property
    def recurrent_hidden_state_size(self):
        return self.base.recurrent_hidden_state_size

    def act(self, inputs, rnn_hxs, masks):
        value, actor_features, rnn_hxs = self.base(inputs, rnn_hxs, masks)
        action = torch.distributions.Categorical(logits=self.dist(actor_features)).sample()
        return value, action, rnn_hxs

    def evaluate_actions(self, inputs, rnn_hxs, masks, action):
        value, actor_features, rnn_hxs = self.base(inputs, rnn_hxs, masks)
        dist = torch.distributions.Categorical(logits=self.dist(actor_features))
        return value, dist.log_prob(action), dist.entropy().mean(), rnn_hxs


def probe():
    num_processes, num_steps, obs_dim = 4, 5, 8
    actor_critic = Policy((obs_dim,), 3, base_kwargs={'recurrent': True})
    obs = torch.randn(num_steps + 1, num_processes, obs_dim)
    recurrent_hidden_states = torch.zeros(num_steps + 1, num_processes, actor_critic.recurrent_hidden_state_size)
    masks = torch.ones(num_steps + 1, num_processes, 1)
    actions = torch.zeros(num_steps, num_processes, dtype=torch.long)
    with torch.no_grad():
        for step in range(num_steps):
            value, action, hxs = actor_critic.act(obs[step], recurrent_hidden_states[step], masks[step])
            actions[step] = action
            recurrent_hidden_states[step + 1] = hxs
            masks[step + 1] = torch.tensor([[0.0] if (step + i) % 3 == 0 else [1.0] for i in range(num_processes)])
    # the update: whole rollout flattened to (T * N, ...), the first state of each process
    values, log_probs, entropy, _ = actor_critic.evaluate_actions(
        obs[:-1].view(-1, obs_dim), recurrent_hidden_states[0].view(-1, actor_critic.recurrent_hidden_state_size),
        masks[:-1].view(-1, 1), actions.view(-1))
    (values.mean() - log_probs.mean() - 0.01 * entropy).backward()


if __name__ == "__main__":
    probe()

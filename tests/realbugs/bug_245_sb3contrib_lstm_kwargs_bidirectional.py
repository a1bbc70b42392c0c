# source: https://github.com/Stable-Baselines-Team/stable-baselines3-contrib/blob/0ca7fdd8d1150bd3a48b86016a85db036efc3b6d/sb3_contrib/ppo_recurrent/ppo_recurrent.py
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 4, 16), got [1, 4, 16]
"""Stable-Baselines-Team/stable-baselines3-contrib at 0ca7fdd (sb3_contrib/common/recurrent/policies.py,
sb3_contrib/ppo_recurrent/ppo_recurrent.py): RecurrentActorCriticPolicy forwards a user dict
`lstm_kwargs` ("Additional keyword arguments to pass the the LSTM constructor") straight into
`nn.LSTM(features_dim, lstm_hidden_size, num_layers=n_lstm_layers, **lstm_kwargs)`, but
RecurrentPPO._setup_model sizes the initial (h, c) and the rollout buffer with
`(lstm.num_layers, n_envs, lstm.hidden_size)` and the policy keeps
`lstm_hidden_state_shape = (n_lstm_layers, 1, lstm_hidden_size)`. With
policy_kwargs=dict(lstm_kwargs=dict(bidirectional=True)) the LSTM wants
(num_layers * 2, n_envs, hidden) and the first rollout step fails (the mlp_extractor, sized
lstm_output_dim = lstm_hidden_size, would be next). This is an option the docstring offers and the
repository never runs; the fix counts the directions where the states are sized (or rejects
bidirectional in lstm_kwargs). The gym env and VecEnv are replaced by random observations, the
features extractor by nn.Flatten, MlpExtractor and the action distribution by Linear heads."""
from typing import Any, NamedTuple

import torch as th
from torch import nn


class RNNStates(NamedTuple):
    pi: tuple[th.Tensor, ...]
    vf: tuple[th.Tensor, ...]


# sb3_contrib/common/recurrent/policies.py (RecurrentActorCriticPolicy, the recurrent parts)
class RecurrentActorCriticPolicy(nn.Module):
    def __init__(
        self,
        features_dim: int,
        n_actions: int,
        lstm_hidden_size: int = 256,
        n_lstm_layers: int = 1,
        shared_lstm: bool = False,
        enable_critic_lstm: bool = True,
        lstm_kwargs: dict[str, Any] | None = None,
    ):
        super().__init__()
        self.features_dim = features_dim
        self.lstm_output_dim = lstm_hidden_size
        self.features_extractor = nn.Flatten()
        self.lstm_kwargs = lstm_kwargs or {}
        self.shared_lstm = shared_lstm
        self.enable_critic_lstm = enable_critic_lstm
        self.lstm_actor = nn.LSTM(
            self.features_dim,
            lstm_hidden_size,
            num_layers=n_lstm_layers,
            **self.lstm_kwargs,
        )
        # For the predict() method, to initialize hidden states
        # (n_lstm_layers, batch_size, lstm_hidden_size)
        self.lstm_hidden_state_shape = (n_lstm_layers, 1, lstm_hidden_size)
        self.critic = None
        self.lstm_critic = None
        if not (self.shared_lstm or self.enable_critic_lstm):
            self.critic = nn.Linear(self.features_dim, lstm_hidden_size)
        if self.enable_critic_lstm:
            self.lstm_critic = nn.LSTM(
                self.features_dim,
                lstm_hidden_size,
                num_layers=n_lstm_layers,
                **self.lstm_kwargs,
            )
        # MlpExtractor(self.lstm_output_dim, net_arch=dict(pi=[64], vf=[64])) in short
        self.policy_net = nn.Sequential(nn.Linear(self.lstm_output_dim, 64), nn.Tanh())
        self.value_net_body = nn.Sequential(nn.Linear(self.lstm_output_dim, 64), nn.Tanh())
        self.action_net = nn.Linear(64, n_actions)
        self.value_net = nn.Linear(64, 1)

    @staticmethod
    def _process_sequence(features, lstm_states, episode_starts, lstm):
        n_seq = lstm_states[0].shape[1]
        features_sequence = features.reshape((n_seq, -1, lstm.input_size)).swapaxes(0, 1)
        episode_starts = episode_starts.reshape((n_seq, -1)).swapaxes(0, 1)

        if th.all(episode_starts == 0.0):
            lstm_output, lstm_states = lstm(features_sequence, lstm_states)
            lstm_output = th.flatten(lstm_output.transpose(0, 1), start_dim=0, end_dim=1)
            return lstm_output, lstm_states

        lstm_output = []
        for features, episode_start in zip(features_sequence, episode_starts, strict=True):
            hidden, lstm_states = lstm(
                features.unsqueeze(dim=0),
                (
                    # Reset the states at the beginning of a new episode
                    (1.0 - episode_start).view(1, n_seq, 1) * lstm_states[0],
                    (1.0 - episode_start).view(1, n_seq, 1) * lstm_states[1],
                ),
            )
            lstm_output += [hidden]
        lstm_output = th.flatten(th.cat(lstm_output).transpose(0, 1), start_dim=0, end_dim=1)
        return lstm_output, lstm_states

    def forward(self, obs, lstm_states: RNNStates, episode_starts):
        features = self.features_extractor(obs)
        pi_features = vf_features = features
        latent_pi, lstm_states_pi = self._process_sequence(pi_features, lstm_states.pi, episode_starts, self.lstm_actor)
        if self.lstm_critic is not None:
            latent_vf, lstm_states_vf = self._process_sequence(vf_features, lstm_states.vf, episode_starts, self.lstm_critic)
        else:
            latent_vf = self.critic(vf_features)
            lstm_states_vf = lstm_states_pi
        logits = self.action_net(self.policy_net(latent_pi))
        values = self.value_net(self.value_net_body(latent_vf))
        return logits, values, RNNStates(lstm_states_pi, lstm_states_vf)


# sb3_contrib/ppo_recurrent/ppo_recurrent.py (RecurrentPPO._setup_model / collect_rollouts, in short)
class RecurrentPPO:
    def __init__(self, obs_dim, n_actions, n_envs=4, n_steps=128, policy_kwargs=None):
        self.n_envs = n_envs
        self.n_steps = n_steps
        self.device = th.device("cpu")
        self.policy = RecurrentActorCriticPolicy(obs_dim, n_actions, **(policy_kwargs or {}))
        self._setup_model()

    def _setup_model(self) -> None:
        lstm = self.policy.lstm_actor
        single_hidden_state_shape = (lstm.num_layers, self.n_envs, lstm.hidden_size)  # fix: (lstm.num_layers * (2 if lstm.bidirectional else 1), self.n_envs, lstm.hidden_size), or reject bidirectional in lstm_kwargs
        # hidden and cell states for actor and critic
        self._last_lstm_states = RNNStates(
            (
                th.zeros(single_hidden_state_shape, device=self.device),
                th.zeros(single_hidden_state_shape, device=self.device),
            ),
            (
                th.zeros(single_hidden_state_shape, device=self.device),
                th.zeros(single_hidden_state_shape, device=self.device),
            ),
        )
        self.hidden_state_buffer_shape = (self.n_steps, lstm.num_layers, self.n_envs, lstm.hidden_size)

    def collect_step(self, last_obs, last_episode_starts):
        with th.no_grad():
            episode_starts = th.tensor(last_episode_starts, dtype=th.float32, device=self.device)
            logits, values, lstm_states = self.policy(last_obs, self._last_lstm_states, episode_starts)
        self._last_lstm_states = lstm_states
        return logits.argmax(dim=-1), values


def probe():
    # RecurrentPPO("MlpLstmPolicy", env, n_steps=128,
    #              policy_kwargs=dict(lstm_hidden_size=16, lstm_kwargs=dict(bidirectional=True)))
    model = RecurrentPPO(obs_dim=8, n_actions=3, n_envs=4, n_steps=128,
                         policy_kwargs=dict(lstm_hidden_size=16, lstm_kwargs=dict(bidirectional=True)))
    obs = th.randn(4, 8)
    actions, values = model.collect_step(obs, [True, True, True, True])
    assert actions.shape == (4,)


if __name__ == "__main__":
    probe()

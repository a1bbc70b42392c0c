# source: https://github.com/opendilab/LightZero/issues/170
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 3, 512), got [1, 3, 64]
"""Sampled EfficientZero builds its reward-prefix state from the lstm_hidden_size it was given
(64 in the user's config), but does not pass lstm_hidden_size on to the DynamicsNetwork, whose
LSTM keeps its default of 512: the first recurrent_inference hands a 64-wide state to a 512-wide
LSTM."""
from typing import Tuple

import torch
import torch.nn as nn


class DynamicsNetwork(nn.Module):
    def __init__(self, num_channels: int, action_encoding_dim: int, fc_reward_layers=(32,),
                 output_support_size: int = 21, flatten_output_size_for_reward_head: int = 16,
                 lstm_hidden_size: int = 512, activation=nn.ReLU(inplace=True)):
        super().__init__()
        self.num_channels = num_channels
        self.flatten_output_size_for_reward_head = flatten_output_size_for_reward_head
        self.lstm_hidden_size = lstm_hidden_size
        self.fc_state = nn.Linear(num_channels + action_encoding_dim, num_channels)
        self.fc_reward_in = nn.Linear(num_channels, self.flatten_output_size_for_reward_head)
        self.activation = activation
        # The input size of the LSTM is the flattened reward-head features; its state is the
        # value prefix carried from step to step.
        self.lstm = nn.LSTM(input_size=self.flatten_output_size_for_reward_head,
                            hidden_size=self.lstm_hidden_size)
        self.fc_reward_head = nn.Sequential(nn.Linear(self.lstm_hidden_size, fc_reward_layers[0]),
                                            nn.ReLU(), nn.Linear(fc_reward_layers[0],
                                                                 output_support_size))

    def forward(self, state_action_encoding: torch.Tensor,
                reward_hidden_state: Tuple[torch.Tensor, torch.Tensor]):
        next_latent_state = self.activation(self.fc_state(state_action_encoding))
        x = self.activation(self.fc_reward_in(next_latent_state))
        x = x.reshape(-1, self.flatten_output_size_for_reward_head).unsqueeze(0)
        value_prefix, next_reward_hidden_state = self.lstm(x, reward_hidden_state)
        value_prefix = self.fc_reward_head(value_prefix.squeeze(0))
        return next_latent_state, next_reward_hidden_state, value_prefix


class SampledEfficientZeroModel(nn.Module):
    def __init__(self, observation_shape: int = 8, action_space_size: int = 2,
                 latent_state_dim: int = 32, lstm_hidden_size: int = 512,
                 fc_reward_layers=(32,), reward_support_size: int = 21):
        super().__init__()
        self.action_space_size = action_space_size
        self.lstm_hidden_size = lstm_hidden_size
        self.representation_network = nn.Sequential(nn.Linear(observation_shape, latent_state_dim),
                                                    nn.ReLU())
        self.dynamics_network = DynamicsNetwork(  # fix: pass lstm_hidden_size=self.lstm_hidden_size on, as the state below is built with it
            latent_state_dim,
            action_space_size,
            fc_reward_layers=fc_reward_layers,
            output_support_size=reward_support_size,
        )

    def initial_inference(self, obs: torch.Tensor):
        batch_size = obs.size(0)
        latent_state = self.representation_network(obs)
        # zero initialization for reward (value prefix) hidden states
        reward_hidden_state = (torch.zeros(1, batch_size, self.lstm_hidden_size),
                               torch.zeros(1, batch_size, self.lstm_hidden_size))
        return latent_state, reward_hidden_state

    def recurrent_inference(self, latent_state: torch.Tensor, reward_hidden_state, action):
        state_action_encoding = torch.cat([latent_state, action], dim=1)
        return self.dynamics_network(state_action_encoding, reward_hidden_state)


def probe():
    main_config = dict(model=dict(observation_shape=8, action_space_size=2, lstm_hidden_size=64))
    model = SampledEfficientZeroModel(**main_config["model"])
    latent_state, reward_hidden_state = model.initial_inference(torch.randn(3, 8))
    model.recurrent_inference(latent_state, reward_hidden_state, torch.randn(3, 2))


if __name__ == "__main__":
    probe()

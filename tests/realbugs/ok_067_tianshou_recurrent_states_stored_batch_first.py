# source: https://github.com/thu-ml/tianshou/blob/HEAD/tianshou/utils/net/common.py
"""tianshou (tianshou/utils/net/common.py, class Recurrent): the replay buffer stores everything
batch first, so the recurrent policy keeps its LSTM state as {"hidden", "cell"} of shape
(bsz, layer_num, hidden): it transposes them to (layer_num, bsz, hidden) before the batch_first
LSTM and back after it. Observations are (bsz, dim) when collecting and (bsz, len, dim) when
training; the former gets a time axis with unsqueeze(-2). The first step has no state and lets
the LSTM start from zeros."""
from typing import Any

import math
import torch
from torch import nn


class Recurrent(nn.Module):
    """Simple Recurrent network based on LSTM."""

    def __init__(self, layer_num: int, state_shape, action_shape, hidden_layer_size: int = 128) -> None:
        super().__init__()
        self.output_dim = int(math.prod(action_shape))
        self.nn = nn.LSTM(
            input_size=hidden_layer_size,
            hidden_size=hidden_layer_size,
            num_layers=layer_num,
            batch_first=True,
        )
        self.fc1 = nn.Linear(int(math.prod(state_shape)), hidden_layer_size)
        self.fc2 = nn.Linear(hidden_layer_size, self.output_dim)

    def forward(self, obs, state: dict[str, torch.Tensor] | None = None, info: dict[str, Any] | None = None):
        if state is not None and not {"hidden", "cell"}.issubset(state.keys()):
            raise ValueError(f"Expected to find keys 'hidden' and 'cell' but instead found {state.keys()}")
        obs = torch.as_tensor(obs, dtype=torch.float32)
        # obs [bsz, len, dim] (training) or [bsz, dim] (evaluation)
        if len(obs.shape) == 2:
            obs = obs.unsqueeze(-2)
        obs = self.fc1(obs)
        self.nn.flatten_parameters()
        if state is None:
            obs, (hidden, cell) = self.nn(obs)
        else:
            # we store the stack data in [bsz, len, ...] format
            # but pytorch rnn needs [len, bsz, ...]
            obs, (hidden, cell) = self.nn(
                obs,
                (
                    state["hidden"].transpose(0, 1).contiguous(),
                    state["cell"].transpose(0, 1).contiguous(),
                ),
            )
        obs = self.fc2(obs[:, -1])
        # please ensure the first dim is batch size: [bsz, len, ...]
        return obs, {"hidden": hidden.transpose(0, 1).detach(), "cell": cell.transpose(0, 1).detach()}


def probe():
    n_envs, obs_dim, n_actions, stack_num = 4, 6, 3, 5
    net = Recurrent(layer_num=3, state_shape=(obs_dim,), action_shape=(n_actions,), hidden_layer_size=32)
    # collecting: one observation per env, the state carried between steps
    state = None
    stored_states = []
    for _ in range(stack_num):
        logits, state = net(torch.rand(n_envs, obs_dim).tolist(), state)
        stored_states.append(state)
    # training: stacked frames, the state stored with the first frame of each sample
    batch = torch.rand(8, stack_num, obs_dim)
    first = {k: torch.cat([stored_states[0][k], stored_states[1][k]], 0) for k in ("hidden", "cell")}
    logits, _ = net(batch, first)
    logits.sum().backward()


if __name__ == "__main__":
    probe()

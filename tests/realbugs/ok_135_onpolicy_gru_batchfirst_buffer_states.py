# source: https://github.com/marlbenchmark/on-policy/blob/de66d7a4b23fac2513f56f96f73b3f5cb96695ac/onpolicy/algorithms/utils/rnn.py
"""marlbenchmark/on-policy at de66d7a (onpolicy/algorithms/utils/rnn.py,
onpolicy/algorithms/r_mappo/algorithm/r_actor_critic.py, onpolicy/config.py), correct: the MAPPO
rollout buffer keeps the GRU state agent-major, (N, recurrent_N, hidden), which looks like a
batch-first state handed to nn.GRU; RNNLayer transposes it to (recurrent_N, N, hidden) before
every call (`.transpose(0, 1).contiguous()`) and back afterwards, both for a single step
(x of shape (N, dim), unsqueezed to a length-1 sequence) and for a chunk of T steps flattened to
(T * N, dim), where it restarts the state at every step whose mask is 0. The state masks are
repeated per layer. `.numpy().tolist()` is written `.tolist()` (no numpy here); the actor's MLP
base is replaced by a Linear and the config by its defaults (recurrent_N=1, hidden_size=64)
scaled down, with recurrent_N=2 to exercise the layer dimension."""
import torch
import torch.nn as nn


class RNNLayer(nn.Module):
    def __init__(self, inputs_dim, outputs_dim, recurrent_N, use_orthogonal):
        super(RNNLayer, self).__init__()
        self._recurrent_N = recurrent_N
        self._use_orthogonal = use_orthogonal

        self.rnn = nn.GRU(inputs_dim, outputs_dim, num_layers=self._recurrent_N)
        for name, param in self.rnn.named_parameters():
            if 'bias' in name:
                nn.init.constant_(param, 0)
            elif 'weight' in name:
                if self._use_orthogonal:
                    nn.init.orthogonal_(param)
                else:
                    nn.init.xavier_uniform_(param)
        self.norm = nn.LayerNorm(outputs_dim)

    def forward(self, x, hxs, masks):
        if x.size(0) == hxs.size(0):
            x, hxs = self.rnn(x.unsqueeze(0),
                              (hxs * masks.repeat(1, self._recurrent_N).unsqueeze(-1)).transpose(0, 1).contiguous())
            x = x.squeeze(0)
            hxs = hxs.transpose(0, 1)
        else:
            # x is a (T, N, -1) tensor that has been flatten to (T * N, -1)
            N = hxs.size(0)
            T = int(x.size(0) / N)

            x = x.view(T, N, x.size(1))
            masks = masks.view(T, N)

            has_zeros = ((masks[1:] == 0.0)
                         .any(dim=-1)
                         .nonzero()
                         .squeeze()
                         .cpu())

            if has_zeros.dim() == 0:
                has_zeros = [has_zeros.item() + 1]
            else:
                has_zeros = (has_zeros + 1).tolist()

            has_zeros = [0] + has_zeros + [T]

            hxs = hxs.transpose(0, 1)

            outputs = []
            for i in range(len(has_zeros) - 1):
                start_idx = has_zeros[i]
                end_idx = has_zeros[i + 1]
                temp = (hxs * masks[start_idx].view(1, -1, 1).repeat(self._recurrent_N, 1, 1)).contiguous()
                rnn_scores, hxs = self.rnn(x[start_idx:end_idx], temp)
                outputs.append(rnn_scores)

            x = torch.cat(outputs, dim=0)
            x = x.reshape(T * N, -1)
            hxs = hxs.transpose(0, 1)

        x = self.norm(x)
        return x, hxs


class R_Actor(nn.Module):
    """r_actor_critic.R_Actor with the MLP base as one Linear."""

    def __init__(self, obs_dim, hidden_size, recurrent_N, use_orthogonal=True):
        super(R_Actor, self).__init__()
        self.base = nn.Sequential(nn.Linear(obs_dim, hidden_size), nn.ReLU())
        self.rnn = RNNLayer(hidden_size, hidden_size, recurrent_N, use_orthogonal)

    def forward(self, obs, rnn_states, masks):
        actor_features = self.base(obs)
        actor_features, rnn_states = self.rnn(actor_features, rnn_states, masks)
        return actor_features, rnn_states


def probe():
    n_rollout_threads, num_agents = 3, 2
    N = n_rollout_threads * num_agents
    obs_dim, hidden_size, recurrent_N, T = 10, 16, 2, 5
    actor = R_Actor(obs_dim, hidden_size, recurrent_N)

    # collect(): one step for every agent, states as the buffer stores them
    rnn_states = torch.zeros(N, recurrent_N, hidden_size)
    masks = torch.ones(N, 1)
    feats, rnn_states = actor(torch.randn(N, obs_dim), rnn_states, masks)
    assert feats.shape == (N, hidden_size) and rnn_states.shape == (N, recurrent_N, hidden_size)

    # train(): chunks of T steps flattened, first state of each chunk, a done in the middle
    masks = torch.ones(T * N, 1)
    masks[2 * N:3 * N] = 0.0
    feats, rnn_states = actor(torch.randn(T * N, obs_dim), rnn_states, masks)
    assert feats.shape == (T * N, hidden_size) and rnn_states.shape == (N, recurrent_N, hidden_size)


if __name__ == "__main__":
    probe()

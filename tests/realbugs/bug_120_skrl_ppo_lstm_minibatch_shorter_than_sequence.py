# source: https://github.com/Toni-SM/skrl/issues/101
# rule: LC008
# torch: RuntimeError: shape '[-1, 128, 23]' is invalid for input of size 736
"""skrl's recurrent PPO example (ppo_lstm): during training the policy reshapes the sampled states
into sequences for its batch_first LSTM, states.view(-1, self.sequence_length, states.shape[-1]).
With one environment the agent's configuration gives mini-batches of rollouts // mini_batches =
32 transitions, fewer than sequence_length = 128, so the sequences cannot be formed: "shape
'[-1, 128, 23]' is invalid for input of size 736" (23 observations times 32)."""
import torch
import torch.nn as nn

PPO_DEFAULT_CONFIG = {
    "rollouts": 1024,
    "learning_epochs": 1,
    "mini_batches": 32,
}


class Policy(nn.Module):
    def __init__(self, num_observations, num_actions, num_envs=1, num_layers=1, hidden_size=64,
                 sequence_length=128):
        super().__init__()
        self.num_observations = num_observations
        self.num_envs = num_envs
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.sequence_length = sequence_length

        self.lstm = nn.LSTM(input_size=self.num_observations,
                            hidden_size=self.hidden_size,
                            num_layers=self.num_layers,
                            batch_first=True)  # batch_first -> (batch, sequence, features)

        self.net = nn.Sequential(nn.Linear(self.hidden_size, 64), nn.ReLU(), nn.Linear(64, num_actions))

    def get_specification(self):
        # batch size (N) is the number of envs
        return {"rnn": {"sequence_length": self.sequence_length,
                        "sizes": [(self.num_layers, self.num_envs, self.hidden_size),    # hidden states (D * num_layers, N, Hout)
                                  (self.num_layers, self.num_envs, self.hidden_size)]}}  # cell states   (D * num_layers, N, Hcell)

    def compute(self, inputs, role=""):
        states = inputs["states"]
        hidden_states, cell_states = inputs["rnn"][0], inputs["rnn"][1]

        # training
        if self.training:
            rnn_input = states.view(-1, self.sequence_length, states.shape[-1])  # (N, L, Hin): N=batch_size, L=sequence_length
            hidden_states = hidden_states.view(self.num_layers, -1, self.sequence_length, hidden_states.shape[-1])  # (D * num_layers, N, L, Hout)
            cell_states = cell_states.view(self.num_layers, -1, self.sequence_length, cell_states.shape[-1])  # (D * num_layers, N, L, Hcell)
            # get the hidden/cell states corresponding to the initial sequence
            hidden_states = hidden_states[:, :, 0, :].contiguous()  # (D * num_layers, N, Hout)
            cell_states = cell_states[:, :, 0, :].contiguous()  # (D * num_layers, N, Hcell)
            rnn_output, rnn_states = self.lstm(rnn_input, (hidden_states, cell_states))
        # rollout
        else:
            rnn_input = states.view(-1, 1, states.shape[-1])  # (N, L, Hin): N=num_envs, L=1
            rnn_output, rnn_states = self.lstm(rnn_input, (hidden_states, cell_states))

        # flatten the RNN output
        rnn_output = torch.flatten(rnn_output, start_dim=0, end_dim=1)  # (N, L, D * Hout) -> (N * L, D * Hout)
        return self.net(rnn_output), {"rnn": [rnn_states[0], rnn_states[1]]}


def train_one_update(policy, memory_states, memory_hidden, memory_cell, cfg):
    sample_size = cfg["rollouts"] // cfg["mini_batches"]  # fix: with one env a mini-batch must hold whole sequences: mini_batches <= rollouts // sequence_length
    policy.train()
    for start in range(0, cfg["rollouts"], sample_size):
        batch = slice(start, start + sample_size)
        policy.compute({"states": memory_states[batch],
                        "rnn": [memory_hidden[:, batch], memory_cell[:, batch]]}, role="policy")


def probe():
    policy = Policy(num_observations=23, num_actions=2, num_envs=1)
    rollouts = PPO_DEFAULT_CONFIG["rollouts"]
    memory_states = torch.randn(rollouts, 23)
    memory_hidden = torch.zeros(1, rollouts, 64)
    memory_cell = torch.zeros(1, rollouts, 64)
    train_one_update(policy, memory_states, memory_hidden, memory_cell, PPO_DEFAULT_CONFIG)


if __name__ == "__main__":
    probe()

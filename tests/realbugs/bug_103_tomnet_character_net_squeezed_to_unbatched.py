# source: https://github.com/VArdulov/ToMNet/issues/1
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""ToMNet (random_agent_experiment.py): the character network runs a Conv1d over one past
trajectory, squeezes the result and feeds it to an LSTM whose states come from init_hidden()
as (1, 1, hidden). The bare .squeeze() drops the batch dim along with the conv's length-1 dim,
so the LSTM gets a 2-D (sequence, features) tensor with 3-D states. Reported with the old
message "input must have 3 dimensions, got 2"; torch 2.x reads the 2-D input as unbatched."""
import torch
import torch.nn as nn
from torch.autograd import Variable


class CharacterNetwork(nn.Module):
    def __init__(self, input_shape, hidden_shape, output_shape):
        super(CharacterNetwork, self).__init__()
        self.input_shape = input_shape  # (tuple)
        self.hidden_shape = hidden_shape
        self.output_shape = output_shape

        self.conv = nn.Conv1d(hidden_shape, hidden_shape, input_shape[1])
        self.relu = nn.ReLU()
        self.lstm = nn.LSTM(input_size=hidden_shape, hidden_size=hidden_shape)
        self.pool = nn.AvgPool1d(hidden_shape)
        self.embed = nn.Linear(in_features=input_shape[0], out_features=output_shape)

    def forward(self, input, hidden_curr):
        out = self.conv(input)
        out = self.relu(out).squeeze()  # fix: keep a batch dim of one: .squeeze(2).unsqueeze(1) gives (seq, 1, features)
        out, hidden_next = self.lstm(out, hidden_curr)
        out = self.pool(out).squeeze()
        out = self.embed(out)
        return (out, hidden_next)

    def init_hidden(self):
        return (Variable(torch.zeros(1, 1, self.hidden_shape)),
                Variable(torch.zeros(1, 1, self.hidden_shape)))


class ToMnet(nn.Module):
    def __init__(self, input_shape, output_shape, feature_planes,
                 character_input_shape=None, character_channels=None, character_embedding_dim=None):
        super(ToMnet, self).__init__()
        self.input_shape = input_shape
        self.output_shape = output_shape
        self.character_network = CharacterNetwork(input_shape=character_input_shape,
                                                  hidden_shape=character_channels,
                                                  output_shape=2)
        channels = (1 if len(self.input_shape) < 3 else input_shape[2]) + character_embedding_dim
        self.conv = nn.Conv1d(channels, feature_planes, 1)

    def train_step(self, example):
        episodes, query_state = example
        trajectories = []
        for state, action in episodes:
            tiled_action = torch.zeros((action.shape[0], state.shape[1], state.shape[2]))
            for a in range(action.shape[0]):
                tiled_action[a, :, :] = torch.ones((state.shape[1], state.shape[2])) * action[a]
            trajectory = torch.cat((state, tiled_action))
            channels, height, width = trajectory.shape
            trajectories.append(trajectory.reshape(1, height, channels, width))

        trajectories = Variable(torch.cat(trajectories))
        character_hidden = self.character_network.init_hidden()

        trajectory = trajectories[0]
        e_char, character_hidden = self.character_network.forward(trajectory, character_hidden)
        for j in range(1, trajectories.shape[0]):
            trajectory = trajectories[j]
            e_char, character_hidden = self.character_network.forward(trajectory, character_hidden)
        return e_char


def probe():
    tomnet = ToMnet(input_shape=(11, 11, 3), output_shape=5, feature_planes=32,
                    character_input_shape=(11, 11), character_channels=8, character_embedding_dim=2)
    episodes = [(torch.rand(3, 11, 11), torch.rand(5)) for _ in range(2)]
    query_state = torch.rand(3, 11, 11)
    tomnet.train_step((episodes, query_state))


if __name__ == "__main__":
    probe()

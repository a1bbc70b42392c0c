# source: https://github.com/qfettes/DeepRL-Tutorials/blob/25fa0bfe83120f9cbe0fb0f0cb2bcc0cd0744097/networks/networks.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (256x64 and 32x2)
"""qfettes/DeepRL-Tutorials at 25fa0bf (networks/networks.py, networks/network_bodies.py,
agents/DRQN.py, utils/hyperparameters.py): the recurrent Q-network DRQN takes a
`bidirectional` constructor option, builds `nn.GRU(..., batch_first=True,
bidirectional=bidirectional)` and even sizes init_hidden with `1*self.num_directions`, but the
Q head is `nn.Linear(self.gru_size, self.num_actions)` whatever the direction count. With
bidirectional=True the GRU output per step is 2*gru_size wide, so the first forward (action
selection or the loss over a sampled batch of sequences) fails in fc2. The fix sizes the head
`gru_size * self.num_directions`. The agent normally builds DRQN with the default
bidirectional=False, so this is the option the constructor offers but the repository never
runs; the replay memory and gym environment are replaced by random observation sequences (torch
tensors where the agent keeps numpy arrays), NoisyLinear is left out (noisy=False)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

device = torch.device("cpu")


# utils/hyperparameters.py (the fields the DRQN agent reads)
class Config(object):
    def __init__(self):
        self.device = device
        self.BATCH_SIZE = 32
        self.SEQUENCE_LENGTH = 8
        self.GAMMA = 0.99
        self.N_STEPS = 1


# networks/network_bodies.py
class SimpleBody(nn.Module):
    def __init__(self, input_shape, num_actions, noisy=False, sigma_init=0.5):
        super(SimpleBody, self).__init__()
        self.input_shape = input_shape
        self.num_actions = num_actions
        self.noisy = noisy
        self.fc1 = nn.Linear(input_shape[0], 128)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return x

    def feature_size(self):
        return self.fc1(torch.zeros(1, *self.input_shape)).view(1, -1).size(1)

    def sample_noise(self):
        pass


# networks/networks.py
class DRQN(nn.Module):
    def __init__(self, input_shape, num_actions, noisy=False, sigma_init=0.5, gru_size=512, bidirectional=False, body=SimpleBody):
        super(DRQN, self).__init__()

        self.input_shape = input_shape
        self.num_actions = num_actions
        self.noisy = noisy
        self.gru_size = gru_size
        self.bidirectional = bidirectional
        self.num_directions = 2 if self.bidirectional else 1

        self.body = body(input_shape, num_actions, noisy=self.noisy, sigma_init=sigma_init)
        self.gru = nn.GRU(self.body.feature_size(), self.gru_size, num_layers=1, batch_first=True, bidirectional=bidirectional)
        self.fc2 = nn.Linear(self.gru_size, self.num_actions)  # fix: nn.Linear(self.gru_size * self.num_directions, self.num_actions)

    def forward(self, x, hx=None):
        batch_size = x.size(0)
        sequence_length = x.size(1)

        x = x.view((-1,) + self.input_shape)

        #format outp for batch first gru
        feats = self.body(x).view(batch_size, sequence_length, -1)
        hidden = self.init_hidden(batch_size) if hx is None else hx
        out, hidden = self.gru(feats, hidden)
        x = self.fc2(out)

        return x, hidden

    def init_hidden(self, batch_size):
        return torch.zeros(1 * self.num_directions, batch_size, self.gru_size, device=device, dtype=torch.float)

    def sample_noise(self):
        if self.noisy:
            self.body.sample_noise()


# agents/DRQN.py (get_action and compute_loss's estimate)
class Model(object):
    def __init__(self, num_feats, num_actions, config, bidirectional):
        self.sequence_length = config.SEQUENCE_LENGTH
        self.batch_size = config.BATCH_SIZE
        self.num_feats = num_feats
        self.num_actions = num_actions
        self.model = DRQN(self.num_feats, self.num_actions, gru_size=32, bidirectional=bidirectional, body=SimpleBody)
        self.reset_hx()

    def get_action(self, s):
        with torch.no_grad():
            self.seq.pop(0)
            self.seq.append(s)
            X = torch.stack(self.seq).unsqueeze(0).to(device)  # numpy list in the original
            self.model.sample_noise()
            a, _ = self.model(X)
            a = a[:, -1, :]  #select last element of seq
            a = a.max(1)[1]
            return a.item()

    def estimate(self, batch_state, batch_action):
        current_q_values, _ = self.model(batch_state)
        return current_q_values.gather(2, batch_action).squeeze()

    def reset_hx(self):
        self.seq = [torch.zeros(self.num_feats) for j in range(self.sequence_length)]


def probe():
    config = Config()
    # CartPole: 4 observation features, 2 actions
    agent = Model((4,), 2, config, bidirectional=True)
    batch_state = torch.randn(config.BATCH_SIZE, config.SEQUENCE_LENGTH, 4)
    batch_action = torch.randint(0, 2, (config.BATCH_SIZE, config.SEQUENCE_LENGTH, 1))
    q = agent.estimate(batch_state, batch_action)
    assert q.shape == (config.BATCH_SIZE, config.SEQUENCE_LENGTH)
    assert agent.get_action(torch.randn(4)) in (0, 1)


if __name__ == "__main__":
    probe()

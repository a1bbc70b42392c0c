# source: https://github.com/loudinthecloud/pytorch-ntm/issues/22
"""pytorch-ntm (ntm/controller.py, ntm/ntm.py): the NTM's LSTM controller keeps its initial
state as learned Parameters of shape (num_layers, 1, num_outputs) and repeats them over the batch
in create_new_state. The controller is fed one time step at a time (x.unsqueeze(0)), its input is
the external input concatenated with the previous reads, so input_size is num_inputs + M * heads.
Issue #22 reported 'Expected hidden[0] size (1, 1, 100), got [1, 1, 29]' from a modified copy;
the repository's own wiring below is consistent and runs."""
import torch
import torch.nn.functional as F
from torch import nn
from torch.nn import Parameter


class LSTMController(nn.Module):
    """An NTM controller based on LSTM."""

    def __init__(self, num_inputs, num_outputs, num_layers):
        super(LSTMController, self).__init__()
        self.num_inputs = num_inputs
        self.num_outputs = num_outputs
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_size=num_inputs, hidden_size=num_outputs, num_layers=num_layers)
        # The hidden state is a learned parameter
        self.lstm_h_bias = Parameter(torch.randn(self.num_layers, 1, self.num_outputs) * 0.05)
        self.lstm_c_bias = Parameter(torch.randn(self.num_layers, 1, self.num_outputs) * 0.05)

    def create_new_state(self, batch_size):
        lstm_h = self.lstm_h_bias.clone().repeat(1, batch_size, 1)
        lstm_c = self.lstm_c_bias.clone().repeat(1, batch_size, 1)
        return lstm_h, lstm_c

    def size(self):
        return self.num_inputs, self.num_outputs

    def forward(self, x, prev_state):
        x = x.unsqueeze(0)
        outp, state = self.lstm(x, prev_state)
        return outp.squeeze(0), state


class ReadHead(nn.Module):
    """A stand-in for NTMReadHead: addresses a fixed memory with the controller output."""

    def __init__(self, N, M, controller_size):
        super(ReadHead, self).__init__()
        self.N, self.M = N, M
        self.fc_read = nn.Linear(controller_size, N)

    def create_new_state(self, batch_size):
        return torch.zeros(batch_size, self.N)

    def is_read_head(self):
        return True

    def forward(self, embeddings, memory):
        w = F.softmax(self.fc_read(embeddings), dim=1)
        return torch.bmm(w.unsqueeze(1), memory).squeeze(1), w


class NTM(nn.Module):
    def __init__(self, num_inputs, num_outputs, controller, N, M, heads):
        super(NTM, self).__init__()
        self.num_inputs = num_inputs
        self.num_outputs = num_outputs
        self.controller = controller
        self.heads = heads
        self.N, self.M = N, M
        _, self.controller_size = controller.size()
        self.num_read_heads = len(heads)
        self.init_r = [torch.randn(1, self.M) * 0.01 for _ in heads]
        self.fc = nn.Linear(self.controller_size + self.num_read_heads * self.M, num_outputs)

    def create_new_state(self, batch_size):
        init_r = [r.clone().repeat(batch_size, 1) for r in self.init_r]
        controller_state = self.controller.create_new_state(batch_size)
        heads_state = [head.create_new_state(batch_size) for head in self.heads]
        return init_r, controller_state, heads_state

    def forward(self, x, prev_state, memory):
        prev_reads, prev_controller_state, _ = prev_state
        inp = torch.cat([x] + prev_reads, dim=1)
        controller_outp, controller_state = self.controller(inp, prev_controller_state)
        reads, heads_states = [], []
        for head in self.heads:
            r, w = head(controller_outp, memory)
            reads.append(r)
            heads_states.append(w)
        o = torch.sigmoid(self.fc(torch.cat([controller_outp] + reads, dim=1)))
        return o, (reads, controller_state, heads_states)


class EncapsulatedNTM(nn.Module):
    def __init__(self, num_inputs, num_outputs, controller_size, controller_layers, num_heads, N, M):
        super(EncapsulatedNTM, self).__init__()
        controller = LSTMController(num_inputs + M * num_heads, controller_size, controller_layers)
        heads = nn.ModuleList([ReadHead(N, M, controller_size) for _ in range(num_heads)])
        self.ntm = NTM(num_inputs, num_outputs, controller, N, M, heads)
        self.N, self.M = N, M

    def init_sequence(self, batch_size):
        self.batch_size = batch_size
        self.memory = torch.randn(batch_size, self.N, self.M) * 0.01
        self.previous_state = self.ntm.create_new_state(batch_size)

    def forward(self, x=None):
        if x is None:
            x = torch.zeros(self.batch_size, self.ntm.num_inputs)
        o, self.previous_state = self.ntm(x, self.previous_state, self.memory)
        return o, self.previous_state


def probe():
    # copy task settings: 8-bit sequences plus a delimiter channel
    net = EncapsulatedNTM(num_inputs=9, num_outputs=8, controller_size=100, controller_layers=1,
                          num_heads=1, N=128, M=20)
    batch_size, seq_len = 4, 5
    inp = torch.rand(seq_len + 1, batch_size, 9)
    net.init_sequence(batch_size)
    for i in range(seq_len + 1):
        net(inp[i])
    outputs = [net()[0] for _ in range(seq_len)]
    torch.stack(outputs).sum().backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/yeyupiaoling/MASR/pull/43
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 1, 16), got [5, 1, 16]
"""Streaming DeepSpeech2: the RNN stack is num_rnn_layers one-layer GRUs, and the streaming
state box holds all of their states, (num_rnn_layers, B, H); the box was handed whole to every
layer: Expected hidden size (1, 1, 1024), got [5, 1, 1024]."""
import torch
from torch import nn


class RNNForward(nn.Module):
    def __init__(self, rnn_input_size, h_size, use_gru):
        super().__init__()
        if use_gru:
            self.rnn = nn.GRU(input_size=rnn_input_size, hidden_size=h_size,
                              bidirectional=False, batch_first=True)
        else:
            self.rnn = nn.LSTM(input_size=rnn_input_size, hidden_size=h_size,
                               bidirectional=False, batch_first=True)
        self.norm = nn.LayerNorm(h_size)

    def forward(self, x, init_state):
        x, final_state = self.rnn(x, init_state)
        x = self.norm(x)
        return x, final_state


class RNNStack(nn.Module):
    def __init__(self, i_size: int, h_size: int, num_rnn_layers: int, use_gru: bool):
        super().__init__()
        self.rnns = nn.ModuleList()
        self.num_rnn_layers = num_rnn_layers
        self.use_gru = use_gru
        self.rnns.append(RNNForward(rnn_input_size=i_size, h_size=h_size, use_gru=use_gru))
        for i in range(0, self.num_rnn_layers - 1):
            self.rnns.append(RNNForward(rnn_input_size=h_size, h_size=h_size, use_gru=use_gru))

    def forward(self, x, init_state_h_box=None):
        if init_state_h_box is not None:
            init_state_list = [init_state_h_box] * self.num_rnn_layers  # fix: one state per layer: torch.split(init_state_h_box, 1, dim=0)
        else:
            init_state_list = [None] * self.num_rnn_layers
        final_chunk_state_list = []
        for rnn, init_state in zip(self.rnns, init_state_list):
            x, final_state = rnn(x, init_state)
            final_chunk_state_list.append(final_state)
        return x, torch.concat(final_chunk_state_list, dim=0)


def probe():
    num_rnn_layers, h_size = 5, 16
    stack = RNNStack(i_size=12, h_size=h_size, num_rnn_layers=num_rnn_layers, use_gru=True)
    state_h = torch.zeros(num_rnn_layers, 1, h_size)
    stack(torch.randn(1, 8, 12), state_h)


if __name__ == "__main__":
    probe()

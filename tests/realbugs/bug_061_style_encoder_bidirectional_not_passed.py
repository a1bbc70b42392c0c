# source: https://github.com/text-machine-lab/adversarial_decomposition/issues/3
# rule: LC009
# torch: RuntimeError: Expected more hidden states in stacked_rnn
"""Adversarial decomposition: LSTMEncoder(bidirectional=True) sizes its zero state for two
directions, but the flag is never passed to torch.nn.LSTM, so the layer is one-way and rejects
the (2, B, H) state. (The thread's first point, `self.nb_layers` for `self.num_layers` in
zero_state, is corrected here so the shape error shows; with the packed input torch 2.13
reports it from the kernel.)"""
import torch


class LSTMEncoder(torch.nn.Module):
    def __init__(self, input_size, hidden_size, dropout, num_layers=1, bidirectional=False, return_sequence=False):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.return_sequence = return_sequence
        self.lstm = torch.nn.LSTM(input_size, hidden_size, num_layers=num_layers, batch_first=True)  # fix: pass the flag on: bidirectional=bidirectional

    def zero_state(self, batch_size):
        # The axes semantics are (num_layers, batch_size, hidden_dim)
        nb_layers = self.num_layers if not self.bidirectional else self.num_layers * 2
        state_shape = (nb_layers, batch_size, self.hidden_size)
        h = torch.zeros(*state_shape)
        c = torch.zeros_like(h)
        return h, c

    def forward(self, inputs, lengths):
        batch_size = inputs.shape[0]
        h, c = self.zero_state(batch_size)
        lengths_sorted, inputs_sorted_idx = lengths.sort(descending=True)
        inputs_sorted = inputs[inputs_sorted_idx]
        packed = torch.nn.utils.rnn.pack_padded_sequence(inputs_sorted, lengths_sorted.detach(), batch_first=True)
        outputs, (h, c) = self.lstm(packed, (h, c))
        # concatenate if bidirectional
        h = torch.cat([x for x in h], dim=-1)
        outputs, _ = torch.nn.utils.rnn.pad_packed_sequence(outputs, batch_first=True)
        _, inputs_unsorted_idx = inputs_sorted_idx.sort(descending=False)
        outputs = outputs[inputs_unsorted_idx]
        h = h[inputs_unsorted_idx]
        if self.return_sequence:
            return outputs
        return h


def probe():
    encoder = LSTMEncoder(12, 16, dropout=0.2, bidirectional=True)
    encoder(torch.randn(3, 7, 12), torch.tensor([7, 5, 6]))


if __name__ == "__main__":
    probe()

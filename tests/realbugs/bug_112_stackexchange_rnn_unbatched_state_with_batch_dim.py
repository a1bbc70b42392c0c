# source: https://datascience.stackexchange.com/questions/121817/rnn-with-pytorch-i-dont-understand-the-initial-parameters
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx should also be 2-D but got 3-D tensor
"""Data Science Stack Exchange, "RNN with PyTorch - I don't understand the initial parameters":
a notebook that sets the weights of a one-unit nn.RNN by hand to recompute its output. The input is
torch.arange(1, 10).reshape((9, 1)), a 2-D (sequence, features) tensor, which torch reads as one
unbatched sequence; the asker tries several initial states, among them torch.zeros(1, 1, 9), and
gets "For unbatched 2-D input, hx should also be 2-D". The answer: the state of an unbatched
sequence is (num_layers, hidden_size), torch.zeros(1, 1)."""
import torch
import torch.nn as nn


def probe():
    # example input data
    i_data = torch.arange(1, 10).float().reshape((9, 1))

    rnn = nn.RNN(1, 1, 1, batch_first=False)  # input_size, hidden_size, num_layers

    # Predefined weight and bias values to recalculate the RNN's result.
    state_dict = rnn.state_dict()
    state_dict["weight_ih_l0"] = torch.tensor([[2.0]])
    state_dict["weight_hh_l0"] = torch.tensor([[3.0]])
    state_dict["bias_ih_l0"] = torch.tensor([4.0])
    state_dict["bias_hh_l0"] = torch.tensor([5.0])
    rnn.load_state_dict(state_dict)

    hidden_state = torch.zeros(1, 1, 9, dtype=torch.float32)  # fix: an unbatched sequence takes a (num_layers, hidden_size) state: torch.zeros(1, 1)
    y, hidden_state = rnn(i_data, hidden_state)
    return y


if __name__ == "__main__":
    probe()

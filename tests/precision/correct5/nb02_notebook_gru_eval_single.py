# In[1]:
import torch
import torch.nn as nn

# In[2]:
n_hidden = 128
n_letters = 57
n_categories = 18


class RNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.rnn = nn.GRU(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)

    def forward(self, line_tensor):      # (L, 1, n_letters)
        rnn_out, hidden = self.rnn(line_tensor)
        return self.h2o(hidden[0])


# In[3]:
rnn = RNN(n_letters, n_hidden, n_categories)


def line_to_tensor(line):
    tensor = torch.zeros(len(line), 1, n_letters)
    for li, letter in enumerate(line):
        tensor[li][0][ord(letter) % n_letters] = 1
    return tensor


# In[4]:
def probe():
    assert rnn(line_to_tensor("Albert")).shape == (1, n_categories)

# source: https://github.com/jkjan/NLP/blob/b2a919013ba09b1e70f996f58ba13d8d3bbd2298/biGRU/GRU.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""jkjan/NLP (biGRU/GRU.py, hyperparameters.py, common.py, trainer.py): the lyrics generator's GRU
hard-codes `dropout=0.2` while its layer count is a constructor parameter, and
hyperparameters.py (read by `from hyperparameters import *` in common.py and trainer.py) builds
the model at import time with the module constant `num_layers = 1`: torch warns each time the
model is built and the GRU applies no dropout. Not reported; the same repository's NaverMovie/GRU.py
keeps the hard-coded dropout with num_layers = 2 (ok_085). Rebuilt as one file: the module
constants, the model built from them, one-hot word vectors and the training step of common.py,
with a small vocabulary instead of the pickled lyrics."""
import random

import torch
import torch.nn as nn


# biGRU/GRU.py
class GRU(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, batch_size, device, num_layers):
        super(GRU, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, dropout=0.2)  # fix: no dropout= for a one-layer GRU (or dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size, output_size)
        self.relu = nn.ReLU()
        self.device = device
        self.to(device)

    def forward(self, x, h):
        out, h = self.gru(x, h)
        out = self.relu(out[:, -1])
        out = self.fc(out)
        return out, h

    def init_hidden(self):
        hidden = torch.zeros(self.num_layers, self.batch_size, self.hidden_size).to(self.device)
        return hidden


# biGRU/hyperparameters.py
device = torch.device("cpu")
words = ["너", "나", "사랑", "노래", "밤", "별", "하늘", "바람", "<eos>"]
word_to_idx = {w: i for i, w in enumerate(words)}
idx_to_word = {v: k for k, v in word_to_idx.items()}

# the number of unique words
input_size = len(word_to_idx)

# the number of hidden layers
hidden_size = 512

# a size of output tensor
output_size = len(word_to_idx)

# the number of layers
num_layers = 1

# a size of batch
batch_size = 1

# learning rate
learning_rate = 0.001


def build_model():
    # in hyperparameters.py this runs at import time
    global model, criterion, optimizer
    model = GRU(input_size, hidden_size, output_size, batch_size, device, num_layers)
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)


# biGRU/common.py
def word_to_tensor(word):
    tensor = torch.zeros(1, 1, input_size)
    tensor[0][0][word_to_idx[word]] = 1
    return tensor


def random_training_example(seq_len=5):
    line = [random.choice(words[:-1]) for _ in range(seq_len)]
    target = [word_to_idx[w] for w in line[1:]] + [word_to_idx["<eos>"]]
    return line, torch.LongTensor(target)


def train(line, target):
    hidden = model.init_hidden()
    optimizer.zero_grad()
    loss = 0
    for i in range(len(line)):
        output, hidden = model(word_to_tensor(line[i]), hidden)
        loss += criterion(output, target[i].unsqueeze(0))
    loss.backward()
    optimizer.step()
    return output, loss.item() / len(line)


def probe():
    build_model()
    for _ in range(3):
        train(*random_training_example())


if __name__ == "__main__":
    probe()

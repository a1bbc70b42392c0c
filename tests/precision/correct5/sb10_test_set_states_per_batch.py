"""A test set of another size than the training batch: states are made inside the loop from
each batch's len(), so 50 training rows in 16s and 33 test rows in one batch both work."""
import torch
import torch.nn as nn

HIDDEN = 12
lstm = nn.LSTM(3, HIDDEN, batch_first=True)
fc = nn.Linear(HIDDEN, 1)


def predict(x):
    h = torch.zeros(1, len(x), HIDDEN)
    c = torch.zeros(1, len(x), HIDDEN)
    out, _ = lstm(x, (h, c))
    return fc(out[:, -1])


def probe():
    train_x = torch.randn(50, 10, 3)
    for i in range(0, len(train_x), 16):
        predict(train_x[i:i + 16])
    predict(torch.randn(33, 10, 3))

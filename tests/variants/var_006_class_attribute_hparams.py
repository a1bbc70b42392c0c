# source: variant of bug_006 (the dropout rate a class attribute of a hyperparameter class; the layer built in __init__ via self.hp)
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""bug_006 with a class of hyperparameters: the RNN's dropout comes from it, its depth stays the
default single layer."""
import torch
import torch.nn as nn


class HParams:
    input_dim = 88
    rnn_dim = 60
    rnn_dropout_rate = 0.1


class Guide(nn.Module):
    def __init__(self, hp=HParams):
        super().__init__()
        self.hp = hp
        self.rnn = nn.RNN(input_size=hp.input_dim, hidden_size=hp.rnn_dim, nonlinearity="relu",
                          batch_first=True, dropout=hp.rnn_dropout_rate)  # fix: num_layers > 1, or no dropout on the RNN

    def forward(self, mini_batch):
        output, _ = self.rnn(mini_batch)
        return output


def probe():
    guide = Guide()
    guide(torch.randn(2, 5, 88))


if __name__ == "__main__":
    probe()

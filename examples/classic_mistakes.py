"""The classic nn.LSTM / nn.RNN constructor mistakes, one per module or function.

Every one of these is WRONG on purpose. They are what `lstmcheck check` should
flag; messages in the comments are torch 2.13's. Don't copy them.
"""

from torch import nn


def no_hidden_size():
    # TypeError: RNNBase.__init__() missing 1 required positional argument: 'hidden_size'
    return nn.LSTM(10)


class SwappedSizes(nn.Module):
    def __init__(self, vocab_size=100, input_dim=10, hidden_dim=20):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, input_dim)  # gives 10 features per step
        # Sizes swapped: builds LSTM(20, 10), so forward fails with
        # "input.size(-1) must be equal to input_size. Expected 20, got 10"
        self.lstm = nn.LSTM(hidden_dim, input_dim)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))  # the RuntimeError is raised here
        return out


class CrossedKeywords(nn.Module):
    def __init__(self, vocab_size=100, embedding_dim=10, hidden_dim=20):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embedding_dim)
        # Keywords crossed: same as LSTM(20, 10), same forward error as above
        self.lstm = nn.LSTM(input_size=hidden_dim, hidden_size=embedding_dim)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))  # RuntimeError here too
        return out


def misspelled_hidden():
    # TypeError: RNNBase.__init__() got an unexpected keyword argument 'hidden'
    return nn.LSTM(10, hidden=20)


def misspelled_batch_first():
    # TypeError: ... unexpected keyword argument 'batchfirst' (it is batch_first)
    return nn.LSTM(10, 20, batchfirst=True)


def misspelled_num_layers():
    # TypeError: ... unexpected keyword argument 'n_layers' (it is num_layers)
    return nn.LSTM(10, 20, n_layers=2)


def dropout_as_fourth_positional():
    # The 4th positional is bias, not dropout:
    # TypeError: bias should be of type bool, got: float
    return nn.LSTM(10, 20, 2, 0.5)


def dropout_with_one_layer():
    # Builds, but only warns: dropout acts *between* layers, so with
    # num_layers=1 it does nothing at all (UserWarning "... expects num_layers
    # greater than 1, but got dropout=0.3 and num_layers=1")
    return nn.LSTM(10, 20, dropout=0.3)


def projection_too_big():
    # proj_size must be smaller than hidden_size:
    # ValueError: proj_size has to be smaller than hidden_size
    return nn.LSTM(10, 20, proj_size=20)


def sigmoid_rnn():
    # nn.RNN only knows 'tanh' and 'relu':
    # ValueError: Unknown nonlinearity 'sigmoid'. Select from 'tanh' or 'relu'.
    return nn.RNN(10, 20, nonlinearity="sigmoid")

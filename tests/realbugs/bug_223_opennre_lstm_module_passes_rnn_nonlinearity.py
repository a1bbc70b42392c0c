# source: https://github.com/thunlp/OpenNRE/blob/8e42fd712f2ab01b48a7e7c4cb2bdea45ec6ff9a/opennre/module/nn/lstm.py
# rule: LC002
# torch: TypeError: RNNBase.__init__() got an unexpected keyword argument 'nonlinearity'
"""thunlp/OpenNRE at 8e42fd7 (opennre/module/nn/lstm.py, opennre/module/nn/__init__.py): the
library's LSTM module was written by copying its RNN module and renaming nn.RNN to nn.LSTM, but
kept `nonlinearity=activation_function`, an option only nn.RNN has; nn.LSTM rejects the keyword,
so `opennre.module.nn.LSTM()` fails at construction even with its defaults (unidirectional, one
layer). Published since 2019 (nrekit, renamed opennre) and still at HEAD; unreported. Confirmed
with torch on the path a user takes: the module sized from BaseEncoder's defaults (input
50 + 2 * 5, hidden 230). A fix drops the keyword (the LSTM's gates fix their activations).
The published file has two more slips on later lines, shown here as they would be once
reached and fixed, so that this file holds the one constructor error: the halving is `/=`
there (bug_222's float hidden size) and forward unpacks `x, h, c = self.lstm(x)`."""
import torch
import torch.nn as nn


# opennre/module/nn/lstm.py
class LSTM(nn.Module):

    def __init__(self, input_size=50, hidden_size=256, dropout=0, bidirectional=False, num_layers=1, activation_function="tanh"):
        """
        Args:
            input_size: dimention of input embedding
            hidden_size: hidden size
            dropout: dropout layer on the outputs of each RNN layer except the last layer
            bidirectional: if it is a bidirectional RNN
            num_layers: number of recurrent layers
            activation_function: the activation function of RNN, tanh/relu
        """
        super().__init__()
        if bidirectional:
            hidden_size //= 2
        self.lstm = nn.LSTM(input_size, 
                          hidden_size, 
                          num_layers, 
                          nonlinearity=activation_function,  # fix: delete this keyword: nn.LSTM has no nonlinearity option
                          dropout=dropout, 
                          bidirectional=bidirectional)

    def forward(self, x):
        """
        Args:
            input features: (B, L, I_EMBED)           
        Return:
            output features: (B, L, H_EMBED)
        """
        # Check size of tensors
        x = x.transpose(0, 1) # (L, B, I_EMBED)
        x, (h, c) = self.lstm(x) # (L, B, H_EMBED)
        x = x.transpose(0, 1) # (B, L, I_EMBED)
        return x


# how a relation encoder built on opennre's BaseEncoder would use it
WORD_SIZE, POSITION_SIZE, HIDDEN_SIZE, MAX_LENGTH = 50, 5, 230, 16


def probe():
    word_embedding = nn.Embedding(8, WORD_SIZE)
    pos1_embedding = nn.Embedding(2 * MAX_LENGTH, POSITION_SIZE, padding_idx=0)
    pos2_embedding = nn.Embedding(2 * MAX_LENGTH, POSITION_SIZE, padding_idx=0)
    lstm = LSTM(input_size=WORD_SIZE + POSITION_SIZE * 2, hidden_size=HIDDEN_SIZE)
    token = torch.randint(0, 8, (2, MAX_LENGTH))
    pos1 = torch.randint(1, 2 * MAX_LENGTH, (2, MAX_LENGTH))
    pos2 = torch.randint(1, 2 * MAX_LENGTH, (2, MAX_LENGTH))
    x = torch.cat([word_embedding(token), pos1_embedding(pos1), pos2_embedding(pos2)], 2)
    out = lstm(x)
    assert out.shape == (2, MAX_LENGTH, HIDDEN_SIZE)


if __name__ == "__main__":
    probe()

"""DrQA's StackedBRNN: a ModuleList of one-layer bidirectional RNNs, each after the first
taking 2*hidden_size; with concat_layers the output has num_layers*2*hidden_size features and
the model's head is sized to match.

source: facebookresearch/DrQA@6d7c1b7087b86cfe9bdf84a279adb58dceada3cd drqa/reader/layers.py
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class StackedBRNN(nn.Module):

    def __init__(self, input_size, hidden_size, num_layers,
                 dropout_rate=0, dropout_output=False, rnn_type=nn.LSTM,
                 concat_layers=False, padding=False):
        super(StackedBRNN, self).__init__()
        self.padding = padding
        self.dropout_output = dropout_output
        self.dropout_rate = dropout_rate
        self.num_layers = num_layers
        self.concat_layers = concat_layers
        self.rnns = nn.ModuleList()
        for i in range(num_layers):
            input_size = input_size if i == 0 else 2 * hidden_size
            self.rnns.append(rnn_type(input_size, hidden_size,
                                      num_layers=1,
                                      bidirectional=True))

    def forward(self, x, x_mask):
        x = x.transpose(0, 1)
        outputs = [x]
        for i in range(self.num_layers):
            rnn_input = outputs[-1]
            if self.dropout_rate > 0:
                rnn_input = F.dropout(rnn_input, p=self.dropout_rate, training=self.training)
            rnn_output = self.rnns[i](rnn_input)[0]
            outputs.append(rnn_output)
        if self.concat_layers:
            output = torch.cat(outputs[1:], 2)
        else:
            output = outputs[-1]
        output = output.transpose(0, 1)
        return output.contiguous()


class Reader(nn.Module):
    def __init__(self, embedding_dim=50, hidden_size=64, doc_layers=3):
        super().__init__()
        self.doc_rnn = StackedBRNN(embedding_dim, hidden_size, doc_layers,
                                   dropout_rate=0.4, rnn_type=nn.LSTM, concat_layers=True)
        doc_hidden_size = 2 * hidden_size * doc_layers
        self.start = nn.Linear(doc_hidden_size, 1)

    def forward(self, x, x_mask):
        doc_hiddens = self.doc_rnn(x, x_mask)
        return self.start(doc_hiddens).squeeze(-1)


def probe():
    Reader()(torch.randn(4, 15, 50), torch.zeros(4, 15))

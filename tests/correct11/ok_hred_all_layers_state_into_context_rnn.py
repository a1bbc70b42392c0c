"""HRED: a sentence encoder (bidirectional, 2 layers) whose final state, every layer and
direction, is moved batch-first and flattened, so the context RNN takes
num_layers * hidden * num_directions features; init_h sizes states by num_layers*num_directions.

source: ctr4si/A-Hierarchical-Latent-Structure-for-Variational-Conversation-Modeling@83ca9dd96272d3a38978a1dfa316d06d5d6a7c77
model/layers/encoder.py, model/models.py
"""
import types

import torch
import torch.nn as nn

PAD_ID = 0


def to_var(x):
    return x


class BaseRNNEncoder(nn.Module):
    def __init__(self):
        super(BaseRNNEncoder, self).__init__()

    @property
    def use_lstm(self):
        return isinstance(self.rnn, nn.LSTM)

    def init_h(self, batch_size=None, hidden=None):
        if hidden is not None:
            return hidden
        if self.use_lstm:
            return (to_var(torch.zeros(self.num_layers*self.num_directions, batch_size, self.hidden_size)),
                    to_var(torch.zeros(self.num_layers*self.num_directions, batch_size, self.hidden_size)))
        return to_var(torch.zeros(self.num_layers*self.num_directions, batch_size, self.hidden_size))


class EncoderRNN(BaseRNNEncoder):
    def __init__(self, vocab_size, embedding_size, hidden_size, rnn=nn.GRU, num_layers=1,
                 bidirectional=False, dropout=0.0, bias=True, batch_first=True):
        super(EncoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.embedding = nn.Embedding(vocab_size, embedding_size, padding_idx=PAD_ID)
        self.rnn = rnn(input_size=embedding_size, hidden_size=hidden_size, num_layers=num_layers,
                       bias=bias, batch_first=batch_first, dropout=dropout,
                       bidirectional=bidirectional)

    def forward(self, inputs, hidden=None):
        hidden = self.init_h(inputs.size(0), hidden=hidden)
        outputs, hidden = self.rnn(self.embedding(inputs), hidden)
        return outputs, hidden


class ContextRNN(BaseRNNEncoder):
    def __init__(self, input_size, context_size, rnn=nn.GRU, num_layers=1, dropout=0.0):
        super(ContextRNN, self).__init__()
        self.hidden_size = context_size
        self.num_layers = num_layers
        self.num_directions = 1
        self.rnn = rnn(input_size=input_size, hidden_size=context_size, num_layers=num_layers,
                       batch_first=True, dropout=dropout)

    def forward(self, encoder_hidden, hidden=None):
        hidden = self.init_h(encoder_hidden.size(0), hidden=hidden)
        return self.rnn(encoder_hidden, hidden)


class HRED(nn.Module):
    def __init__(self, config):
        super(HRED, self).__init__()
        self.encoder = EncoderRNN(config.vocab_size, config.embedding_size,
                                  config.encoder_hidden_size, nn.GRU, config.num_layers,
                                  config.bidirectional, config.dropout)
        context_input_size = (config.num_layers
                              * config.encoder_hidden_size
                              * self.encoder.num_directions)
        self.context_encoder = ContextRNN(context_input_size, config.context_size, nn.GRU,
                                          config.num_layers, config.dropout)

    def forward(self, sentences, batch_size, max_len):
        num_sentences = sentences.size(0)
        _, encoder_hidden = self.encoder(sentences)
        encoder_hidden = encoder_hidden.transpose(1, 0).contiguous().view(num_sentences, -1)
        encoder_hidden = encoder_hidden.view(batch_size, max_len, -1)
        return self.context_encoder(encoder_hidden)


def probe():
    config = types.SimpleNamespace(vocab_size=300, embedding_size=32, encoder_hidden_size=40,
                                   num_layers=2, bidirectional=True, dropout=0.2,
                                   context_size=64)
    HRED(config)(torch.randint(1, 300, (3 * 5, 9)), 3, 5)

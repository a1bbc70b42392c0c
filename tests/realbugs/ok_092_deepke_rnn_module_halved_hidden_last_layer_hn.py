# source: https://github.com/zjunlp/DeepKE/blob/HEAD/src/deepke/relation_extraction/standard/module/RNN.py
"""DeepKE's relation-extraction BiLSTM (module/RNN.py, models/BiLSTM.py, example/re/standard/conf/
model/rnn.yaml): the recurrent class is picked with eval(f'nn.{type_rnn}'), hidden_size is halved
per direction when bidirectional, h_n (h_n[0] for an LSTM) is viewed (layers, 2, B, H), moved to
(B, layers, 2H) and its last layer kept, and the head is Linear(cfg.hidden_size, ...) over it:
looks like a head sized for one direction of a bidirectional layer, a GRU/LSTM state indexed the
same way, and a dropout from the config; all three are right with the shipped config (two layers)
and with type_rnn GRU or a one-directional layer."""
from types import SimpleNamespace

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

RNN_YAML = dict(
    model_name='rnn',
    type_rnn='LSTM',     # [RNN, GRU, LSTM]
    input_size=None,     # filled in from the embedding
    hidden_size=150,     # must be even
    num_layers=2,
    dropout=0.3,
    bidirectional=True,
    last_layer_hn=True,
)
EMBEDDING_YAML = dict(vocab_size=None, word_dim=60, pos_size=None, pos_dim=10, dim_strategy='sum')


class RNN(nn.Module):
    def __init__(self, config):
        """type_rnn: RNN, GRU, LSTM"""
        super(RNN, self).__init__()
        self.input_size = config.input_size
        self.hidden_size = config.hidden_size // 2 if config.bidirectional else config.hidden_size
        self.num_layers = config.num_layers
        self.dropout = config.dropout
        self.bidirectional = config.bidirectional
        self.last_layer_hn = config.last_layer_hn
        self.type_rnn = config.type_rnn

        rnn = eval(f'nn.{self.type_rnn}')
        self.rnn = rnn(input_size=self.input_size,
                       hidden_size=self.hidden_size,
                       num_layers=self.num_layers,
                       dropout=self.dropout,
                       bidirectional=self.bidirectional,
                       bias=True,
                       batch_first=True)

    def forward(self, x, x_len):
        B, L, _ = x.size()
        H, N = self.hidden_size, self.num_layers

        x_len = x_len.cpu()
        x = pack_padded_sequence(x, x_len, batch_first=True, enforce_sorted=True)
        output, hn = self.rnn(x)
        output, _ = pad_packed_sequence(output, batch_first=True, total_length=L)

        if self.type_rnn == 'LSTM':
            hn = hn[0]
        if self.bidirectional:
            hn = hn.view(N, 2, B, H).transpose(1, 2).contiguous().view(N, B, 2 * H).transpose(0, 1)
        else:
            hn = hn.transpose(0, 1)
        if self.last_layer_hn:
            hn = hn[:, -1, :]
        return output, hn


class Embedding(nn.Module):
    def __init__(self, config):
        super(Embedding, self).__init__()
        self.dim_strategy = config.dim_strategy
        self.wordEmbed = nn.Embedding(config.vocab_size, config.word_dim, padding_idx=0)
        self.headPosEmbed = nn.Embedding(config.pos_size, config.pos_dim, padding_idx=0)
        self.tailPosEmbed = nn.Embedding(config.pos_size, config.pos_dim, padding_idx=0)

    def forward(self, word, head_pos, tail_pos):
        word_embedding = self.wordEmbed(word)
        head_embedding = self.headPosEmbed(head_pos)
        tail_embedding = self.tailPosEmbed(tail_pos)
        if self.dim_strategy == 'cat':
            return torch.cat((word_embedding, head_embedding, tail_embedding), -1)
        return word_embedding + head_embedding + tail_embedding


class BiLSTM(nn.Module):
    def __init__(self, cfg):
        super(BiLSTM, self).__init__()
        if cfg.dim_strategy == 'cat':
            cfg.input_size = cfg.word_dim + 2 * cfg.pos_dim
        else:
            cfg.input_size = cfg.word_dim
        self.embedding = Embedding(cfg)
        self.bilstm = RNN(cfg)
        self.fc = nn.Linear(cfg.hidden_size, cfg.num_relations)
        self.dropout = nn.Dropout(cfg.dropout)

    def forward(self, x):
        word, lens, head_pos, tail_pos = x['word'], x['lens'], x['head_pos'], x['tail_pos']
        inputs = self.embedding(word, head_pos, tail_pos)
        out, out_pool = self.bilstm(inputs, lens)
        output = self.fc(out_pool)
        return output


def build_cfg(**overrides):
    cfg = SimpleNamespace(**RNN_YAML, **EMBEDDING_YAML, num_relations=11)
    cfg.pos_dim = cfg.word_dim  # 'sum' forces the position dim to the word dim
    cfg.vocab_size, cfg.pos_size = 500, 2 * 30 + 2
    for key, value in overrides.items():
        setattr(cfg, key, value)
    return cfg


def probe():
    batch, length = 3, 9
    x = {'word': torch.randint(1, 500, (batch, length)), 'lens': torch.tensor([9, 7, 4]),
         'head_pos': torch.randint(1, 62, (batch, length)), 'tail_pos': torch.randint(1, 62, (batch, length))}
    for overrides in ({}, {'type_rnn': 'GRU'}, {'bidirectional': False}, {'dim_strategy': 'cat'}):
        model = BiLSTM(build_cfg(**overrides))
        assert model(x).shape == (batch, 11)


if __name__ == "__main__":
    probe()

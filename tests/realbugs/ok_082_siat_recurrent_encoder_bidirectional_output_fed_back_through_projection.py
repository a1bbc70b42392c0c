# source: https://github.com/siat-nlp/seq2seq-pytorch/blob/d85870a7b6e73e3797aca01a315832c8df6ca643/src/model/recurrent_seq2seq/recurrent_encoder_layer.py
"""siat-nlp/seq2seq-pytorch's RecurrentEncoderLayer after its fix (bug_157's answer): every layer
is a one-layer bidirectional RNN whose padded output (2 * hidden_size) goes through a LayerNorm
of 2 * hidden_size and a FeedForward from 2 * hidden_size back to hidden_size, so the next layer's
input_size of hidden_size is right; the final states of both directions are split on dim 0,
concatenated on the feature dim and projected by Linear(2 * hidden_size, hidden_size)."""
import torch
from torch import nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

PAD_INDEX = 0


class FeedForward(nn.Module):

    def __init__(self, input_size, feed_forward_size, output_size):
        super(FeedForward, self).__init__()
        self.projection1 = nn.Linear(input_size, feed_forward_size)
        self.projection2 = nn.Linear(feed_forward_size, output_size)

    def forward(self, x):
        return self.projection2(F.relu(self.projection1(x)))


class RecurrentEncoderLayer(nn.Module):

    def __init__(self, rnn_type, hidden_size, bidirectional=True, dropout=0.1,
                 input_size='default', feed_forward_size='default'):
        super(RecurrentEncoderLayer, self).__init__()
        input_size = hidden_size if input_size == 'default' else input_size
        feed_forward_size = 4 * hidden_size if feed_forward_size == 'default' else feed_forward_size
        self.rnn_type = rnn_type
        self.hidden_size = hidden_size
        if rnn_type == 'LSTM':
            self.rnn = nn.LSTM(input_size=input_size, hidden_size=hidden_size, num_layers=1,
                               batch_first=True, bidirectional=bidirectional)
            self.hidden_projection = nn.Linear(2 * hidden_size if bidirectional else hidden_size, hidden_size)
            self.cell_projection = nn.Linear(2 * hidden_size if bidirectional else hidden_size, hidden_size)
        elif rnn_type == 'GRU':
            self.rnn = nn.GRU(input_size=input_size, hidden_size=hidden_size, num_layers=1,
                              batch_first=True, bidirectional=bidirectional)
            self.hidden_projection = nn.Linear(2 * hidden_size if bidirectional else hidden_size, hidden_size)
        else:
            raise ValueError('%s is not supported.' % rnn_type)
        self.feed_forward = FeedForward(
            input_size=2 * hidden_size if bidirectional else hidden_size,
            feed_forward_size=feed_forward_size,
            output_size=hidden_size
        )
        self.layer_norm1 = nn.LayerNorm(input_size)
        self.layer_norm2 = nn.LayerNorm(2 * hidden_size if bidirectional else hidden_size)
        self.dropout = dropout

    def forward(self, packed_src):
        src, src_lens = pad_packed_sequence(packed_src, batch_first=True)
        src = self.layer_norm1(src)
        packed_src = pack_padded_sequence(src, src_lens, batch_first=True)
        packed_src, final_state = self.rnn(packed_src)
        src, _ = pad_packed_sequence(packed_src, batch_first=True)
        src = F.dropout(src, p=self.dropout, training=self.training)
        src = self.layer_norm2(src)
        src = self.feed_forward(src)
        src = F.dropout(src, p=self.dropout, training=self.training)
        packed_src = pack_padded_sequence(src, src_lens, batch_first=True)
        if self.rnn_type == 'LSTM':
            final_state = (
                self.hidden_projection(torch.cat(final_state[0].split(split_size=1, dim=0), dim=2).squeeze(0)),
                self.cell_projection(torch.cat(final_state[1].split(split_size=1, dim=0), dim=2).squeeze(0))
            )
        else:  # GRU
            final_state = self.hidden_projection(torch.cat(final_state.split(split_size=1, dim=0), dim=2).squeeze(0))
        return packed_src, final_state


class RecurrentEncoder(nn.Module):

    def __init__(self, rnn_type, embedding, hidden_size, num_layers=1, bidirectional=True, dropout=0.1):
        super(RecurrentEncoder, self).__init__()
        self.rnn_type = rnn_type
        self.embedding = embedding
        embed_size = embedding.embedding_dim
        self.layers = nn.ModuleList([
            RecurrentEncoderLayer(rnn_type=rnn_type, input_size=embed_size, hidden_size=hidden_size,
                                  bidirectional=bidirectional, dropout=dropout)
        ])
        self.layers.extend(nn.ModuleList([
            RecurrentEncoderLayer(rnn_type=rnn_type, hidden_size=hidden_size,
                                  bidirectional=bidirectional, dropout=dropout)
            for _ in range(num_layers)
        ]))
        self.layer_norm = nn.LayerNorm(hidden_size)
        self.dropout = dropout

    def forward(self, src):
        src_embedding = self.embedding(src)
        src_embedding = F.dropout(src_embedding, p=self.dropout, training=self.training)
        src_mask = (src != PAD_INDEX)
        src_lens = src_mask.long().sum(dim=1, keepdim=False)
        src_lens, sort_index = src_lens.sort(descending=True)
        src_embedding = src_embedding.index_select(index=sort_index, dim=0)
        packed_src = pack_padded_sequence(src_embedding, src_lens, batch_first=True)
        final_states = []
        for layer in self.layers:
            packed_src, final_state = layer(packed_src)
            final_states.append(final_state)
        src, _ = pad_packed_sequence(packed_src, batch_first=True)
        src = self.layer_norm(src)
        return src, src_mask, final_states


def make_encoder(config, vocab_size):
    embedding = nn.Embedding(vocab_size, config['embed_size'], padding_idx=PAD_INDEX)
    return RecurrentEncoder(
        rnn_type=config['rnn_type'],
        embedding=embedding,
        hidden_size=config['hidden_size'],
        num_layers=config['num_layers'],
        bidirectional=config['bidirectional'],
        dropout=config['dropout']
    )


def probe():
    torch.manual_seed(0)
    config = {'rnn_type': 'LSTM', 'embed_size': 32, 'hidden_size': 24, 'num_layers': 1,
              'bidirectional': True, 'dropout': 0.1}
    encoder = make_encoder(config, vocab_size=100)
    src = torch.randint(1, 100, (4, 9))
    src[2, 7:] = PAD_INDEX
    src[3, 5:] = PAD_INDEX
    memory, mask, states = encoder(src)
    memory.sum().backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/jiangqn/seq2seq/blob/00d49c9221e0b39a4e3042eb7b9be4152b0e7601/model/decoder.py
"""jiangqn/seq2seq after 00d49c9 (model/decoder.py, encoder.py, bridge.py, seq2seq.py, trainer.py,
main.py): a bidirectional two-layer LSTM encoder whose learned initial state is expanded over the
batch; a Bridge that splits the final states in two along the row dim and concatenates the halves
on the feature dim (`chunk(2, dim=0)`, `cat(..., dim=2)`: (num_layers, batch, 2H); the rows it
pairs are by position, not strictly forward with backward, but every shape agrees) and projects
each layer back to H; a decoder stepping a stack of LSTMCells whose first cell takes
`embed_size + hidden_size` (the token embedding and the previous attentional output) and whose
other cells take the layer below's h; the top layer's h, `decoder_hidden[-1]`, queries the
attention. Looks like a two-way state handed to one-way cells; torch runs it (bug_164's answer).
The logits tie the output to the embedding (`torch.mm(decoder_output, embedding.weight.t())`),
which needs hidden_size == embed_size, as main.py's defaults had it before 00d49c9 (300 and 300;
run here with 64 and 64). Random token batches replace the processed npz data."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn import init
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

INIT = 1e-2
INF = 1e18


# model/utils.py
def reorder_sequence(sequence_embedding, order):
    assert sequence_embedding.size(0) == len(order)
    order = torch.LongTensor(order)
    return sequence_embedding.index_select(index=order, dim=0)


def reorder_lstm_states(states, order):
    assert isinstance(states, tuple)
    order = torch.LongTensor(order)
    return (states[0].index_select(index=order, dim=1), states[1].index_select(index=order, dim=1))


def sequence_mean(sequence, seq_lens, dim):
    seq_sum = torch.sum(sequence, dim=dim, keepdim=False)
    return torch.stack([s / l for s, l in zip(seq_sum, seq_lens)], dim=0)


def len_mask(seq_lens, max_len):
    mask = torch.zeros(len(seq_lens), max_len, dtype=torch.bool)
    for i, l in enumerate(seq_lens):
        mask[i, :l] = True
    return mask


# model/attention.py
class Attention(nn.Module):
    def forward(self, query, key, value, mask):
        # query: (batch, hidden), key/value: (batch, time, hidden)
        scores = query.unsqueeze(1).matmul(key.transpose(1, 2)).squeeze(1)
        scores = scores.masked_fill(~mask, -INF)
        weights = F.softmax(scores, dim=1)
        return weights.unsqueeze(1).matmul(value).squeeze(1)


# model/encoder.py
class Encoder(nn.Module):
    def __init__(self, embed_size, hidden_size, num_layers, bidirectional, dropout):
        super(Encoder, self).__init__()
        self._lstm = nn.LSTM(input_size=embed_size, hidden_size=hidden_size, num_layers=num_layers,
                             bidirectional=bidirectional, dropout=dropout, batch_first=True)
        state_layers = num_layers * (2 if bidirectional else 1)
        self._init_encoder_hidden = nn.Parameter(torch.Tensor(state_layers, hidden_size))
        self._init_encoder_cell = nn.Parameter(torch.Tensor(state_layers, hidden_size))
        init.uniform_(self._init_encoder_hidden, -INIT, INIT)
        init.uniform_(self._init_encoder_cell, -INIT, INIT)

    def forward(self, src_embedding, src_lens):
        batch_size = src_embedding.size(0)
        init_encoder_states = self._get_init_states(batch_size)
        packed_src, sort_index = self._pack_padded_sequence(src_embedding, src_lens)
        packed_output, final_encoder_states = self._lstm(packed_src, init_encoder_states)
        return self._pad_packed_sequence(packed_output, final_encoder_states, sort_index)

    def _get_init_states(self, batch_size):
        state_layers = self._init_encoder_hidden.size(0)
        hidden_size = self._init_encoder_hidden.size(1)
        size = (state_layers, batch_size, hidden_size)
        init_encoder_hidden = self._init_encoder_hidden.unsqueeze(1).expand(*size).contiguous()
        init_encoder_cell = self._init_encoder_cell.unsqueeze(1).expand(*size).contiguous()
        return (init_encoder_hidden, init_encoder_cell)

    def _pack_padded_sequence(self, src_embedding, src_lens):
        sort_index = sorted(range(len(src_lens)), key=lambda i: src_lens[i], reverse=True)
        src_lens = [src_lens[i] for i in sort_index]
        src_embedding = reorder_sequence(src_embedding, sort_index)
        packed_src = pack_padded_sequence(src_embedding, src_lens, batch_first=True)
        return packed_src, sort_index

    def _pad_packed_sequence(self, packed_output, final_encoder_states, sort_index):
        encoder_output, _ = pad_packed_sequence(packed_output, batch_first=True)
        back_map = {index: i for i, index in enumerate(sort_index)}
        reorder_index = [back_map[i] for i in range(len(sort_index))]
        encoder_output = reorder_sequence(encoder_output, reorder_index)
        final_encoder_states = reorder_lstm_states(final_encoder_states, reorder_index)
        return encoder_output, final_encoder_states


# model/bridge.py
class Bridge(nn.Module):
    def __init__(self, hidden_size, bidirectional):
        super(Bridge, self).__init__()
        self._bidirectional = bidirectional
        encoder_output_size = hidden_size * (2 if bidirectional else 1)
        self._hidden_projection = nn.Linear(encoder_output_size, hidden_size)
        self._cell_projection = nn.Linear(encoder_output_size, hidden_size)
        self._encoder_output_projection = nn.Linear(encoder_output_size, hidden_size)

    def forward(self, encoder_output, final_encoder_states):
        final_encoder_hidden, final_encoder_cell = final_encoder_states
        if self._bidirectional:
            final_encoder_hidden = torch.cat(final_encoder_hidden.chunk(chunks=2, dim=0), dim=2)
            final_encoder_cell = torch.cat(final_encoder_cell.chunk(chunks=2, dim=0), dim=2)
        init_decoder_hidden = torch.stack([self._hidden_projection(h) for h in final_encoder_hidden], dim=0)
        init_decoder_cell = torch.stack([self._cell_projection(c) for c in final_encoder_cell], dim=0)
        encoder_memory = self._encoder_output_projection(encoder_output)
        return encoder_memory, (init_decoder_hidden, init_decoder_cell)


# model/decoder.py
class Decoder(nn.Module):
    def __init__(self, embedding, lstm_cell, hidden_size):
        super(Decoder, self).__init__()
        self._embedding = embedding
        self._lstm_cell = lstm_cell
        self._query_projection = nn.Linear(hidden_size, hidden_size)
        self._attn = Attention()
        self._output_projection = nn.Linear(hidden_size * 2, hidden_size)

    def forward(self, src_memory, src_mask, init_decoder_states, init_decoder_output, trg):
        max_len = trg.size(1)
        decoder_states = init_decoder_states
        decoder_output = init_decoder_output
        logits = []
        for i in range(max_len):
            token = trg[:, i: i + 1]
            logit, decoder_states, decoder_output = self._step(src_memory, src_mask, token, decoder_states, decoder_output)
            logits.append(logit)
        return torch.stack(logits, dim=1)

    def _step(self, src_memory, src_mask, token, prev_decoder_states, prev_decoder_output):
        token_embedding = self._embedding(token).squeeze(1)
        lstm_input = torch.cat([token_embedding, prev_decoder_output], dim=1)
        decoder_states = self._lstm_cell(lstm_input, prev_decoder_states)
        decoder_hidden, _ = decoder_states
        top_hidden = decoder_hidden[-1]
        query = self._query_projection(top_hidden)
        context = self._attn(query, src_memory, src_memory, src_mask)
        decoder_output = self._output_projection(torch.cat([top_hidden, context], dim=1))
        logit = torch.mm(decoder_output, self._embedding.weight.t())
        return logit, decoder_states, decoder_output

    def get_init_decoder_output(self, src_memory, src_lens, init_decoder_states):
        init_decoder_hidden, _ = init_decoder_states
        init_top_hidden = init_decoder_hidden[-1]
        src_mean = sequence_mean(src_memory, src_lens, dim=1)
        return self._output_projection(torch.cat([init_top_hidden, src_mean], dim=1))


class MultiLayerLSTMCells(nn.Module):

    def __init__(self, input_size, hidden_size, num_layers, bias=True, dropout=0.0):
        super(MultiLayerLSTMCells, self).__init__()
        self._input_size = input_size
        self._hidden_size = hidden_size
        self._num_layers = num_layers
        self._bias = bias
        self._dropout = dropout
        self._lstm_cells = nn.ModuleList([nn.LSTMCell(self._input_size, self._hidden_size, self._bias)])
        self._lstm_cells.extend(nn.ModuleList(
            nn.LSTMCell(self._hidden_size, self._hidden_size, self._bias)
            for _ in range(self._num_layers - 1)
        ))

    def forward(self, input, states):
        # input: Tensor (batch_size, input_size)
        # hidden, cell: Tensor (num_layers, batch_size, hidden_size)
        hidden, cell = states
        output_hidden = []
        output_cell = []
        for i, lstm_cell in enumerate(self._lstm_cells):
            h, c = lstm_cell(input, (hidden[i], cell[i]))
            output_hidden.append(h)
            output_cell.append(c)
            input = F.dropout(h, p=self._dropout, training=self.training)
        output_hidden = torch.stack(output_hidden, dim=0)
        output_cell = torch.stack(output_cell, dim=0)
        return output_hidden, output_cell


# model/seq2seq.py
class Seq2Seq(nn.Module):
    def __init__(self, embedding, encoder, bridge, decoder):
        super(Seq2Seq, self).__init__()
        self._embedding = embedding
        self._encoder = encoder
        self._bridge = bridge
        self._decoder = decoder

    def forward(self, src, src_lens, trg):
        src_embedding = self._embedding(src)
        encoder_output, final_encoder_states = self._encoder(src_embedding, src_lens)
        src_memory, init_decoder_states = self._bridge(encoder_output, final_encoder_states)
        src_mask = len_mask(src_lens, src.size(1))
        init_decoder_output = self._decoder.get_init_decoder_output(src_memory, src_lens, init_decoder_states)
        return self._decoder(src_memory, src_mask, init_decoder_states, init_decoder_output, trg)


# trainer.py
class Trainer(object):

    def __init__(self, config):
        self._config = config

    def _make_model(self):
        embedding = nn.Embedding(self._config.vocab_size, self._config.embed_size)
        encoder = Encoder(self._config.embed_size, self._config.hidden_size, self._config.num_layers,
                          self._config.bidirectional, self._config.dropout)
        bridge = Bridge(self._config.hidden_size, self._config.bidirectional)
        lstm_cell = MultiLayerLSTMCells(self._config.embed_size + self._config.hidden_size, self._config.hidden_size,
                                        self._config.num_layers, dropout=self._config.dropout)
        decoder = Decoder(embedding, lstm_cell, self._config.hidden_size)
        return Seq2Seq(embedding, encoder, bridge, decoder)

    def run(self, batches):
        model = self._make_model()
        criterion = nn.CrossEntropyLoss(reduction='none')
        optimizer = torch.optim.Adam(model.parameters(), lr=self._config.learning_rate)
        for src, src_lens, trg, trg_lens in batches:
            optimizer.zero_grad()
            logits = model(src, src_lens, trg)
            mask = len_mask(trg_lens, trg.size(1)).view(-1)
            loss = criterion(logits.view(-1, logits.size(2)), trg.view(-1)).masked_select(mask).mean()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), self._config.clip)
            optimizer.step()


def probe():
    # main.py
    parser = argparse.ArgumentParser()
    parser.add_argument('--embed_size', type=int, default=300)
    parser.add_argument('--batch_size', type=int, default=128)
    parser.add_argument('--num_epoches', type=int, default=10)
    parser.add_argument('--num_layers', type=int, default=2)
    parser.add_argument('--bidirectional', type=bool, default=True)
    parser.add_argument('--learning_rate', type=float, default=0.001)
    parser.add_argument('--clip', type=float, default=3.0)
    parser.add_argument('--dropout', type=float, default=0.0)
    parser.add_argument('--vocab_size', type=int, default=37411)
    parser.add_argument('--hidden_size', type=int, default=300)
    config = parser.parse_args(['--vocab_size', '500', '--batch_size', '4', '--hidden_size', '64', '--embed_size', '64'])

    src = torch.randint(1, config.vocab_size, (config.batch_size, 8))
    src_lens = [8, 6, 7, 5]
    trg = torch.randint(1, config.vocab_size, (config.batch_size, 5))
    trg_lens = [5, 4, 5, 3]
    Trainer(config).run([(src, src_lens, trg, trg_lens)])


if __name__ == "__main__":
    probe()

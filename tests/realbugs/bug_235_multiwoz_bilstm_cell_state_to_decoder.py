# source: https://github.com/budzianowski/multiwoz/blob/fe0c8e65cfcd8462bd33c86e35f21addc84ca82b/model/policy.py
# rule: LC009
# torch: RuntimeError: Expected hidden[1] size (1, 4, 24), got [2, 4, 24]
"""budzianowski/multiwoz at fe0c8e6 (model/model.py, model/policy.py, train.py): the MultiWOZ
seq2seq baseline builds its encoder with whatCellType(cell_type) — "lstm", "gru" or their
bidirectional "bilstm"/"bigru" — and strips the "bi" for the decoder ("we dont need
bidirectionality in decoding"). Between them DefaultPolicy mixes the encoder's final state with
the belief-state and database vectors: it reads `hidden[0]` (the forward direction) for the new
h_0, unsqueezes it to one layer, but for an LSTM it passes the encoder's cell state
`encodings[1]` through unchanged. With `--cell_type bilstm` that cell state is
(2, batch, hidden), and the one-layer unidirectional decoder LSTM rejects it at its first step
(bigru and lstm are fine). The cell state needs the same reduction to one layer as h_0 (for
example `encodings[1][0:1]` or the sum of both directions). argparse is a namespace of
train.py's defaults with --cell_type bilstm, util.padSequence and the numpy sort in
EncoderRNN are torch operations, and the orthogonal initialisation is left out; dialogues are
random token ids."""
import types

import torch
import torch.nn as nn
import torch.nn.functional as F


def whatCellType(input_size, hidden_size, cell_type, dropout_rate):
    if cell_type == 'rnn':
        return nn.RNN(input_size, hidden_size, dropout=dropout_rate, batch_first=False)
    elif cell_type == 'gru':
        return nn.GRU(input_size, hidden_size, dropout=dropout_rate, batch_first=False)
    elif cell_type == 'lstm':
        return nn.LSTM(input_size, hidden_size, dropout=dropout_rate, batch_first=False)
    elif cell_type == 'bigru':
        return nn.GRU(input_size, hidden_size, bidirectional=True, dropout=dropout_rate, batch_first=False)
    elif cell_type == 'bilstm':
        return nn.LSTM(input_size, hidden_size, bidirectional=True, dropout=dropout_rate, batch_first=False)


class EncoderRNN(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size, cell_type, depth, dropout):
        super(EncoderRNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.embed_size = embedding_size
        self.n_layers = depth
        self.dropout = dropout
        self.bidirectional = False
        if 'bi' in cell_type:
            self.bidirectional = True
        padding_idx = 3
        self.embedding = nn.Embedding(input_size, embedding_size, padding_idx=padding_idx)
        self.rnn = whatCellType(embedding_size, hidden_size, cell_type, dropout_rate=self.dropout)

    def forward(self, input_seqs, input_lens, hidden=None):
        input_seqs = input_seqs.transpose(0, 1)
        embedded = self.embedding(input_seqs)
        embedded = embedded.transpose(0, 1)  # [B,T,E]
        sort_idx = torch.argsort(-input_lens)
        unsort_idx = torch.argsort(sort_idx)
        input_lens = input_lens[sort_idx]
        embedded = embedded[sort_idx].transpose(0, 1)  # [T,B,E]
        packed = torch.nn.utils.rnn.pack_padded_sequence(embedded, input_lens)
        outputs, hidden = self.rnn(packed, hidden)
        outputs, _ = torch.nn.utils.rnn.pad_packed_sequence(outputs)
        if self.bidirectional:
            outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]

        outputs = outputs.transpose(0, 1)[unsort_idx].transpose(0, 1).contiguous()

        if isinstance(hidden, tuple):
            hidden = list(hidden)
            hidden[0] = hidden[0].transpose(0, 1)[unsort_idx].transpose(0, 1).contiguous()
            hidden[1] = hidden[1].transpose(0, 1)[unsort_idx].transpose(0, 1).contiguous()
            hidden = tuple(hidden)
        else:
            hidden = hidden.transpose(0, 1)[unsort_idx].transpose(0, 1).contiguous()

        return outputs, hidden


# model/policy.py
class DefaultPolicy(nn.Module):
    def __init__(self, hidden_size_pol, hidden_size, db_size, bs_size):
        super(DefaultPolicy, self).__init__()
        self.hidden_size = hidden_size

        self.W_u = nn.Linear(hidden_size, hidden_size_pol, bias=False)
        self.W_bs = nn.Linear(bs_size, hidden_size_pol, bias=False)
        self.W_db = nn.Linear(db_size, hidden_size_pol, bias=False)

    def forward(self, encodings, db_tensor, bs_tensor, act_tensor=None):
        if isinstance(encodings, tuple):
            hidden = encodings[0]
        else:
            hidden = encodings

        # Network based
        output = self.W_u(hidden[0]) + self.W_db(db_tensor) + self.W_bs(bs_tensor)
        output = torch.tanh(output)

        if isinstance(encodings, tuple):  # return LSTM tuple
            return (output.unsqueeze(0), encodings[1])  # fix: reduce the cell state to one layer too, e.g. encodings[1][0:1]
        else:
            return output.unsqueeze(0)


class DecoderRNN(nn.Module):
    def __init__(self, embedding_size, hidden_size, output_size, cell_type, dropout=0.1):
        super(DecoderRNN, self).__init__()
        self.hidden_size = hidden_size
        self.cell_type = cell_type
        padding_idx = 3
        self.embedding = nn.Embedding(num_embeddings=output_size, embedding_dim=embedding_size,
                                      padding_idx=padding_idx)
        if 'bi' in cell_type:  # we dont need bidirectionality in decoding
            cell_type = cell_type.strip('bi')
        self.rnn = whatCellType(embedding_size, hidden_size, cell_type, dropout_rate=dropout)
        self.dropout_rate = dropout
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, input, hidden, not_used):
        embedded = self.embedding(input).transpose(0, 1)  # [B,1] -> [ 1,B, D]
        embedded = F.dropout(embedded, self.dropout_rate)
        output, hidden = self.rnn(embedded, hidden)
        out = self.out(output.squeeze(0))
        output = F.log_softmax(out, dim=1)
        return output, hidden


class Model(nn.Module):
    def __init__(self, args, vocab_size):
        super(Model, self).__init__()
        self.args = args
        self.cell_type = args.cell_type
        self.encoder = EncoderRNN(vocab_size, args.emb_size, args.hid_size_enc,
                                  args.cell_type, args.depth, args.dropout)
        self.policy = DefaultPolicy(args.hid_size_pol, args.hid_size_enc, args.db_size, args.bs_size)
        self.decoder = DecoderRNN(args.emb_size, args.hid_size_dec, vocab_size, args.cell_type, args.dropout)

    def forward(self, input_tensor, input_lengths, target_tensor, db_tensor, bs_tensor):
        encoder_outputs, encoder_hidden = self.encoder(input_tensor, input_lengths)
        decoder_hidden = self.policy(encoder_hidden, db_tensor, bs_tensor)
        proba = []
        for t in range(target_tensor.size(1)):
            decoder_input = target_tensor[:, t].view(-1, 1)  # teacher forcing
            decoder_output, decoder_hidden = self.decoder(decoder_input, decoder_hidden, encoder_outputs)
            proba.append(decoder_output)
        return torch.stack(proba, 1)


def probe():
    # train.py defaults (sizes scaled down) with --cell_type bilstm
    args = types.SimpleNamespace(batch_size=4, vocab_size=40, emb_size=10, hid_size_enc=24,
                                 hid_size_dec=24, hid_size_pol=24, db_size=6, bs_size=8,
                                 cell_type='bilstm', depth=1, dropout=0.0)
    model = Model(args, args.vocab_size)
    B = args.batch_size
    input_tensor = torch.randint(4, args.vocab_size, (B, 9))
    input_lengths = torch.tensor([9, 6, 8, 5])
    target_tensor = torch.randint(4, args.vocab_size, (B, 7))
    db_tensor = torch.rand(B, args.db_size)
    bs_tensor = torch.rand(B, args.bs_size)
    proba = model(input_tensor, input_lengths, target_tensor, db_tensor, bs_tensor)
    assert proba.shape == (B, 7, args.vocab_size)


if __name__ == "__main__":
    probe()

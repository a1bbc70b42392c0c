# source: https://github.com/jasonwu0731/trade-dst/blob/b77fcf110af4fb286965966ce39e0d4f20d1d3b9/models/TRADE.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""jasonwu0731/trade-dst (models/TRADE.py, utils/config.py, myTrain.py): TRADE builds its
dialogue-history encoder as `EncoderRNN(vocab, hidden, dropout)` whose bidirectional GRU takes
`n_layers=1` by default and `dropout=dropout`, the `-dr` option (0.2 in every command of the
README). With one layer the GRU's dropout does nothing and torch warns at construction; the
slot-value Generator's one-layer GRU gets the same `dropout=dropout`. The model still trains (the
embeddings have their own nn.Dropout); the recurrent dropout the option suggests never happens.
Unreported; torch warns on the project's own path for every training run."""
import argparse

import torch
import torch.nn as nn

PAD_token = 1


def parse_args(argv):
    parser = argparse.ArgumentParser(description='Multi-Domain DST')
    parser.add_argument('-hdd', '--hidden', help='Hidden size', required=False, type=int, default=400)
    parser.add_argument('-dr', '--drop', help='Drop Out', required=False, type=float)
    return vars(parser.parse_args(argv))


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, dropout, n_layers=1):
        super(EncoderRNN, self).__init__()
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size
        self.dropout = dropout
        self.dropout_layer = nn.Dropout(dropout)
        self.embedding = nn.Embedding(vocab_size, hidden_size, padding_idx=PAD_token)
        self.embedding.weight.data.normal_(0, 0.1)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout, bidirectional=True)  # fix: dropout=dropout if n_layers > 1 else 0 (and no dropout= on the Generator's one-layer GRU)

    def get_state(self, bsz):
        return torch.zeros(2, bsz, self.hidden_size)

    def forward(self, input_seqs, input_lengths, hidden=None):
        embedded = self.embedding(input_seqs)
        embedded = self.dropout_layer(embedded)
        hidden = self.get_state(input_seqs.size(1))
        if input_lengths:
            embedded = nn.utils.rnn.pack_padded_sequence(embedded, input_lengths, batch_first=False)
        outputs, hidden = self.gru(embedded, hidden)
        if input_lengths:
            outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs, batch_first=False)
        hidden = hidden[0] + hidden[1]
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs.transpose(0, 1), hidden.unsqueeze(0)


class Generator(nn.Module):
    def __init__(self, shared_emb, vocab_size, hidden_size, dropout, nb_gate):
        super(Generator, self).__init__()
        self.vocab_size = vocab_size
        self.embedding = shared_emb
        self.dropout_layer = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden_size, hidden_size, dropout=dropout)
        self.hidden_size = hidden_size
        self.W_gate = nn.Linear(hidden_size, nb_gate)

    def forward(self, batch_size, encoded_hidden, slot_emb, max_res_len):
        hidden = encoded_hidden
        decoder_input = self.dropout_layer(slot_emb).expand(batch_size, self.hidden_size)
        for wi in range(max_res_len):
            dec_state, hidden = self.gru(decoder_input.expand_as(hidden), hidden)
            pred_word = torch.argmax(hidden.squeeze(0) @ self.embedding.weight.t(), dim=1)
            decoder_input = self.embedding(pred_word)
        return self.W_gate(hidden.squeeze(0))


class TRADE(nn.Module):
    def __init__(self, hidden_size, n_words, dropout, nb_gate=3):
        super(TRADE, self).__init__()
        self.encoder = EncoderRNN(n_words, hidden_size, dropout)
        self.decoder = Generator(self.encoder.embedding, n_words, hidden_size, dropout, nb_gate)

    def encode_and_decode(self, story, lengths, slot_emb):
        encoded_outputs, encoded_hidden = self.encoder(story.transpose(0, 1), lengths)
        return self.decoder(len(lengths), encoded_hidden, slot_emb, max_res_len=3)


def probe():
    args = parse_args(['-dr=0.2', '-hdd=16'])
    model = TRADE(args['hidden'], n_words=30, dropout=float(args['drop']))
    story = torch.randint(2, 30, (2, 6))
    model.encode_and_decode(story, [6, 6], torch.randn(1, args['hidden']))


if __name__ == "__main__":
    probe()

# source: https://github.com/facebookresearch/fairseq/issues/394
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""fairseq's LSTM model (fairseq/models/lstm.py): the decoder is a stack of LSTMCells whose
initial states are the encoder's final states, one per layer: prev_hiddens =
[encoder_hiddens[i] for i in range(num_layers)]. The layer counts come from two independent
options, --encoder-layers and --decoder-layers; with more decoder layers than encoder layers the
decoder indexes past the encoder's (encoder_layers, batch, hidden) state. fairseq answered with
an assertion that both counts agree."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMEncoder(nn.Module):
    def __init__(self, num_embeddings, embed_dim=16, hidden_size=16, num_layers=1,
                 dropout_in=0.1, dropout_out=0.1, padding_idx=0):
        super().__init__()
        self.num_layers = num_layers
        self.dropout_in = dropout_in
        self.dropout_out = dropout_out
        self.hidden_size = hidden_size
        self.embed_tokens = nn.Embedding(num_embeddings, embed_dim, padding_idx)
        self.lstm = nn.LSTM(input_size=embed_dim, hidden_size=hidden_size, num_layers=num_layers,
                            dropout=self.dropout_out if num_layers > 1 else 0.)
        self.output_units = hidden_size

    def forward(self, src_tokens):
        bsz, seqlen = src_tokens.size()
        x = self.embed_tokens(src_tokens)
        x = F.dropout(x, p=self.dropout_in, training=self.training)
        x = x.transpose(0, 1)  # B x T x C -> T x B x C
        h0 = x.new_zeros(self.num_layers, bsz, self.hidden_size)
        c0 = x.new_zeros(self.num_layers, bsz, self.hidden_size)
        x, (final_hiddens, final_cells) = self.lstm(x, (h0, c0))
        return x, final_hiddens, final_cells


class LSTMDecoder(nn.Module):
    def __init__(self, num_embeddings, embed_dim=16, hidden_size=16, out_embed_dim=16,
                 num_layers=1, encoder_output_units=16, padding_idx=0):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.embed_tokens = nn.Embedding(num_embeddings, embed_dim, padding_idx)
        self.encoder_output_units = encoder_output_units
        self.layers = nn.ModuleList([
            nn.LSTMCell(input_size=hidden_size + embed_dim if layer == 0 else hidden_size,
                        hidden_size=hidden_size)
            for layer in range(num_layers)
        ])
        self.fc_out = nn.Linear(out_embed_dim, num_embeddings)

    def forward(self, prev_output_tokens, encoder_out):
        encoder_outs, encoder_hiddens, encoder_cells = encoder_out[:3]
        bsz, seqlen = prev_output_tokens.size()
        x = self.embed_tokens(prev_output_tokens).transpose(0, 1)

        num_layers = len(self.layers)
        prev_hiddens = [encoder_hiddens[i] for i in range(num_layers)]
        prev_cells = [encoder_cells[i] for i in range(num_layers)]
        input_feed = x.new_zeros(bsz, self.hidden_size)

        outs = []
        for j in range(seqlen):
            input = torch.cat((x[j, :, :], input_feed), dim=1)
            for i, rnn in enumerate(self.layers):
                hidden, cell = rnn(input, (prev_hiddens[i], prev_cells[i]))
                input = hidden
                prev_hiddens[i] = hidden
                prev_cells[i] = cell
            input_feed = hidden
            outs.append(hidden)
        x = torch.stack(outs).transpose(1, 0)
        return self.fc_out(x)


def add_args(parser):
    parser.add_argument('--encoder-embed-dim', type=int, default=16)
    parser.add_argument('--encoder-hidden-size', type=int, default=16)
    parser.add_argument('--encoder-layers', type=int, default=1)
    parser.add_argument('--decoder-embed-dim', type=int, default=16)
    parser.add_argument('--decoder-hidden-size', type=int, default=16)
    parser.add_argument('--decoder-layers', type=int, default=1)


def build_model(args, src_vocab, tgt_vocab):
    encoder = LSTMEncoder(src_vocab, embed_dim=args.encoder_embed_dim,
                          hidden_size=args.encoder_hidden_size, num_layers=args.encoder_layers)
    decoder = LSTMDecoder(tgt_vocab, embed_dim=args.decoder_embed_dim,
                          hidden_size=args.decoder_hidden_size,
                          out_embed_dim=args.decoder_hidden_size,
                          num_layers=args.decoder_layers,  # fix: the decoder starts from the encoder's states, one per layer: num_layers=args.encoder_layers (fairseq now asserts they agree)
                          encoder_output_units=encoder.output_units)
    return encoder, decoder


def probe():
    parser = argparse.ArgumentParser()
    add_args(parser)
    args = parser.parse_args(['--encoder-layers', '1', '--decoder-layers', '2'])
    encoder, decoder = build_model(args, src_vocab=30, tgt_vocab=30)
    encoder_out = encoder(torch.randint(1, 30, (4, 7)))
    decoder(torch.randint(1, 30, (4, 5)), encoder_out)


if __name__ == "__main__":
    probe()

# source: https://github.com/facebookresearch/fairseq/issues/394
"""fairseq's LSTM decoder after the report: the decoder still seeds each of its LSTMCells from
the encoder's final states by index, [encoder_hiddens[i] for i in range(num_layers)], but
build_model now asserts that --encoder-layers and --decoder-layers agree, and both are given 2.
Indexing one module's state by another module's layer count, guarded."""
import argparse

import torch
import torch.nn as nn


class LSTMEncoder(nn.Module):
    def __init__(self, num_embeddings, embed_dim=16, hidden_size=16, num_layers=1):
        super().__init__()
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.embed_tokens = nn.Embedding(num_embeddings, embed_dim)
        self.lstm = nn.LSTM(input_size=embed_dim, hidden_size=hidden_size, num_layers=num_layers)

    def forward(self, src_tokens):
        x = self.embed_tokens(src_tokens).transpose(0, 1)
        x, (final_hiddens, final_cells) = self.lstm(x)
        return x, final_hiddens, final_cells


class LSTMDecoder(nn.Module):
    def __init__(self, num_embeddings, embed_dim=16, hidden_size=16, num_layers=1):
        super().__init__()
        self.hidden_size = hidden_size
        self.embed_tokens = nn.Embedding(num_embeddings, embed_dim)
        self.layers = nn.ModuleList([
            nn.LSTMCell(input_size=hidden_size + embed_dim if layer == 0 else hidden_size,
                        hidden_size=hidden_size)
            for layer in range(num_layers)
        ])
        self.fc_out = nn.Linear(hidden_size, num_embeddings)

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
                prev_hiddens[i], prev_cells[i] = hidden, cell
            input_feed = hidden
            outs.append(hidden)
        return self.fc_out(torch.stack(outs).transpose(1, 0))


def build_model(args, vocab):
    assert args.encoder_layers == args.decoder_layers, \
        "--encoder-layers must match --decoder-layers"
    encoder = LSTMEncoder(vocab, num_layers=args.encoder_layers)
    decoder = LSTMDecoder(vocab, num_layers=args.decoder_layers)
    return encoder, decoder


def probe():
    parser = argparse.ArgumentParser()
    parser.add_argument('--encoder-layers', type=int, default=1)
    parser.add_argument('--decoder-layers', type=int, default=1)
    args = parser.parse_args(['--encoder-layers', '2', '--decoder-layers', '2'])
    encoder, decoder = build_model(args, 30)
    out = decoder(torch.randint(1, 30, (4, 5)), encoder(torch.randint(1, 30, (4, 7))))
    assert out.shape == (4, 5, 30)


if __name__ == "__main__":
    probe()

# source: https://github.com/ywk991112/pytorch-chatbot/commit/8aff2fe753918f16f1bc67b96a0fd550bf1b1479
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""ywk991112/pytorch-chatbot (model.py, train.py, main.py before commit 8aff2fe, "rnn dropout
problem"): main.py's `-la/--layer` option defaults to 1 and run() hands it to trainIters(), which
builds EncoderRNN(voc.n_words, hidden_size, embedding, n_layers) and
LuongAttnDecoderRNN(attn_model, embedding, hidden_size, voc.n_words, n_layers) without a dropout,
so both take their own default dropout=0.1 and pass it to a one-layer nn.GRU: torch warns at
each construction. The commit guards both GRUs with `dropout=(0 if n_layers == 1 else dropout)`
(and adds a --dropout option); the encoder's GRU, built first, is the line kept here."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

USE_CUDA = torch.cuda.is_available()
device = torch.device("cuda" if USE_CUDA else "cpu")


class EncoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, embedding, n_layers=1, dropout=0.1):
        super(EncoderRNN, self).__init__()
        self.n_layers = n_layers
        self.hidden_size = hidden_size
        self.embedding = embedding

        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout, bidirectional=True)  # fix: dropout=(0 if n_layers == 1 else dropout)

    def forward(self, input_seq, input_lengths, hidden=None):
        embedded = self.embedding(input_seq)
        packed = torch.nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)  # output: (seq_len, batch, hidden*n_dir)
        outputs, _ = torch.nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]  # Sum bidirectional outputs
        return outputs, hidden


class Attn(nn.Module):
    def __init__(self, method, hidden_size):
        super(Attn, self).__init__()
        self.method = method
        self.hidden_size = hidden_size
        if self.method == 'general':
            self.attn = nn.Linear(self.hidden_size, hidden_size)

    def forward(self, hidden, encoder_outputs):
        # hidden [1, B, H], encoder_outputs [S, B, H]
        if self.method == 'general':
            encoder_outputs = self.attn(encoder_outputs)
        energies = torch.sum(hidden * encoder_outputs, dim=2).t()  # B x S
        return F.softmax(energies, dim=1).unsqueeze(1)


class LuongAttnDecoderRNN(nn.Module):
    def __init__(self, attn_model, embedding, hidden_size, output_size, n_layers=1, dropout=0.1):
        super(LuongAttnDecoderRNN, self).__init__()
        self.attn_model = attn_model
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.dropout = dropout

        self.embedding = embedding
        self.embedding_dropout = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout)
        self.concat = nn.Linear(hidden_size * 2, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)
        if attn_model != 'none':
            self.attn = Attn(attn_model, hidden_size)

    def forward(self, input_seq, last_hidden, encoder_outputs):
        embedded = self.embedding(input_seq)
        embedded = self.embedding_dropout(embedded)
        if embedded.size(0) != 1:
            raise ValueError('Decoder input sequence length should be 1')
        rnn_output, hidden = self.gru(embedded, last_hidden)
        attn_weights = self.attn(rnn_output, encoder_outputs)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1))
        rnn_output = rnn_output.squeeze(0)
        context = context.squeeze(1)
        concat_input = torch.cat((rnn_output, context), 1)
        concat_output = torch.tanh(self.concat(concat_input))
        output = self.out(concat_output)
        return output, hidden


def train(input_variable, lengths, target_variable, encoder, decoder, batch_size):
    encoder_outputs, encoder_hidden = encoder(input_variable, lengths, None)
    decoder_input = torch.LongTensor([[1 for _ in range(batch_size)]]).to(device)
    decoder_hidden = encoder_hidden[:decoder.n_layers]
    loss = 0
    for t in range(target_variable.size(0)):
        decoder_output, decoder_hidden = decoder(decoder_input, decoder_hidden, encoder_outputs)
        decoder_input = target_variable[t].view(1, -1)
        loss = loss + F.cross_entropy(decoder_output, target_variable[t])
    return loss


def trainIters(n_words, n_iteration, batch_size, n_layers, hidden_size, print_every, save_every):
    embedding = nn.Embedding(n_words, hidden_size)
    attn_model = 'dot'
    encoder = EncoderRNN(n_words, hidden_size, embedding, n_layers)
    decoder = LuongAttnDecoderRNN(attn_model, embedding, hidden_size, n_words, n_layers)
    encoder = encoder.to(device)
    decoder = decoder.to(device)
    for iteration in range(1, n_iteration + 1):
        input_variable = torch.randint(2, n_words, (7, batch_size))
        lengths = torch.tensor([7] * batch_size)
        target_variable = torch.randint(2, n_words, (5, batch_size))
        loss = train(input_variable, lengths, target_variable, encoder, decoder, batch_size)
        if iteration % print_every == 0:
            print('iter', iteration, float(loss))


def parse(argv=None):
    parser = argparse.ArgumentParser(description='Attention Seq2Seq Chatbot')
    parser.add_argument('-it', '--iteration', type=int, default=100000, help='Train the model with it iterations')
    parser.add_argument('-p', '--print', type=int, default=5000, help='Print every p iterations')
    parser.add_argument('-b', '--batch_size', type=int, default=1, help='Batch size')
    parser.add_argument('-la', '--layer', type=int, default=1, help='Number of layers in encoder and decoder')
    parser.add_argument('-hi', '--hidden', type=int, default=256, help='Hidden size in encoder and decoder')
    parser.add_argument('-s', '--save', type=float, default=10000, help='Save every s iterations')
    return parser.parse_args(argv)


def run(args, n_words=500):
    n_iteration, print_every, save_every, n_layers, hidden_size, batch_size = \
        args.iteration, args.print, args.save, args.layer, args.hidden, args.batch_size
    trainIters(n_words, n_iteration, batch_size, n_layers, hidden_size, print_every, save_every)


def probe():
    args = parse(['-it', '1', '-p', '1000', '-b', '4', '-hi', '16'])
    run(args, n_words=50)


if __name__ == "__main__":
    run(parse())

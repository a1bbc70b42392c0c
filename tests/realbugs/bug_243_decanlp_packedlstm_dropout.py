# source: https://github.com/salesforce/decaNLP/commit/a20e9fc91d63afc0af5054bcaa34ca44318eb7d4
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""salesforce/decaNLP (models/multitask_question_answering_network.py, models/common.py,
arguments.py): MQAN's context and question encoders are PackedLSTM wrappers (bidirectional,
d_out halved per direction) built with `dropout=args.dropout_ratio,
num_layers=args.rnn_layers`. The argparse defaults are --rnn_layers 1 and --dropout_ratio 0.2,
so each of the four encoder LSTMs is a one-layer nn.LSTM asked for 0.2 dropout between layers it
does not have: torch warns and applies none. a20e9fc ("pytorch > 0.4 for MQAN training") adds
`dp(args)`, which passes the dropout only when rnn_layers > 1 (and dropout=0 for the one-layer
LSTM before coattention). The coattention layer, transformers, CoVe/ELMo and the pointer decoder
are left out; torchtext's field and batch are replaced by random embeddings and lengths, and the
parsed arguments by argparse defaults."""
import argparse

import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence as pack
from torch.nn.utils.rnn import pad_packed_sequence as unpack


# arguments.py (model options)
def get_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--dimension', default=200, type=int, help='output dimensions for all layers')
    parser.add_argument('--rnn_layers', default=1, type=int, help='number of layers for RNN modules')
    parser.add_argument('--transformer_layers', default=2, type=int, help='number of layers for transformer modules')
    parser.add_argument('--transformer_hidden', default=150, type=int, help='hidden size of the transformer modules')
    parser.add_argument('--transformer_heads', default=3, type=int, help='number of heads for transformer modules')
    parser.add_argument('--dropout_ratio', default=0.2, type=float, help='dropout for the model')
    return parser.parse_args(argv)


# models/common.py
class PackedLSTM(nn.Module):

    def __init__(self, d_in, d_out, bidirectional=False, num_layers=1,
                 dropout=0.0, batch_first=True):
        """A wrapper class that packs input sequences and unpacks output sequences"""
        super().__init__()
        if bidirectional:
            d_out = d_out // 2
        self.rnn = nn.LSTM(d_in, d_out,
                           num_layers=num_layers,
                           dropout=dropout,
                           bidirectional=bidirectional,
                           batch_first=batch_first)
        self.batch_first = batch_first

    def forward(self, inputs, lengths, hidden=None):
        lens, indices = torch.sort(inputs.data.new(lengths).long(), 0, True)
        inputs = inputs[indices] if self.batch_first else inputs[:, indices]
        outputs, (h, c) = self.rnn(pack(inputs, lens.tolist(),
                                        batch_first=self.batch_first), hidden)
        outputs = unpack(outputs, batch_first=self.batch_first)[0]
        _, _indices = torch.sort(indices, 0)
        outputs = outputs[_indices] if self.batch_first else outputs[:, _indices]
        h, c = h[:, _indices, :], c[:, _indices, :]
        return outputs, (h, c)


# models/multitask_question_answering_network.py (encoder side)
class MQANEncoder(nn.Module):

    def __init__(self, args):
        super().__init__()
        self.args = args

        self.bilstm_before_coattention = PackedLSTM(args.dimension, args.dimension,
            batch_first=True, bidirectional=True, num_layers=1)
        dim = 2 * args.dimension + args.dimension + args.dimension

        self.context_bilstm_after_coattention = PackedLSTM(dim, args.dimension,
            batch_first=True, dropout=args.dropout_ratio, bidirectional=True,  # fix: dropout=dp(args), with dp(args) = args.dropout_ratio if args.rnn_layers > 1 else 0.
            num_layers=args.rnn_layers)
        self.bilstm_context = PackedLSTM(args.dimension, args.dimension,
            batch_first=True, dropout=args.dropout_ratio, bidirectional=True,
            num_layers=args.rnn_layers)

        self.question_bilstm_after_coattention = PackedLSTM(dim, args.dimension,
            batch_first=True, dropout=args.dropout_ratio, bidirectional=True,
            num_layers=args.rnn_layers)
        self.bilstm_question = PackedLSTM(args.dimension, args.dimension,
            batch_first=True, dropout=args.dropout_ratio, bidirectional=True,
            num_layers=args.rnn_layers)

    def forward(self, context_embedded, context_lengths, question_embedded, question_lengths):
        context_encoded = self.bilstm_before_coattention(context_embedded, context_lengths)[0]
        question_encoded = self.bilstm_before_coattention(question_embedded, question_lengths)[0]
        # CoattentiveLayer stand-in: [summary (2*d), context (d), coattended (d)] per position
        coattended_context = torch.cat([context_encoded, context_encoded, context_embedded, context_encoded], -1)
        coattended_question = torch.cat([question_encoded, question_encoded, question_embedded, question_encoded], -1)
        final_context, _ = self.context_bilstm_after_coattention(coattended_context, context_lengths)
        final_question, _ = self.question_bilstm_after_coattention(coattended_question, question_lengths)
        final_context, (context_rnn_h, context_rnn_c) = self.bilstm_context(final_context, context_lengths)
        final_question, _ = self.bilstm_question(final_question, question_lengths)
        return final_context, final_question, (context_rnn_h, context_rnn_c)


def probe():
    args = get_args([])  # python train.py --train_tasks squad ... with the model defaults
    args.dimension = 40
    encoder = MQANEncoder(args)
    context = torch.randn(3, 12, args.dimension)
    question = torch.randn(3, 6, args.dimension)
    final_context, final_question, (h, c) = encoder(context, [12, 9, 11], question, [6, 4, 5])
    assert final_context.shape == (3, 12, args.dimension)
    assert h.shape == (2, 3, args.dimension // 2)


if __name__ == "__main__":
    probe()

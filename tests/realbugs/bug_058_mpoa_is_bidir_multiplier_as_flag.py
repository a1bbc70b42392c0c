# source: https://github.com/JiyaoWei/bilstm_mpoa/issues/3
# rule: LC005
# torch: TypeError: lstm() received an invalid combination of arguments - got (Tensor, Tensor, tuple, list, bool, int, float, bool, int), but expected one of:
"""BiLSTM-MPOA classifier: args.is_bidir is the direction multiplier used by the heads
(hidden_size * args.is_bidir) and is also handed to the LSTM as bidirectional; the int is taken
at construction and fails at the first forward pass (... !tuple!, !list!, ..., !int!)."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class RNNSequenceClassifier(nn.Module):
    def __init__(self, args, embedding):
        super(RNNSequenceClassifier, self).__init__()
        self.args = args
        self.rnn = nn.LSTM(input_size=args.input_dim, hidden_size=args.hidden_size,
                           num_layers=args.layers_num, dropout=args.dropout, batch_first=True, bidirectional=args.is_bidir)  # fix: pass a bool: bidirectional=args.is_bidir == 2
        self.embedding = embedding
        self.attention_weights = nn.Linear(args.hidden_size * args.is_bidir, 1)
        self.output_projection = nn.Linear(args.hidden_size * args.is_bidir, args.num_classes)
        self.dropout_on_input_to_LSTM = nn.Dropout(args.dropout)
        self.dropout_on_input_to_linear_layer = nn.Dropout(args.dropout)

    def forward(self, inputs, lengths):
        inputs = self.embedding(inputs)
        embedded_input = self.dropout_on_input_to_LSTM(inputs)
        packed_input = pack_padded_sequence(embedded_input, lengths.tolist(), batch_first=True,
                                            enforce_sorted=False)
        packed_sorted_output, _ = self.rnn(packed_input)
        output, _ = pad_packed_sequence(packed_sorted_output, batch_first=True)
        attention_logits = self.attention_weights(output).squeeze(dim=-1)
        softmax_attention_logits = torch.softmax(attention_logits, dim=-1).unsqueeze(dim=1)
        input_encoding = torch.bmm(softmax_attention_logits, output).squeeze(dim=1)
        input_encoding = self.dropout_on_input_to_linear_layer(input_encoding)
        return F.log_softmax(self.output_projection(input_encoding), dim=-1)


def probe():
    args = argparse.Namespace(input_dim=12, hidden_size=8, layers_num=2, dropout=0.2,
                              is_bidir=2, num_classes=3, attention_layer='att')
    model = RNNSequenceClassifier(args, nn.Embedding(40, args.input_dim))
    model(torch.randint(1, 40, (3, 6)), torch.tensor([6, 4, 5]))


if __name__ == "__main__":
    probe()

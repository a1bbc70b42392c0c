# source: https://github.com/kaituoxu/X-Punctuator/issues/3
# rule: LC005
# torch: TypeError: lstm() received an invalid combination of arguments - got (Tensor, tuple, list, bool, int, float, bool, int, bool), but expected one of:
"""The training script declares --bidirectional with type=int and passes the 1 straight to
nn.LSTM; construction accepts it, the forward pass rejects a non-bool bidirectional."""
import argparse

import torch
import torch.nn as nn


class LstmPunctuator(nn.Module):
    def __init__(self, num_embeddings, embedding_dim, hidden_size, num_layers, bidirectional,
                 num_class):
        super(LstmPunctuator, self).__init__()
        self.embedding = nn.Embedding(num_embeddings, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_size, num_layers=num_layers, batch_first=True,
                            bidirectional=bidirectional)
        fc_in_dim = hidden_size * 2 if bidirectional else hidden_size
        self.fc = nn.Linear(fc_in_dim, num_class)

    def forward(self, padded_input, input_lengths):
        embedding = self.embedding(padded_input)
        output, _ = self.lstm(embedding)
        return self.fc(output)


def probe():
    parser = argparse.ArgumentParser("LSTM Punctuation Prediction")
    parser.add_argument("--embedding_dim", default=16, type=int)
    parser.add_argument("--hidden_size", default=32, type=int)
    parser.add_argument("--num_layers", default=2, type=int)
    parser.add_argument("--bidirectional", default=1, type=int)  # fix: a bool: type=int gives 1; pass bool(args.bidirectional)
    parser.add_argument("--num_class", default=5, type=int)
    args = parser.parse_args([])
    model = LstmPunctuator(50, args.embedding_dim, args.hidden_size, args.num_layers,
                           args.bidirectional, args.num_class)
    model(torch.randint(0, 50, (2, 6)), torch.tensor([6, 4]))


if __name__ == "__main__":
    probe()

# source: https://github.com/dayyass/language-modeling/issues/20
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""dayyass/language-modeling (neural_lm/model.py and arg_parse.py): the RNN language model takes
--rnn_num_layers (default 1) and --rnn_dropout (default 0.0) from the command line and hands
both to nn.LSTM. Training with a dropout and the default depth builds a one-layer LSTM with
dropout, which torch applies nowhere; the maintainer's issue "fix num_layers" asks to validate
that rnn_num_layers > 1 when a dropout is given."""
from argparse import ArgumentParser, Namespace

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class RNNLanguageModel(nn.Module):
    """RNN Neural Network for Language Modeling."""

    def __init__(self, num_embeddings: int, embedding_dim: int, rnn_hidden_size: int,
                 rnn_num_layers: int = 1, rnn_dropout: float = 0.0):
        super().__init__()
        self.emb = nn.Embedding(num_embeddings=num_embeddings, embedding_dim=embedding_dim)
        self.rnn = nn.LSTM(
            input_size=embedding_dim,
            hidden_size=rnn_hidden_size,
            num_layers=rnn_num_layers,
            dropout=rnn_dropout,  # fix: LSTM dropout needs rnn_num_layers > 1: validate it, or drop out the embeddings instead
            batch_first=True,
            bidirectional=False,  # causal language model
        )
        self.logits = nn.Linear(rnn_hidden_size, num_embeddings)

    def forward(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        emb = self.emb(x)
        packed_emb = pack_padded_sequence(emb, lengths, batch_first=True, enforce_sorted=False)
        packed_rnn, _ = self.rnn(packed_emb)
        rnn, _ = pad_packed_sequence(packed_rnn, batch_first=True, padding_value=0.0)
        return self.logits(rnn)


def get_train_args(argv) -> Namespace:
    parser = ArgumentParser()
    parser.add_argument("--path_to_data", type=str, required=True, help="path to train data")
    parser.add_argument("--batch_size", type=int, required=True, help="dataloader batch_size")
    parser.add_argument("--embedding_dim", type=int, required=True, help="embedding dimension")
    parser.add_argument("--rnn_hidden_size", type=int, required=True, help="LSTM hidden size")
    parser.add_argument("--rnn_num_layers", type=int, required=False, default=1, help="number of LSTM layers")
    parser.add_argument("--rnn_dropout", type=float, required=False, default=0.0, help="LSTM dropout")
    parser.add_argument("--n_epoch", type=int, required=True, help="number of epochs")
    return parser.parse_args(argv)


def main(argv):
    args = get_train_args(argv)
    char2idx = {char: i for i, char in enumerate("<pad> abcdefghijklmnopqrstuvwxyz".split(" "))}
    model = RNNLanguageModel(
        num_embeddings=len(char2idx),
        embedding_dim=args.embedding_dim,
        rnn_hidden_size=args.rnn_hidden_size,
        rnn_num_layers=args.rnn_num_layers,
        rnn_dropout=args.rnn_dropout,
    )
    return model


def probe():
    main(["--path_to_data", "data/arxiv_train.txt", "--batch_size", "128", "--embedding_dim", "64",
          "--rnn_hidden_size", "256", "--n_epoch", "5", "--rnn_dropout", "0.2"])


if __name__ == "__main__":
    probe()

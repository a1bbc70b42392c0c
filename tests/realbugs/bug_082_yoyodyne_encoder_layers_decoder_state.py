# source: https://github.com/CUNY-CL/yoyodyne/issues/56
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 5, 16), got [2, 5, 16]
"""yoyodyne's LSTM encoder-decoder starts the decoder from the encoder's final (h, c). The two
layer counts are separate options; with --encoder_layers 2 and the decoder left at one layer the
decoder LSTM gets a two-layer state (the report: "Multi-layer LSTMs broken",
Expected hidden[0] size (1, 40, 100), got [2, 40, 100])."""
import argparse

import torch
from torch import nn


class LSTMEncoderDecoder(nn.Module):
    """LSTM encoder-decoder without attention."""

    def __init__(self, vocab_size, output_size, embedding_size=12, hidden_size=16,
                 encoder_layers=1, decoder_layers=1, dropout=0.2, bidirectional=False):
        super().__init__()
        self.hidden_size = hidden_size
        self.encoder_layers = encoder_layers
        self.decoder_layers = decoder_layers
        self.bidirectional = bidirectional
        self.source_embeddings = nn.Embedding(vocab_size, embedding_size)
        self.target_embeddings = nn.Embedding(output_size, embedding_size)
        self.encoder_module = nn.LSTM(embedding_size, hidden_size, num_layers=encoder_layers,
                                      dropout=dropout, batch_first=True,
                                      bidirectional=bidirectional)
        self.decoder_module = nn.LSTM(embedding_size, hidden_size, num_layers=decoder_layers,
                                      dropout=dropout, batch_first=True)
        self.classifier = nn.Linear(hidden_size, output_size)

    def encode(self, source):
        embedded = self.source_embeddings(source)
        encoded, (H, C) = self.encoder_module(embedded)
        if self.bidirectional:
            # Sums the two directions' states, layer by layer.
            H = H.view(self.encoder_layers, 2, source.size(0), self.hidden_size).sum(axis=1)
            C = C.view(self.encoder_layers, 2, source.size(0), self.hidden_size).sum(axis=1)
        return encoded, (H, C)

    def decode_step(self, symbol, last_hiddens):
        embedded = self.target_embeddings(symbol)
        output, hiddens = self.decoder_module(embedded, last_hiddens)  # fix: the decoder has decoder_layers layers: adapt the encoder's (encoder_layers, B, H) state, e.g. keep its last decoder_layers layers
        return self.classifier(output), hiddens

    def forward(self, source, target):
        _, last_hiddens = self.encode(source)
        predictions = []
        symbol = target[:, :1]
        for t in range(target.size(1)):
            logits, last_hiddens = self.decode_step(symbol, last_hiddens)
            predictions.append(logits)
            symbol = target[:, t:t + 1]
        return torch.cat(predictions, dim=1)

    @staticmethod
    def add_argparse_args(parser):
        parser.add_argument("--embedding_size", type=int, default=12)
        parser.add_argument("--hidden_size", type=int, default=16)
        parser.add_argument("--encoder_layers", type=int, default=1)
        parser.add_argument("--decoder_layers", type=int, default=1)
        parser.add_argument("--dropout", type=float, default=0.2)
        parser.add_argument("--bidirectional", action="store_true")


def get_model(args, vocab_size, output_size):
    return LSTMEncoderDecoder(vocab_size, output_size, embedding_size=args.embedding_size,
                              hidden_size=args.hidden_size,
                              encoder_layers=args.encoder_layers,
                              decoder_layers=args.decoder_layers, dropout=args.dropout,
                              bidirectional=args.bidirectional)


def probe():
    parser = argparse.ArgumentParser()
    LSTMEncoderDecoder.add_argparse_args(parser)
    args = parser.parse_args(["--encoder_layers", "2"])
    model = get_model(args, vocab_size=30, output_size=25)
    model(torch.randint(0, 30, (5, 8)), torch.randint(0, 25, (5, 6)))


if __name__ == "__main__":
    probe()

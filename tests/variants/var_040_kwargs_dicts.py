# source: variant of bug_040 (encoder and decoder built from two keyword dicts; only the encoder's has n_layers=2)
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 4, 16), got [2, 4, 16]
"""bug_040 with each half built from its own dict of keywords: the encoder's says two layers, the
decoder's leaves the default one, and the encoder's (2, B, H) state goes to the decoder."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)

    def forward(self, src):
        return self.rnn(self.embedding(src))


class DecoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.rnn = nn.GRU(hidden_size, hidden_size, n_layers, batch_first=True)
        self.out = nn.Linear(hidden_size, vocab_size)

    def forward(self, tgt, encoder_hidden):
        output, hidden = self.rnn(self.embedding(tgt), encoder_hidden)
        return self.out(output), hidden


ENCODER_KWARGS = dict(vocab_size=30, hidden_size=16, n_layers=2)
DECODER_KWARGS = dict(vocab_size=40, hidden_size=16)  # fix: give the decoder n_layers=2 too


def probe():
    encoder = EncoderRNN(**ENCODER_KWARGS)
    decoder = DecoderRNN(**DECODER_KWARGS)
    _, hidden = encoder(torch.randint(0, 30, (4, 7)))
    decoder(torch.randint(0, 40, (4, 5)), hidden)


if __name__ == "__main__":
    probe()

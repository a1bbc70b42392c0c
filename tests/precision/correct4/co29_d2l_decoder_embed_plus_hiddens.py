"""d2l's Seq2SeqDecoder: the GRU reads embed_size + num_hiddens, fed the embedding joined with
the context (the encoder's last layer repeated); embed_size == num_hiddens is not needed."""
import torch
import torch.nn as nn


class Seq2SeqEncoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, num_hiddens, num_layers)

    def forward(self, X):
        return self.rnn(self.embedding(X.t()))


class Seq2SeqDecoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size + num_hiddens, num_hiddens, num_layers)
        self.dense = nn.Linear(num_hiddens, vocab_size)

    def forward(self, X, state):
        embs = self.embedding(X.t())
        context = state[-1].repeat(embs.shape[0], 1, 1)
        outputs, state = self.rnn(torch.cat((embs, context), -1), state)
        return self.dense(outputs).swapaxes(0, 1), state


def probe():
    for embed_size, num_hiddens in ((8, 16), (16, 16)):
        enc = Seq2SeqEncoder(10, embed_size, num_hiddens, 2)
        dec = Seq2SeqDecoder(10, embed_size, num_hiddens, 2)
        _, state = enc(torch.randint(0, 10, (4, 7)))
        out, _ = dec(torch.randint(0, 10, (4, 5)), state)
        assert out.shape == (4, 5, 10)

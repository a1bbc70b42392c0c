# source: https://github.com/shakeel608/OpenNMT-py-with-BERT/issues/5
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 32, got 48
"""OpenNMT with BERT embeddings: the RNN encoder is sized with embeddings.embedding_size from
the word_vec_size option, but the BERT embeddings hand it 768 features."""
import torch
import torch.nn as nn


class Opt:
    word_vec_size = 32
    enc_rnn_size = 24
    layers = 2
    dropout = 0.3
    brnn = True
    rnn_type = "LSTM"


class BertEmbeddings(nn.Module):
    """Stands in for the BERT embedding layer: 768 features per token (48 here)."""

    def __init__(self, word_vec_size, bert_dim=48, vocab_size=80):
        super().__init__()
        self.embedding_size = word_vec_size
        self.lut = nn.Embedding(vocab_size, bert_dim)

    def forward(self, src):
        return self.lut(src)


class RNNEncoder(nn.Module):
    def __init__(self, rnn_type, bidirectional, num_layers, hidden_size, dropout=0.0,
                 embeddings=None):
        super().__init__()
        num_directions = 2 if bidirectional else 1
        hidden_size = hidden_size // num_directions
        self.embeddings = embeddings
        self.rnn = getattr(nn, rnn_type)(
            input_size=embeddings.embedding_size,  # fix: the BERT embeddings' output size (bert_dim), not word_vec_size
            hidden_size=hidden_size,
            num_layers=num_layers,
            dropout=dropout,
            bidirectional=bidirectional,
        )

    @classmethod
    def from_opt(cls, opt, embeddings):
        return cls(opt.rnn_type, opt.brnn, opt.layers, opt.enc_rnn_size, opt.dropout, embeddings)

    def forward(self, src):
        emb = self.embeddings(src)
        memory_bank, encoder_final = self.rnn(emb)
        return encoder_final, memory_bank


def probe():
    opt = Opt()
    encoder = RNNEncoder.from_opt(opt, BertEmbeddings(opt.word_vec_size))
    encoder(torch.randint(0, 80, (9, 2)))


if __name__ == "__main__":
    probe()

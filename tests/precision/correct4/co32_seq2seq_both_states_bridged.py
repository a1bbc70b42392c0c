"""Seq2Seq-PyTorch's model with both h and c going through their own Linear bridge, so dim and
dim_trg (equal in this config) may differ."""
import torch
import torch.nn as nn

config = {"dim": 24, "dim_trg": 24, "dim_word": 12, "n_words": 40}


class Seq2Seq(nn.Module):
    def __init__(self, emb_dim, vocab_size, src_hidden_dim, trg_hidden_dim):
        super().__init__()
        self.src_embedding = nn.Embedding(vocab_size, emb_dim)
        self.trg_embedding = nn.Embedding(vocab_size, emb_dim)
        self.encoder = nn.LSTM(emb_dim, src_hidden_dim, 1, batch_first=True)
        self.decoder = nn.LSTM(emb_dim, trg_hidden_dim, 1, batch_first=True)
        self.h_bridge = nn.Linear(src_hidden_dim, trg_hidden_dim)
        self.c_bridge = nn.Linear(src_hidden_dim, trg_hidden_dim)

    def forward(self, input_src, input_trg):
        _, (src_h_t, src_c_t) = self.encoder(self.src_embedding(input_src))
        h_t = torch.tanh(self.h_bridge(src_h_t[-1]))
        c_t = self.c_bridge(src_c_t[-1])
        trg_h, _ = self.decoder(self.trg_embedding(input_trg),
                                (h_t.view(1, h_t.size(0), h_t.size(1)),
                                 c_t.view(1, c_t.size(0), c_t.size(1))))
        return trg_h


model = Seq2Seq(config["dim_word"], config["n_words"], config["dim"], config["dim_trg"])


def probe():
    result = model(torch.randint(1, 40, (3, 9)), torch.randint(1, 40, (3, 6))).shape
    assert result == (3, 6, 24)
    other = Seq2Seq(12, 40, 24, 16)
    result = other(torch.randint(1, 40, (3, 9)), torch.randint(1, 40, (3, 6))).shape
    assert result == (3, 6, 16)

"""A Config class filled from a dict (fairseq/transformers style from_dict), then one field
replaced by the tokenizer's vocabulary size."""
import torch
import torch.nn as nn


class ModelConfig:
    vocab_size = 1000
    emb_size = 50
    hidden_size = 50

    @classmethod
    def from_dict(cls, d):
        cfg = cls()
        for key, value in d.items():
            setattr(cfg, key, value)
        return cfg


class LanguageModel(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.emb = nn.Embedding(cfg.vocab_size, cfg.emb_size)
        self.rnn = nn.LSTM(cfg.emb_size, cfg.hidden_size)
        self.decoder = nn.Linear(cfg.hidden_size, cfg.vocab_size)

    def forward(self, tokens):
        return self.decoder(self.rnn(self.emb(tokens))[0])


def probe():
    cfg = ModelConfig.from_dict({"emb_size": 24, "hidden_size": 36})
    cfg.vocab_size = 77
    out = LanguageModel(cfg)(torch.randint(0, 77, (5, 2)))
    assert out.shape == (5, 2, 77)

"""Build the tagger from its config and run one batch."""
import torch

from config import TaggerConfig
from model import BiLSTMTagger


def train_step(cfg, batch=4, seq_len=7, word_len=6):
    model = BiLSTMTagger(cfg)
    words = torch.randint(0, cfg.vocab_size, (batch, seq_len))
    chars = torch.randint(0, cfg.char_vocab, (batch, seq_len, word_len))
    emissions = model(words, chars)
    tags = torch.randint(0, cfg.num_tags, (batch, seq_len))
    loss = torch.nn.functional.cross_entropy(emissions.reshape(-1, cfg.num_tags), tags.reshape(-1))
    loss.backward()
    return emissions


def probe():
    cfg = TaggerConfig(vocab_size=60, char_vocab=30, word_dim=8, char_dim=5, char_hidden=3,
                       hidden=10)
    assert train_step(cfg).shape == (4, 7, 9)


if __name__ == "__main__":
    train_step(TaggerConfig())

"""Hyper-parameters of the NER tagger."""
from dataclasses import dataclass


@dataclass(frozen=True)
class TaggerConfig:
    vocab_size: int = 20000
    char_vocab: int = 100
    word_dim: int = 100
    char_dim: int = 25
    char_hidden: int = 25
    hidden: int = 200
    num_tags: int = 9
    dropout: float = 0.5

"""Word + character BiLSTM tagger (Lample et al.): the word LSTM reads both embeddings."""
import torch
import torch.nn as nn


class CharEncoder(nn.Module):
    def __init__(self, char_vocab, char_dim, char_hidden):
        super().__init__()
        self.embed = nn.Embedding(char_vocab, char_dim)
        self.lstm = nn.LSTM(char_dim, char_hidden, batch_first=True, bidirectional=True)

    def forward(self, chars):
        batch, seq_len, word_len = chars.shape
        _, (h, _) = self.lstm(self.embed(chars.view(batch * seq_len, word_len)))
        both = torch.cat([h[0], h[1]], dim=-1)
        return both.view(batch, seq_len, -1)


class BiLSTMTagger(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.word_embed = nn.Embedding(cfg.vocab_size, cfg.word_dim)
        self.chars = CharEncoder(cfg.char_vocab, cfg.char_dim, cfg.char_hidden)
        self.dropout = nn.Dropout(cfg.dropout)
        self.lstm = nn.LSTM(cfg.word_dim + 2 * cfg.char_hidden, cfg.hidden // 2,
                            batch_first=True, bidirectional=True)
        self.emissions = nn.Linear(cfg.hidden, cfg.num_tags)

    def forward(self, words, chars):
        x = torch.cat([self.word_embed(words), self.chars(chars)], dim=-1)
        out, _ = self.lstm(self.dropout(x))
        return self.emissions(self.dropout(out))

"""A char BiLSTM and a word embedding concatenated: the word LSTM's input is emb + 2 * char_hid."""
import torch
import torch.nn as nn


class CharWordTagger(nn.Module):
    def __init__(self, n_chars=30, char_emb=4, char_hid=5, n_words=40, word_emb=6, hid=8):
        super().__init__()
        self.char_embed = nn.Embedding(n_chars, char_emb)
        self.char_lstm = nn.LSTM(char_emb, char_hid, bidirectional=True, batch_first=True)
        self.char_out = 2 * char_hid
        self.word_embed = nn.Embedding(n_words, word_emb)
        self.lstm = nn.LSTM(word_emb + self.char_out, hid, batch_first=True)

    def forward(self, words, chars):     # words (B, L), chars (B*L, C)
        _, (h, _) = self.char_lstm(self.char_embed(chars))
        char_feat = torch.cat([h[0], h[1]], -1).view(words.size(0), words.size(1), -1)
        x = torch.cat([self.word_embed(words), char_feat], -1)
        return self.lstm(x)[0]


def probe():
    CharWordTagger()(torch.randint(0, 40, (2, 5)), torch.randint(0, 30, (10, 6)))

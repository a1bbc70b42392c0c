"""Two encoders (word LSTM and character GRU) whose final states are concatenated for the head."""
import torch
import torch.nn as nn


class TwoViewClassifier(nn.Module):
    def __init__(self, word_vocab, char_vocab, word_dim, char_dim, word_hidden, char_hidden, n_cls):
        super().__init__()
        self.word_emb = nn.Embedding(word_vocab, word_dim)
        self.char_emb = nn.Embedding(char_vocab, char_dim)
        self.word_rnn = nn.LSTM(word_dim, word_hidden, batch_first=True)
        self.char_rnn = nn.GRU(char_dim, char_hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(word_hidden + 2 * char_hidden, n_cls)

    def forward(self, words, chars):
        _, (hw, _) = self.word_rnn(self.word_emb(words))
        _, hc = self.char_rnn(self.char_emb(chars))
        features = torch.cat([hw[-1], hc[-2], hc[-1]], dim=1)
        return self.head(features)


def probe():
    model = TwoViewClassifier(50, 30, 6, 4, 8, 5, 3)
    out = model(torch.randint(0, 50, (2, 7)), torch.randint(0, 30, (2, 20)))
    assert out.shape == (2, 3)

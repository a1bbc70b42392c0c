"""Hierarchical attention network: word-level BiGRU per sentence, sentence-level BiGRU on top."""
import torch
import torch.nn as nn


class AttentionPool(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.proj = nn.Linear(dim, dim)
        self.context = nn.Linear(dim, 1, bias=False)

    def forward(self, h):
        weights = torch.softmax(self.context(torch.tanh(self.proj(h))), dim=1)
        return (weights * h).sum(dim=1)


class HAN(nn.Module):
    def __init__(self, vocab, emb_dim, word_hidden, sent_hidden, n_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim)
        self.word_rnn = nn.GRU(emb_dim, word_hidden, batch_first=True, bidirectional=True)
        self.word_attn = AttentionPool(2 * word_hidden)
        self.sent_rnn = nn.GRU(2 * word_hidden, sent_hidden, batch_first=True, bidirectional=True)
        self.sent_attn = AttentionPool(2 * sent_hidden)
        self.fc = nn.Linear(2 * sent_hidden, n_classes)

    def forward(self, docs):
        batch, n_sents, n_words = docs.shape
        words = self.embedding(docs.view(batch * n_sents, n_words))
        word_out, _ = self.word_rnn(words)
        sentences = self.word_attn(word_out).view(batch, n_sents, -1)
        sent_out, _ = self.sent_rnn(sentences)
        return self.fc(self.sent_attn(sent_out))


def probe():
    model = HAN(vocab=100, emb_dim=8, word_hidden=5, sent_hidden=6, n_classes=4)
    assert model(torch.randint(0, 100, (2, 3, 7))).shape == (2, 4)

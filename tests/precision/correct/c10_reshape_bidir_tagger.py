"""Per-token tagger: bidirectional output flattened to (tokens, 2*hidden) for the emission layer."""
import torch
import torch.nn as nn


class BiLSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, embedding_dim, hidden_dim):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.hidden2tag = nn.Linear(2 * hidden_dim, tagset_size)

    def forward(self, sentences):
        batch, seq_len = sentences.shape
        lstm_out, _ = self.lstm(self.word_embeds(sentences))
        flat = lstm_out.contiguous().reshape(-1, 2 * self.hidden_dim)
        return self.hidden2tag(flat).view(batch, seq_len, -1)


def probe():
    tagger = BiLSTMTagger(vocab_size=100, tagset_size=9, embedding_dim=16, hidden_dim=24)
    assert tagger(torch.randint(0, 100, (3, 11))).shape == (3, 11, 9)

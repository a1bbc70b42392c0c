"""Variable-length batch packed for a bidirectional LSTM, padded back, final states joined."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class PackedEncoder(nn.Module):
    def __init__(self, vocab, emb_dim, hidden, num_layers, n_classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb_dim, padding_idx=0)
        self.rnn = nn.LSTM(emb_dim, hidden, num_layers, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(hidden * 2, n_classes)
        self.token_head = nn.Linear(hidden * 2, vocab)

    def forward(self, tokens, lengths):
        packed = pack_padded_sequence(self.embedding(tokens), lengths.cpu(), batch_first=True,
                                      enforce_sorted=False)
        packed_out, (h_n, c_n) = self.rnn(packed)
        out, _ = pad_packed_sequence(packed_out, batch_first=True)
        sentence = torch.cat([h_n[-2], h_n[-1]], dim=-1)
        return self.classifier(sentence), self.token_head(out)


def probe():
    model = PackedEncoder(vocab=60, emb_dim=10, hidden=7, num_layers=2, n_classes=4)
    tokens = torch.randint(1, 60, (3, 9))
    lengths = torch.tensor([9, 4, 6])
    cls, tok = model(tokens, lengths)
    assert cls.shape == (3, 4) and tok.shape == (3, 9, 60)

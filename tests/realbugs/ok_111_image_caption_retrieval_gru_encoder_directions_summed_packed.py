# source: https://github.com/shota3506/image-caption-rerieval/blob/HEAD/models/gru_encoder.py
"""shota3506/image-caption-rerieval's caption encoder (models/gru_encoder.py): a bidirectional GRU
whose dropout is `(0 if n_layers == 1 else dropout)`, run on a time-first packed batch of
embedded captions; the two directions are summed, `outputs[:, :, :hidden_size] +
outputs[:, :, hidden_size:]`, so the caption feature is hidden_size wide and the projection into
the joint image-caption space is `Linear(hidden_size, embed)`. Looks like a head sized for one
direction after a bidirectional layer and a dropout beside one layer; both right, run with one
and two layers."""
import torch
import torch.nn as nn


class GRUEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers, dropout=0):
        super(GRUEncoder, self).__init__()
        self.n_layers = n_layers
        self.input_size = input_size
        self.hidden_size = hidden_size

        self.gru = nn.GRU(input_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout), bidirectional=True)

    def forward(self, embedded, input_lengths, hidden=None):
        packed = nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden


class CaptionEncoder(nn.Module):
    def __init__(self, vocab_size, word_dim, hidden_size, embed_size, n_layers, dropout=0.2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, word_dim, padding_idx=0)
        self.rnn = GRUEncoder(word_dim, hidden_size, n_layers, dropout=dropout)
        self.fc = nn.Linear(hidden_size, embed_size)

    def forward(self, captions, lengths):
        embedded = self.embedding(captions)  # (T, B, word_dim)
        outputs, _ = self.rnn(embedded, lengths)  # (T, B, hidden_size)
        mask = (torch.arange(outputs.size(0)).unsqueeze(1) < lengths.unsqueeze(0)).unsqueeze(2)
        pooled = (outputs * mask).sum(dim=0) / lengths.unsqueeze(1)
        return nn.functional.normalize(self.fc(pooled), dim=1)


def probe():
    lengths = torch.tensor([6, 5, 3, 2])
    captions = torch.randint(1, 40, (6, 4))
    for n_layers in (1, 2):
        model = CaptionEncoder(40, 10, 8, 12, n_layers=n_layers)
        assert model(captions, lengths).shape == (4, 12)


if __name__ == "__main__":
    probe()

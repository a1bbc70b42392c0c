"""A sentence classifier on a two-layer bidirectional LSTM, batch-first.

Tokens come in as (batch, seq_len). Because the LSTM is bidirectional, the
classifier reads the last layer's forward and backward final states side by
side, so the head takes 2 * hidden_size features. This one is correct.
"""

import torch
from torch import nn


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab_size, num_classes, embedding_dim=32, hidden_size=64,
                 num_layers=2):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.lstm = nn.LSTM(
            input_size=embedding_dim,
            hidden_size=hidden_size,
            num_layers=num_layers,
            batch_first=True,        # input and output are (batch, seq_len, features)
            dropout=0.2,             # between the two layers, so num_layers > 1 is needed
            bidirectional=True,
        )
        self.dropout = nn.Dropout(0.2)
        # forward + backward final states, concatenated
        self.fc = nn.Linear(2 * hidden_size, num_classes)

    def forward(self, tokens):
        embedded = self.embedding(tokens)          # (batch, seq_len, embedding_dim)
        _, (h_n, _) = self.lstm(embedded)
        # h_n is (num_layers * 2, batch, hidden_size) -- never batch-first.
        # The last two rows are the top layer's forward and backward directions.
        features = torch.cat((h_n[-2], h_n[-1]), dim=1)   # (batch, 2 * hidden_size)
        return self.fc(self.dropout(features))     # (batch, num_classes)


if __name__ == "__main__":
    model = BiLSTMClassifier(vocab_size=100, num_classes=3)
    tokens = torch.randint(1, 100, (4, 12))        # 4 sentences of 12 tokens
    logits = model(tokens)
    print(logits.shape)                            # torch.Size([4, 3])

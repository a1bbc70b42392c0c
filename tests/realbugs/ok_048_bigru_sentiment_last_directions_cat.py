# source: https://github.com/vishnuas22/Deep-Learning
"""A BiGRU sentiment notebook (vishnuas22/Deep-Learning): bidirectional batch-first GRU with
`dropout if num_layers > 1 else 0`, and a head nn.Linear(hidden_dim * 2, output_dim) fed
torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1), the last layer's forward and backward
states. A dropout beside a default of one layer, and a head twice the GRU's width; both right."""
import torch
import torch.nn as nn


class BiGRUModel(nn.Module):

    def __init__(self, vocab_size, embedding_dim, hidden_dim, output_dim, num_layers=1, dropout=0.3):
        super(BiGRUModel, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.gru = nn.GRU(
            input_size=embedding_dim,
            hidden_size=hidden_dim,
            num_layers=num_layers,
            batch_first=True,
            dropout=dropout if num_layers > 1 else 0,
            bidirectional=True
        )
        self.fc = nn.Linear(hidden_dim * 2, output_dim)  # *2 for bidirectional
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        embedded = self.dropout(self.embedding(x))  # [batch_size, seq_len, embed_dim]
        outputs, hidden = self.gru(embedded)  # outputs: [batch_size, seq_len, hidden_dim * 2]
        forward_hidden = hidden[-2, :, :]  # [batch_size, hidden_dim]
        backward_hidden = hidden[-1, :, :]  # [batch_size, hidden_dim]
        combined_hidden = torch.cat((forward_hidden, backward_hidden), dim=1)  # [batch_size, hidden_dim*2]
        return self.fc(combined_hidden)


def probe():
    model = BiGRUModel(vocab_size=100, embedding_dim=16, hidden_dim=8, output_dim=1)
    assert model(torch.randint(0, 100, (4, 9))).shape == (4, 1)
    deep = BiGRUModel(vocab_size=100, embedding_dim=16, hidden_dim=8, output_dim=1, num_layers=3)
    assert deep(torch.randint(0, 100, (2, 5))).shape == (2, 1)


if __name__ == "__main__":
    probe()

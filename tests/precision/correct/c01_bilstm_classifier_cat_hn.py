"""Sentiment classifier: embedding -> bidirectional LSTM -> both final states joined -> head."""
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim, hidden_dim, num_layers, num_classes, dropout):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, num_layers=num_layers,
                            batch_first=True, bidirectional=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim * 2, num_classes)

    def forward(self, tokens):
        embedded = self.dropout(self.embedding(tokens))
        _, (hidden, _) = self.lstm(embedded)
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        return self.fc(self.dropout(hidden))


def train():
    model = SentimentLSTM(vocab_size=5000, embed_dim=100, hidden_dim=128,
                          num_layers=2, num_classes=2, dropout=0.5)
    tokens = torch.randint(1, 5000, (16, 40))
    labels = torch.randint(0, 2, (16,))
    loss = nn.functional.cross_entropy(model(tokens), labels)
    loss.backward()
    return loss


def probe():
    model = SentimentLSTM(50, 8, 6, 2, 3, 0.1)
    assert model(torch.randint(1, 50, (4, 7))).shape == (4, 3)
    train()


if __name__ == "__main__":
    train()

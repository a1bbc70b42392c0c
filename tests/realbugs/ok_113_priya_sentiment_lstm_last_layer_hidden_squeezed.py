# source: https://github.com/priya19-tech/sentiment-analysis-pytorch/blob/HEAD/src/model.py
"""priya19-tech/sentiment-analysis-pytorch (src/model.py): a batch-first LSTM of default one
layer whose `hidden[-1]` (batch, hidden_dim) goes through dropout into `Linear(hidden_dim, 1)`,
then sigmoid and `.squeeze()`; the training loop pads reviews to a fixed length and keeps the last
short batch. Looks like a head on the layers-first state of a batch-first layer; `hidden[-1]` is
(batch, hidden) whatever batch_first says."""
import torch
import torch.nn as nn


class SentimentLSTM(nn.Module):
    def __init__(self, vocab_size, embed_dim=128, hidden_dim=128):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.lstm = nn.LSTM(embed_dim, hidden_dim, batch_first=True)
        self.dropout = nn.Dropout(0.5)
        self.fc = nn.Linear(hidden_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, x):
        x = self.embedding(x)
        _, (hidden, _) = self.lstm(x)
        hidden = self.dropout(hidden[-1])
        return self.sigmoid(self.fc(hidden)).squeeze()


def train(model, reviews, labels, batch_size=4, epochs=1):
    criterion = nn.BCELoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for start in range(0, len(reviews), batch_size):
            batch, target = reviews[start:start + batch_size], labels[start:start + batch_size]
            optimizer.zero_grad()
            loss = criterion(model(batch).view(-1), target)
            loss.backward()
            optimizer.step()


def probe():
    model = SentimentLSTM(vocab_size=50, embed_dim=8, hidden_dim=6)
    reviews = torch.randint(1, 50, (10, 12))
    labels = torch.randint(0, 2, (10,)).float()
    train(model, reviews, labels)
    assert model(reviews[:3]).shape == (3,)


if __name__ == "__main__":
    probe()

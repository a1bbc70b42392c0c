"""Pretrained vectors stood in by torch.randn(n_words, 300) and an LSTM built with
embedding_dim = 300 from the config: the same number."""
import torch
import torch.nn as nn

config = {"embedding_dim": 300, "hidden_dim": 64, "num_classes": 3}
vectors = torch.randn(500, 300)


class Classifier(nn.Module):
    def __init__(self, vectors, cfg):
        super().__init__()
        self.embedding = nn.Embedding.from_pretrained(vectors, freeze=True)
        self.lstm = nn.LSTM(cfg["embedding_dim"], cfg["hidden_dim"], batch_first=True)
        self.fc = nn.Linear(cfg["hidden_dim"], cfg["num_classes"])

    def forward(self, ids):
        _, (h, _) = self.lstm(self.embedding(ids))
        return self.fc(h[-1])


def probe():
    result = Classifier(vectors, config)(torch.randint(0, 500, (4, 9))).shape
    assert result == (4, 3)

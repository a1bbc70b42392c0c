"""Lightning-style module: a BiLSTM's output max-pooled over time (dim=1) for a head of
2*hidden_size; the sizes come from self.hparams."""
import torch
import torch.nn as nn


class HParams(dict):
    __getattr__ = dict.__getitem__


class LitClassifier(nn.Module):
    def __init__(self, input_size=12, hidden_size=20, num_classes=4):
        super().__init__()
        self.hparams = HParams(input_size=input_size, hidden_size=hidden_size,
                               num_classes=num_classes)
        self.lstm = nn.LSTM(self.hparams.input_size, self.hparams.hidden_size,
                            batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(2 * self.hparams.hidden_size, self.hparams.num_classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        pooled, _ = out.max(dim=1)
        return self.classifier(pooled)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)


def probe():
    m = LitClassifier()
    loss = m.training_step((torch.randn(5, 7, 12), torch.randint(0, 4, (5,))), 0)
    result = loss.dim()
    assert result == 0

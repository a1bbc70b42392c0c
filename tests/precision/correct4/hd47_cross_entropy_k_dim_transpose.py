"""A tagger's loss over every step: F.cross_entropy takes (B, C, T) logits and (B, T) targets,
so the logits are transposed, not flattened."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self, n_in=4, hidden=6, n_tags=5):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, n_tags)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


model = Tagger()
x, tags = torch.randn(3, 7, 4), torch.randint(0, 5, (3, 7))
logits = model(x)
loss = F.cross_entropy(logits.transpose(1, 2), tags)
criterion = nn.CrossEntropyLoss()
loss2 = criterion(logits.permute(0, 2, 1), tags)


def probe():
    assert loss.dim() == 0 and torch.allclose(loss, loss2)

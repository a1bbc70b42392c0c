"""A CTC speech model: a seq-first BiGRU, log_softmax over classes, CTCLoss on (T, B, C)."""
import torch
import torch.nn as nn


class Acoustic(nn.Module):
    def __init__(self, n_mels=8, hidden=10, n_classes=6):
        super().__init__()
        self.rnn = nn.GRU(n_mels, hidden, num_layers=2, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_classes)

    def forward(self, feats):  # (T, B, n_mels)
        return self.out(self.rnn(feats)[0]).log_softmax(-1)


model = Acoustic()
ctc = nn.CTCLoss(blank=0)
log_probs = model(torch.randn(20, 2, 8))
targets = torch.randint(1, 6, (2, 5))
loss = ctc(log_probs, targets, torch.full((2,), 20, dtype=torch.long),
           torch.full((2,), 5, dtype=torch.long))


def probe():
    assert loss.dim() == 0

"""A batch-first BiGRU; its output transposed to (T, B, C) for CTC; log_probs[-1] is not used
as a head, and the CTC loss gets the time-major tensor it wants."""
import torch
import torch.nn as nn


class CTCModel(nn.Module):
    def __init__(self, n_feats=10, hid=8, n_tokens=6):
        super().__init__()
        self.rnn = nn.GRU(n_feats, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hid, n_tokens)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out).log_softmax(-1).transpose(0, 1)   # (T, B, C)


def probe():
    log_probs = CTCModel()(torch.randn(2, 12, 10))
    targets = torch.randint(1, 6, (2, 4))
    loss = nn.CTCLoss()(log_probs, targets, torch.tensor([12, 12]), torch.tensor([4, 4]))
    loss.backward()

"""A CTC recogniser: the head has len(alphabet) + 1 outputs (the blank), read from a BiGRU of
2H; log_softmax over time-major logits for ctc_loss."""
import torch
import torch.nn as nn

ALPHABET = "abcdefghijklmnopqrstuvwxyz '"


class Recognizer(nn.Module):
    def __init__(self, n_feats=40, hidden=32):
        super().__init__()
        self.rnn = nn.GRU(n_feats, hidden, num_layers=2, bidirectional=True)
        self.classifier = nn.Linear(2 * hidden, len(ALPHABET) + 1)

    def forward(self, feats):
        out, _ = self.rnn(feats)
        return self.classifier(out).log_softmax(-1)


def probe():
    log_probs = Recognizer()(torch.randn(30, 2, 40))
    targets = torch.randint(1, len(ALPHABET) + 1, (2, 8))
    loss = nn.CTCLoss()(log_probs, targets, torch.tensor([30, 30]), torch.tensor([8, 6]))
    assert log_probs.shape == (30, 2, 29) and loss.dim() == 0

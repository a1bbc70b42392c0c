"""A sentiment classifier over the last step of a bidirectional LSTM: the projection takes
both directions and narrows to `hidden`, but the classifier after it was written for the
projection's input, 2 * hidden, not its output."""
import torch
import torch.nn as nn

HPARAMS = {"embed": 24, "hidden": 32, "classes": 3, "layers": 2}


class SentimentLSTM(nn.Module):
    def __init__(self, vocab, hp):
        super().__init__()
        self.embedding = nn.Embedding(vocab, hp["embed"])
        self.lstm = nn.LSTM(hp["embed"], hp["hidden"], num_layers=hp["layers"],
                            batch_first=True, bidirectional=True)
        self.classifier = nn.Sequential(
            nn.Linear(hp["hidden"] * 2, hp["hidden"]),
            nn.Tanh(),
            nn.Linear(hp["hidden"] * 2, hp["classes"]),  # expect: LC007
        )

    def forward(self, ids):
        out, _ = self.lstm(self.embedding(ids))
        return self.classifier(out[:, -1, :])


def probe():
    model = SentimentLSTM(100, HPARAMS)
    model(torch.randint(0, 100, (4, 11)))

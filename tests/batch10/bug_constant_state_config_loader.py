# torch: RuntimeError: Expected hidden size (1, 8, 12), got [1, 16, 12]
# severity: warning
"""A sentence classifier sizes its GRU state with the module's BATCH_SIZE, the batch it was
trained with. Evaluation reads its batch size from the run's JSON config and keeps the short
last batch: 40 test sentences in batches of 16 end with a batch of 8."""
import json
import os
import tempfile

import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

BATCH_SIZE = 16


class Classifier(nn.Module):
    def __init__(self, vocab, classes, hidden=12):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)

    def init_hidden(self):
        return torch.zeros(1, BATCH_SIZE, self.hidden)

    def forward(self, tokens):
        hidden = self.init_hidden()  # fix: init_hidden(tokens.size(0)), the batch given
        _, h_n = self.gru(self.embed(tokens), hidden)
        return self.head(h_n[-1])


def evaluate(model, dataset, config_path):
    with open(config_path) as handle:
        config = json.load(handle)
    loader = DataLoader(dataset, batch_size=config["eval_batch_size"])
    correct = 0
    with torch.no_grad():
        for tokens, labels in loader:
            correct += (model(tokens).argmax(1) == labels).sum().item()
    return correct / len(dataset)


def probe():
    dataset = TensorDataset(torch.randint(0, 50, (40, 9)), torch.randint(0, 3, (40,)))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "run.json")
        with open(path, "w") as handle:
            json.dump({"eval_batch_size": 16}, handle)
        evaluate(Classifier(50, 3), dataset, path)

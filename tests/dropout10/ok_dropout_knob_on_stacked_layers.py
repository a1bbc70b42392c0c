# torch: runs
# num_layers and dropout both come from the config, and the config stacks two layers: the
# dropout applies between them. Nothing fixes the layer count at one.
import json

import torch
import torch.nn as nn

CONFIG_JSON = '{"embed": 12, "hidden": 16, "layers": 2, "dropout": 0.4, "tags": 7}'


class Tagger(nn.Module):
    def __init__(self, vocab_size, config):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, config["embed"])
        self.lstm = nn.LSTM(config["embed"], config["hidden"], config["layers"], batch_first=True,
                            dropout=config["dropout"])
        self.drop = nn.Dropout(config["dropout"])
        self.head = nn.Linear(config["hidden"], config["tags"])

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.head(self.drop(out))


def probe():
    model = Tagger(50, json.loads(CONFIG_JSON))
    assert model(torch.randint(0, 50, (3, 9))).shape == (3, 9, 7)

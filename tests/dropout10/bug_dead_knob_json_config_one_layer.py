# torch: warns: dropout option adds dropout after all but last recurrent layer
# Hyperparameters come from a JSON file; the tagger writes num_layers as 1 (the stacked variant
# was dropped) but still hands the config's dropout to the LSTM, where it does nothing.
import json

import torch
import torch.nn as nn

CONFIG_JSON = '{"embed": 12, "hidden": 16, "dropout": 0.4, "tags": 7}'


class Tagger(nn.Module):
    def __init__(self, vocab_size, config):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, config["embed"])
        self.lstm = nn.LSTM(config["embed"], config["hidden"], 1, batch_first=True,
                            dropout=config["dropout"])  # fix: no dropout= on a one-layer LSTM (nn.Dropout before the head)
        self.head = nn.Linear(config["hidden"], config["tags"])

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.head(out)


def load_config(text=CONFIG_JSON):
    return json.loads(text)


def probe():
    model = Tagger(50, load_config())
    assert model(torch.randint(0, 50, (3, 9))).shape == (3, 9, 7)

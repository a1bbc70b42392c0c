"""Build the model from the configuration module and compute one CTC loss."""
import copy

import torch
import torch.nn as nn

from config import CONFIG
from model import CTCModel


def train_step(cfg):
    model = CTCModel(**cfg["model"])
    batch = cfg["train"]["batch_size"]
    mels = torch.randn(batch, 50, cfg["model"]["n_mels"])
    log_probs = model(mels).transpose(0, 1)
    targets = torch.randint(1, cfg["model"]["n_tokens"] + 1, (batch, 10))
    loss = nn.CTCLoss()(log_probs, targets, torch.full((batch,), 50), torch.full((batch,), 10))
    loss.backward()
    return loss


def probe():
    cfg = copy.deepcopy(CONFIG)
    cfg["model"].update(hidden=8, layers=2, n_mels=12)
    cfg["train"]["batch_size"] = 2
    train_step(cfg)


if __name__ == "__main__":
    train_step(CONFIG)

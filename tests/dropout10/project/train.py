import torch
from model import Tagger


def probe():
    model = Tagger(100, num_layers=2)
    return model(torch.randint(0, 100, (4, 7)))

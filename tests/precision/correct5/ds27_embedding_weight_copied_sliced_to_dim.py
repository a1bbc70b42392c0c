"""300-d vectors sliced to the first EMB columns before they are copied into an Embedding of EMB."""
import torch
import torch.nn as nn

EMB = 128
full_vectors = torch.randn(50, 300)

embedding = nn.Embedding(50, EMB)
embedding.weight.data.copy_(full_vectors[:, :EMB])
encoder = nn.GRU(EMB, 64, batch_first=True)


def probe():
    encoder(embedding(torch.randint(0, 50, (3, 7))))

"""The args dict is kept on self and its input_size replaced by the embedding's width before the
layer reads it."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self, model_args, vectors):
        super().__init__()
        self.model_args = model_args
        self.embedding = nn.Embedding.from_pretrained(vectors)
        self.model_args["input_size"] = self.embedding.embedding_dim
        self.rnn = nn.GRU(self.model_args["input_size"], self.model_args["hidden_size"], batch_first=True)

    def forward(self, x):
        return self.rnn(self.embedding(x))[0]


def probe():
    args = {"input_size": 300, "hidden_size": 12}
    model = Model(args, torch.randn(40, 25))
    assert model(torch.randint(0, 40, (2, 7))).shape == (2, 7, 12)

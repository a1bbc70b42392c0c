"""AllenNLP-style Seq2Vec wrapper: get_output_dim() is hidden * directions, and the classifier
is built from it."""
import torch
import torch.nn as nn


class Seq2VecWrapper(nn.Module):
    def __init__(self, module: nn.Module):
        super().__init__()
        self._module = module

    def get_input_dim(self) -> int:
        return self._module.input_size

    def get_output_dim(self) -> int:
        return self._module.hidden_size * (2 if self._module.bidirectional else 1)

    def forward(self, x):
        _, state = self._module(x)
        h = state[0] if isinstance(state, tuple) else state
        if self._module.bidirectional:
            return torch.cat([h[-2], h[-1]], dim=-1)
        return h[-1]


class Classifier(nn.Module):
    def __init__(self, encoder: Seq2VecWrapper, n_labels: int):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.get_output_dim(), n_labels)

    def forward(self, x):
        return self.head(self.encoder(x))


model = Classifier(Seq2VecWrapper(nn.LSTM(6, 8, num_layers=2, batch_first=True, bidirectional=True)), 3)
logits = model(torch.randn(4, 7, 6))
other = Classifier(Seq2VecWrapper(nn.GRU(6, 8, batch_first=True)), 3)
logits2 = other(torch.randn(4, 7, 6))


def probe():
    assert logits.shape == logits2.shape == (4, 3)

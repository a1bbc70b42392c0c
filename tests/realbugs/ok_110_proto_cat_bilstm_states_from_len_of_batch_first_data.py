# source: https://github.com/zhangyikaii/Proto-CAT/blob/HEAD/models/backbone/lstm.py
"""Proto-CAT's BiLSTM backbone (models/backbone/lstm.py): batch-first features (batch, n_step,
512) are transposed to time-first for a bidirectional LSTM built without batch_first, and the
states are `torch.zeros(1 * 2, len(X), 1024)`: `len(X)` of the batch-first tensor is the batch;
the time-first output is transposed back. Looks like a state sized from the wrong axis of a
layer that is not batch_first; it is the batch. Run on CPU (the original moves the states to
cuda) with the sizes scaled down."""
import torch
import torch.nn as nn


class BiLSTM(nn.Module):
    def __init__(self, input_size=512, hidden_size=1024):
        super(BiLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.lstm = nn.LSTM(input_size=input_size, hidden_size=hidden_size, bidirectional=True)

    def forward(self, X):
        input = X.transpose(0, 1)  # input : [n_step, batch_size, n_class]

        hidden_state = torch.zeros(1 * 2, len(X), self.hidden_size)  # [num_layers(=1) * num_directions(=2), batch_size, n_hidden]
        cell_state = torch.zeros(1 * 2, len(X), self.hidden_size)  # [num_layers(=1) * num_directions(=2), batch_size, n_hidden]

        outputs, (_, _) = self.lstm(input, (hidden_state, cell_state))
        return outputs.transpose(0, 1)


class ProtoHead(nn.Module):
    """Class prototypes from the support set's mean sequence feature; logits are negative distances."""

    def __init__(self, backbone):
        super().__init__()
        self.backbone = backbone

    def forward(self, support, support_labels, query, n_way):
        s = self.backbone(support).mean(dim=1)  # (n_support, 2 * hidden)
        q = self.backbone(query).mean(dim=1)
        protos = torch.stack([s[support_labels == k].mean(dim=0) for k in range(n_way)])
        return -torch.cdist(q, protos)


def probe():
    backbone = BiLSTM(input_size=12, hidden_size=8)
    model = ProtoHead(backbone)
    n_way, shots, n_step = 3, 2, 5
    support = torch.randn(n_way * shots, n_step, 12)
    labels = torch.arange(n_way).repeat_interleave(shots)
    query = torch.randn(7, n_step, 12)
    assert backbone(query).shape == (7, n_step, 16)
    assert model(support, labels, query, n_way).shape == (7, n_way)


if __name__ == "__main__":
    probe()

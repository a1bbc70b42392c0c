# source: https://github.com/pyg-team/pytorch_geometric/blob/5c6461b2305ad068a6d61165b3c55852a11aaa41/torch_geometric/nn/aggr/set2set.py
"""pyg-team/pytorch_geometric at 5c6461b (torch_geometric/nn/aggr/set2set.py), correct: Set2Set
builds `torch.nn.LSTM(2 * in_channels, in_channels)` because its input is its own previous
query joined with the read-out, q_star (graphs, 2 * in_channels), fed as one time step
`q_star.unsqueeze(0)`; the state (h, c) is sized (lstm.num_layers, graphs, in_channels) from
the number of graphs in the batch and the node features' width, and the output step is viewed
back to (graphs, in_channels) for the attention. Aggregation's scatter helpers
(torch_geometric.utils.softmax and reduce='sum') are written out with index_add_ and
scatter_reduce."""
from typing import Optional

import torch
from torch import Tensor


# torch_geometric/utils/softmax.py and Aggregation.reduce, written out
def softmax(src: Tensor, index: Tensor, ptr=None, num_nodes: Optional[int] = None, dim: int = 0) -> Tensor:
    src_max = torch.full((num_nodes, src.size(-1)), float('-inf')).scatter_reduce(
        0, index.unsqueeze(-1).expand_as(src), src, reduce='amax')
    out = (src - src_max[index]).exp()
    out_sum = torch.zeros(num_nodes, src.size(-1)).index_add_(0, index, out) + 1e-16
    return out / out_sum[index]


class Aggregation(torch.nn.Module):
    def assert_index_present(self, index):
        if index is None:
            raise NotImplementedError("Aggregation requires 'index' to be specified")

    def assert_two_dimensional_input(self, x, dim):
        if x.dim() != 2:
            raise ValueError("Aggregation requires two-dimensional inputs")

    def reduce(self, x, index=None, ptr=None, dim_size=None, dim=-2, reduce='sum'):
        return torch.zeros(dim_size, x.size(-1)).index_add_(0, index, x)


# torch_geometric/nn/aggr/set2set.py
class Set2Set(Aggregation):
    r"""The Set2Set aggregation operator based on iterative content-based
    attention, as described in the `"Order Matters: Sequence to sequence for
    Sets" <https://arxiv.org/abs/1511.06391>`_ paper.

    Args:
        in_channels (int): Size of each input sample.
        processing_steps (int): Number of iterations :math:`T`.
        **kwargs (optional): Additional arguments of :class:`torch.nn.LSTM`.
    """
    def __init__(self, in_channels: int, processing_steps: int, **kwargs):
        super().__init__()
        self.in_channels = in_channels
        self.out_channels = 2 * in_channels
        self.processing_steps = processing_steps
        self.lstm = torch.nn.LSTM(self.out_channels, in_channels, **kwargs)
        self.reset_parameters()

    def reset_parameters(self):
        self.lstm.reset_parameters()

    def forward(self, x: Tensor, index: Optional[Tensor] = None,
                ptr: Optional[Tensor] = None, dim_size: Optional[int] = None,
                dim: int = -2) -> Tensor:

        self.assert_index_present(index)
        self.assert_two_dimensional_input(x, dim)

        h = (x.new_zeros((self.lstm.num_layers, dim_size, x.size(-1))),
             x.new_zeros((self.lstm.num_layers, dim_size, x.size(-1))))
        q_star = x.new_zeros(dim_size, self.out_channels)

        for _ in range(self.processing_steps):
            q, h = self.lstm(q_star.unsqueeze(0), h)
            q = q.view(dim_size, self.in_channels)
            e = (x * q[index]).sum(dim=-1, keepdim=True)
            a = softmax(e, index, ptr, dim_size, dim)
            r = self.reduce(a * x, index, ptr, dim_size, dim, reduce='sum')
            q_star = torch.cat([q, r], dim=-1)

        return q_star

    def __repr__(self) -> str:
        return (f'{self.__class__.__name__}({self.in_channels}, '
                f'{self.out_channels})')


def probe():
    # three graphs of 4, 2 and 5 nodes with 16 features each, as a DataLoader batches them
    x = torch.randn(11, 16)
    batch = torch.tensor([0] * 4 + [1] * 2 + [2] * 5)
    for kwargs in ({}, {'num_layers': 2}):
        pool = Set2Set(16, processing_steps=3, **kwargs)
        out = pool(x, batch, dim_size=3)
        assert out.shape == (3, 32)


if __name__ == "__main__":
    probe()

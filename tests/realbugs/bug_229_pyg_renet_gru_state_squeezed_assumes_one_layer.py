# source: https://github.com/pyg-team/pytorch_geometric/blob/5c6461b2305ad068a6d61165b3c55852a11aaa41/torch_geometric/nn/models/re_net.py
# rule: LC007
# torch: RuntimeError: Tensors must have same number of dimensions: got 2 and 3
"""pyg-team/pytorch_geometric at 5c6461b (torch_geometric/nn/models/re_net.py): RENet documents
`num_layers (int, optional): The number of recurrent layers` and passes it to its two GRUs, but
forward turns each GRU's final state (num_layers, batch, hidden) into the per-event vector with
`.squeeze(0)`, which removes the layer dim only when there is one layer. With num_layers=2 the
state stays 3-D and the concatenation with the 2-D entity and relation embeddings fails on the
first batch. Published since RENet was added (2019) and still at 5c6461b; unreported. Confirmed
with torch on the model's own path: RENet(num_layers=2) on a batch built as its PreTransform
builds histories. A fix takes the last layer, `h_sub[-1], h_obj[-1]`. torch_geometric's
scatter(reduce='mean') is written out with index_add_, Data is a small attribute holder, and
the history pre-transform and the test() metric are left out."""
import math
from typing import Tuple

import torch
import torch.nn.functional as F
from torch import Tensor
from torch.nn import GRU, Linear, Parameter


# torch_geometric/utils/scatter.py (reduce='mean'), written out
def scatter(src, index, dim=0, dim_size=None, reduce='mean'):
    total = torch.zeros(dim_size, src.size(-1)).index_add_(0, index, src)
    count = torch.zeros(dim_size).index_add_(0, index, torch.ones(index.size(0)))
    return total / count.clamp(min=1).unsqueeze(-1)


class Data(dict):
    __getattr__ = dict.__getitem__


# torch_geometric/nn/models/re_net.py
class RENet(torch.nn.Module):
    r"""The Recurrent Event Network model from the `"Recurrent Event Network
    for Reasoning over Temporal Knowledge Graphs"
    <https://arxiv.org/abs/1904.05530>`_ paper.

    Args:
        num_nodes (int): The number of nodes in the knowledge graph.
        num_rels (int): The number of relations in the knowledge graph.
        hidden_channels (int): Hidden size of node and relation embeddings.
        seq_len (int): The sequence length of past events.
        num_layers (int, optional): The number of recurrent layers.
            (default: :obj:`1`)
        dropout (float): If non-zero, introduces a dropout layer before the
            final prediction. (default: :obj:`0.`)
        bias (bool, optional): If set to :obj:`False`, all layers will not
            learn an additive bias. (default: :obj:`True`)
    """
    def __init__(
        self,
        num_nodes: int,
        num_rels: int,
        hidden_channels: int,
        seq_len: int,
        num_layers: int = 1,
        dropout: float = 0.,
        bias: bool = True,
    ):
        super().__init__()

        self.num_nodes = num_nodes
        self.hidden_channels = hidden_channels
        self.num_rels = num_rels
        self.seq_len = seq_len
        self.dropout = dropout

        self.ent = Parameter(torch.empty(num_nodes, hidden_channels))
        self.rel = Parameter(torch.empty(num_rels, hidden_channels))

        self.sub_gru = GRU(3 * hidden_channels, hidden_channels, num_layers,
                           batch_first=True, bias=bias)
        self.obj_gru = GRU(3 * hidden_channels, hidden_channels, num_layers,
                           batch_first=True, bias=bias)

        self.sub_lin = Linear(3 * hidden_channels, num_nodes, bias=bias)
        self.obj_lin = Linear(3 * hidden_channels, num_nodes, bias=bias)

        self.reset_parameters()

    def reset_parameters(self):
        torch.nn.init.xavier_uniform_(self.ent, gain=math.sqrt(2.0))
        torch.nn.init.xavier_uniform_(self.rel, gain=math.sqrt(2.0))
        self.sub_gru.reset_parameters()
        self.obj_gru.reset_parameters()
        self.sub_lin.reset_parameters()
        self.obj_lin.reset_parameters()

    def forward(self, data: Data) -> Tuple[Tensor, Tensor]:
        assert 'h_sub_batch' in data and 'h_obj_batch' in data
        batch_size, seq_len = data.sub.size(0), self.seq_len

        h_sub_t = data.h_sub_t + data.h_sub_batch * seq_len
        h_obj_t = data.h_obj_t + data.h_obj_batch * seq_len

        h_sub = scatter(self.ent[data.h_sub], h_sub_t, dim=0,
                        dim_size=batch_size * seq_len,
                        reduce='mean').view(batch_size, seq_len, -1)
        h_obj = scatter(self.ent[data.h_obj], h_obj_t, dim=0,
                        dim_size=batch_size * seq_len,
                        reduce='mean').view(batch_size, seq_len, -1)

        sub = self.ent[data.sub].unsqueeze(1).repeat(1, seq_len, 1)
        rel = self.rel[data.rel].unsqueeze(1).repeat(1, seq_len, 1)
        obj = self.ent[data.obj].unsqueeze(1).repeat(1, seq_len, 1)

        _, h_sub = self.sub_gru(torch.cat([sub, h_sub, rel], dim=-1))
        _, h_obj = self.obj_gru(torch.cat([obj, h_obj, rel], dim=-1))
        h_sub, h_obj = h_sub.squeeze(0), h_obj.squeeze(0)  # fix: h_sub, h_obj = h_sub[-1], h_obj[-1]

        h_sub = torch.cat([self.ent[data.sub], h_sub, self.rel[data.rel]],
                          dim=-1)
        h_obj = torch.cat([self.ent[data.obj], h_obj, self.rel[data.rel]],
                          dim=-1)

        h_sub = F.dropout(h_sub, p=self.dropout, training=self.training)
        h_obj = F.dropout(h_obj, p=self.dropout, training=self.training)

        log_prob_obj = F.log_softmax(self.sub_lin(h_sub), dim=1)
        log_prob_sub = F.log_softmax(self.obj_lin(h_obj), dim=1)

        return log_prob_obj, log_prob_sub


def probe():
    # a batch of 3 events from a knowledge graph of 20 nodes and 4 relations; each subject and
    # object carries up to seq_len=5 past timestamps of neighbours, as RENet.pre_transform gives
    model = RENet(num_nodes=20, num_rels=4, hidden_channels=8, seq_len=5, num_layers=2,
                  dropout=0.5)
    data = Data(sub=torch.tensor([1, 4, 7]), rel=torch.tensor([0, 2, 3]),
                obj=torch.tensor([2, 9, 11]),
                h_sub=torch.tensor([3, 5, 2, 8, 6]), h_sub_t=torch.tensor([0, 1, 4, 2, 3]),
                h_sub_batch=torch.tensor([0, 0, 1, 1, 2]),
                h_obj=torch.tensor([1, 12, 14]), h_obj_t=torch.tensor([4, 0, 1]),
                h_obj_batch=torch.tensor([0, 2, 2]))
    log_prob_obj, log_prob_sub = model(data)
    loss = F.nll_loss(log_prob_obj, data.obj) + F.nll_loss(log_prob_sub, data.sub)
    loss.backward()


if __name__ == "__main__":
    probe()

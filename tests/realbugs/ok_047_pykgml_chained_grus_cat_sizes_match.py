# source: https://github.com/AI4Agriculture/PyKGML_development/pull/39
"""PyKGML's multitask CO2 GRU after the pull request (bug_104 is the report): four GRUs chained
through torch.cat, each sized from the parts it is given: input_dim + hidden_dim for the GRUs fed
(output, inputs), input_dim + 2 for the one fed (Ra, Rh, inputs), with two-layer and one-layer
states made per GRU by init_hidden(). Sums of sizes in constructors against concatenations in
forward(); all of them agree."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RecoGRU_multitask(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim, dropout):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.gru_basic = nn.GRU(input_dim, hidden_dim, 2, dropout=dropout, batch_first=True)
        self.gru_Ra = nn.GRU(input_dim + hidden_dim, hidden_dim, 1, batch_first=True)
        self.gru_Rh = nn.GRU(input_dim + hidden_dim, hidden_dim, 2, dropout=dropout, batch_first=True)
        self.gru_NEE = nn.GRU(input_dim + 2, hidden_dim, 1, batch_first=True)  # +2 Ra and Rh
        self.drop = nn.Dropout(dropout)
        self.densor_Ra = nn.Linear(hidden_dim, 1)
        self.densor_Rh = nn.Linear(hidden_dim, 1)
        self.densor_NEE = nn.Linear(hidden_dim, 1)
        self.attn = nn.Sequential(nn.Linear(hidden_dim, 16), nn.ReLU(), nn.Linear(16, 1), nn.Tanh())
        self.densor_yield = nn.Sequential(nn.Linear(hidden_dim, 16), nn.ReLU(), nn.Linear(16, 1))

    def forward(self, inputs, hidden=None):
        if hidden is None:
            hidden = self.init_hidden(inputs.size(0))
        output, hidden1 = self.gru_basic(inputs, hidden[0])
        inputs2 = self.drop(output)
        attn_weights = F.softmax(self.attn(inputs2), dim=1).view(inputs.size(0), 1, inputs.size(1))
        output2 = self.densor_yield(torch.bmm(attn_weights, inputs2))
        output1, hidden2 = self.gru_Ra(torch.cat((self.drop(output), inputs), 2), hidden[1])
        Ra = self.densor_Ra(self.drop(output1))
        output1, hidden3 = self.gru_Rh(torch.cat((self.drop(output), inputs), 2), hidden[2])
        Rh = self.densor_Rh(self.drop(output1))
        output1, hidden4 = self.gru_NEE(torch.cat((Ra, Rh, inputs), 2), hidden[3])
        NEE = self.densor_NEE(self.drop(output1))
        return torch.cat((Ra, Rh, NEE), 2), output2, (hidden1, hidden2, hidden3, hidden4)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(2, bsz, self.hidden_dim),
                weight.new_zeros(1, bsz, self.hidden_dim),
                weight.new_zeros(2, bsz, self.hidden_dim),
                weight.new_zeros(1, bsz, self.hidden_dim))


def probe():
    model = RecoGRU_multitask(4, 16, num_layers=2, output_dim=3, dropout=0.2)
    fluxes, yield_, hidden = model(torch.randn(3, 30, 4))
    assert fluxes.shape == (3, 30, 3) and yield_.shape == (3, 1, 1)
    model(torch.randn(3, 30, 4), hidden)


if __name__ == "__main__":
    probe()

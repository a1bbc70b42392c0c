# source: https://github.com/AI4Agriculture/PyKGML_development/pull/39
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 21, got 20
"""PyKGML (time_series_models.py, the multitask CO2 GRU): four GRUs chained by torch.cat. The
Rh branch used to take an extra "Res" feedback channel; the pull request notes that the channel
was removed from forward() (the cat is now output + inputs) but gru_Rh kept its "+1" in
__init__, so the GRU expects one feature more than it is given ("Expected 148, got 147")."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TimeSeriesModel(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim):
        super().__init__()
        self.input_dim = input_dim
        self.output_dim = output_dim


class RecoGRU_multitask(TimeSeriesModel):
    def __init__(self, input_dim, hidden_dim, num_layers, output_dim, dropout):
        super().__init__(input_dim, hidden_dim, num_layers, output_dim)
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.gru_basic = nn.GRU(input_dim, hidden_dim, 2, dropout=dropout, batch_first=True)
        self.gru_Ra = nn.GRU(input_dim + hidden_dim, hidden_dim, 1, batch_first=True)
        self.gru_Rh = nn.GRU(input_dim + hidden_dim + 1, hidden_dim, 2, dropout=dropout, batch_first=True)  # fix: the Res channel is gone from forward(): input_dim + hidden_dim
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
        # predict yield
        inputs2 = self.drop(output)
        attn_weights = F.softmax(self.attn(inputs2), dim=1).view(inputs.size(0), 1, inputs.size(1))
        inputs2 = torch.bmm(attn_weights, inputs2)
        output2 = self.densor_yield(inputs2)

        # Ra
        output1, hidden2 = self.gru_Ra(torch.cat((self.drop(output), inputs), 2), hidden[1])
        Ra = self.densor_Ra(self.drop(output1))

        # Rh (the annual Res feedback channel was taken out here)
        output1, hidden3 = self.gru_Rh(torch.cat((self.drop(output), inputs), 2), hidden[2])
        Rh = self.densor_Rh(self.drop(output1))

        # NEE
        output1, hidden4 = self.gru_NEE(torch.cat((Ra, Rh, inputs), 2), hidden[3])
        NEE = self.densor_NEE(self.drop(output1))
        output1 = torch.cat((Ra, Rh, NEE), 2)
        return output1, output2, (hidden1, hidden2, hidden3, hidden4)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return (weight.new_zeros(2, bsz, self.hidden_dim),
                weight.new_zeros(1, bsz, self.hidden_dim),
                weight.new_zeros(2, bsz, self.hidden_dim),
                weight.new_zeros(1, bsz, self.hidden_dim))


def probe():
    input_dim, hidden_dim = 4, 16
    model = RecoGRU_multitask(input_dim, hidden_dim, num_layers=2, output_dim=3, dropout=0.2)
    model(torch.randn(3, 30, input_dim))


if __name__ == "__main__":
    probe()

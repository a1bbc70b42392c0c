# source: https://github.com/lonseajim/Siamese-Network/blob/0f1ac2cdaf5efc9989bcf12f06129ddda89d567f/model/snn.py
"""lonseajim/Siamese-Network (model/snn.py): a spectrum Siamese network whose
encoder is picked by a string (`backbone='transformer' | 'resnet' | 'lstm'`); the LSTM backbone is
a two-layer bidirectional batch-first LSTM into `Linear(2 * l_hidden_dim, feature_dim)`, applied
to (batch, 1, input_dim) spectra and flattened before the similarity head; the Siamese pair goes
through the same encoder. Looks like a head sized twice for a layer picked by a string; it is
right for every backbone. The ResNet backbone is replaced by a small MLP encoder of the same
interface. (The repository's model/lstm.py, an LSTM in an nn.Sequential whose batch-first
bidirectional output is `.view`-ed, fails on CPU with "view size is not compatible with input
tensor's size and stride": not a shape rule, not used here.)"""
import torch
import torch.nn as nn


# model/resnet.py (stand-in with the same encode() interface)
class ResNet(nn.Module):
    def __init__(self, hidden_sizes, num_blocks, input_dim):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(input_dim, hidden_sizes[0]), nn.ReLU())

    def encode(self, x):
        return self.net(x).flatten(1)


# model/snn.py
class SNN(nn.Module):
    def __init__(self, input1_dim, input2_dim, input_dim=512, feature_dim=256, backbone='transformer',
                 r_num_layers=6, t_num_layers=3, l_num_layers=2, l_hidden_dim=100):
        super(SNN, self).__init__()

        self.input_dim = input_dim
        self.backbone = backbone

        # transform the input to the same dimension
        self.linear1 = nn.Linear(input1_dim, input_dim)
        self.linear2 = nn.Linear(input2_dim, input_dim)

        # transformer encoder
        t_encoder_layer = nn.TransformerEncoderLayer(d_model=input_dim, nhead=8, dim_feedforward=input_dim * 4)
        self.t_encoder = nn.TransformerEncoder(t_encoder_layer, num_layers=t_num_layers)
        self.t_fc = nn.Linear(input_dim, feature_dim)

        # resnet encoder
        self.r_model = ResNet(hidden_sizes=[100] * r_num_layers, num_blocks=[2] * r_num_layers, input_dim=input_dim)
        r_z_dim = self._get_encoding_size()
        self.r_fc = nn.Linear(r_z_dim, feature_dim)

        # lstm encoder
        self.l_encoder = nn.LSTM(input_size=input_dim, hidden_size=l_hidden_dim, num_layers=l_num_layers,
                                 batch_first=True,
                                 bidirectional=True)
        # features extracted by lstm mapped to the same dimension
        self.l_fc = nn.Linear(2 * l_hidden_dim, feature_dim)

        self.sub_sim = nn.Sequential(
            nn.Flatten(),
            nn.Linear(feature_dim, 16),
            nn.ReLU(),
            nn.Linear(16, 1),
            nn.Sigmoid()
        )

    def transformer_encoder(self, input):
        x = self.t_encoder(input)
        return self.t_fc(x)

    def resnet_encoder(self, input):
        x = self.r_model.encode(input)
        return self.r_fc(x)

    def lstm_encoder(self, input):
        x, _ = self.l_encoder(input)
        return self.l_fc(x)

    def _get_encoding_size(self):
        temp = torch.rand(1, 1, self.input_dim)
        z = self.r_model.encode(temp)
        return z.data.size(1)

    def forward(self, input1, input2):
        input1 = self.linear1(input1)
        input2 = self.linear2(input2)

        if self.backbone == 'transformer':
            input1_features = self.transformer_encoder(input1)
            input2_features = self.transformer_encoder(input2)
        elif self.backbone == 'resnet':
            input1_features = self.resnet_encoder(input1)
            input2_features = self.resnet_encoder(input2)
        else:  # 'lstm':
            input1_features = self.lstm_encoder(input1)
            input2_features = self.lstm_encoder(input2)

        sim = self.sub_sim(torch.abs(input1_features - input2_features))
        return sim.flatten()


def probe():
    input1_dim, input2_dim = 701, 701
    input1 = torch.rand(5, 1, input1_dim)
    input2 = torch.rand(5, 1, input2_dim)
    labels = torch.tensor([1., 0., 1., 0., 0.])
    criterion = nn.BCELoss()
    for backbone in ['transformer', 'resnet', 'lstm']:
        model = SNN(input1_dim, input2_dim, backbone=backbone)
        out = model(input1, input2)
        criterion(out, labels).backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/ml4ai/skema/issues/459
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""img2mml row encoding: each row of the CNN feature map runs through a one-layer
torch.nn.LSTM built with the model's dropout of 0.1, which torch warns about and never
applies ("I think dropout isn't getting applied for this architecture")."""
import torch
import torch.nn as nn


class RowEncoding(torch.nn.Module):
    def __init__(self, device, dec_hid_dim, dropout):
        super(RowEncoding, self).__init__()
        self.device = device
        self.emb = torch.nn.Embedding(256, 512)
        self.lstm = torch.nn.LSTM(
            512,
            dec_hid_dim,
            num_layers=1,
            dropout=dropout,  # fix: a one-layer LSTM applies no dropout: drop the argument (or dropout=0)
            bidirectional=False,
            batch_first=False,
        )

    def forward(self, enc_output):
        # enc_output: (B, 512, W, H)
        outputs = []
        for wh in range(0, enc_output.shape[2]):
            row = enc_output[:, :, wh, :]  # [batch, 512, W]
            row = row.permute(2, 0, 1)  # [W, batch, 512]
            position_vector = torch.Tensor(row.shape[1]).long().fill_(wh).to(self.device)
            lstm_input = torch.cat((self.emb(position_vector).unsqueeze(0), row), dim=0)
            lstm_output, (hidden, cell) = self.lstm(lstm_input)
            outputs.append(lstm_output.unsqueeze(0))
        final_output = torch.cat(outputs, dim=0)  # [H, W+1, BATCH, dec_hid_dim]
        final_output = final_output.view(
            final_output.shape[0] * final_output.shape[1],
            final_output.shape[2],
            final_output.shape[3],
        )
        return final_output.permute(1, 0, 2), hidden, cell


class CNN_Encoder(nn.Module):
    def __init__(self, input_channels, dec_hid_dim, dropout, device):
        super(CNN_Encoder, self).__init__()
        self.device = device
        self.re = RowEncoding(device, dec_hid_dim, dropout)
        self.cnn_encoder = nn.Sequential(
            nn.Conv2d(input_channels, 512, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1)),
            nn.ReLU(),
        )

    def forward(self, src):
        output = self.cnn_encoder(src)  # (B, 512, W, H)
        return self.re(output)


def probe():
    encoder = CNN_Encoder(input_channels=1, dec_hid_dim=16, dropout=0.1, device="cpu")
    encoder(torch.randn(2, 1, 3, 4))


if __name__ == "__main__":
    probe()

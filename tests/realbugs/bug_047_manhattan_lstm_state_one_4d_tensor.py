# source: https://github.com/fionn-mac/Manhattan-LSTM/pull/3
# rule: LC009
# torch: TypeError: lstm() received an invalid combination of arguments - got (Tensor, Tensor, list, bool, int, float, bool, bool, bool), but expected one of:
"""Siamese Manhattan LSTM: init_hidden builds both states as one (2, 1, B, H) tensor and the
LSTM is handed that tensor instead of an (h_0, c_0) tuple: lstm() received an invalid
combination of arguments - got (Tensor, Tensor, list, ...)."""
import torch
import torch.nn as nn


class Manhattan_LSTM(nn.Module):
    def __init__(self, data_name, hidden_size, embedding):
        super(Manhattan_LSTM, self).__init__()
        self.data_name = data_name
        self.use_cuda = False
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(embedding[0], embedding[1])
        self.input_size = embedding[1]
        self.lstm_1 = nn.LSTM(self.input_size, self.hidden_size, num_layers=1, bidirectional=False)
        self.lstm_2 = nn.LSTM(self.input_size, self.hidden_size, num_layers=1, bidirectional=False)

    def exponent_neg_manhattan_distance(self, x1, x2):
        return torch.exp(-torch.sum(torch.abs(x1 - x2), dim=1))

    def forward(self, input, hidden):
        embedded_1 = self.embedding(input[0])  # L, B, V
        embedded_2 = self.embedding(input[1])  # L, B, V
        batch_size = embedded_1.size()[1]
        outputs_1, hidden_1 = self.lstm_1(embedded_1, hidden)
        outputs_2, hidden_2 = self.lstm_2(embedded_2, hidden)
        return self.exponent_neg_manhattan_distance(
            hidden_1[0].permute(1, 2, 0).view(batch_size, -1),
            hidden_2[0].permute(1, 2, 0).view(batch_size, -1))

    def init_hidden(self, batch_size):
        # Hidden dimensionality : 2 (h_0, c_0) x Num. Layers * Num. Directions x Batch Size x Hidden Size
        result = torch.zeros(2, 1, batch_size, self.hidden_size)  # fix: an (h_0, c_0) tuple, not one tensor: (torch.zeros(1, batch_size, H), torch.zeros(1, batch_size, H))
        if self.use_cuda: return result.cuda()
        else: return result


def probe():
    model = Manhattan_LSTM("sick", 16, (50, 12))
    batch_size = 3
    hidden = model.init_hidden(batch_size)
    model([torch.randint(0, 50, (7, batch_size)), torch.randint(0, 50, (7, batch_size))], hidden)


if __name__ == "__main__":
    probe()

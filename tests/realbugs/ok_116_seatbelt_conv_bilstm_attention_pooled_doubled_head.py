# source: https://github.com/DobesDaniel/masters-diploma-project/blob/0ab31a6563e43edfa4b7a569953244261b07f4e5/SEATBELT_TRAIN_TEST/model_attention.py
"""DobesDaniel/masters-diploma-project (SEATBELT_TRAIN_TEST/model_attention.py, hyperparameters.py,
collate_fn.py): seat-belt gesture recognition from pose keypoints. A Conv1d smooths the
batch-first keypoint sequence (permuted to channels-first and back), a four-layer bidirectional
LSTM runs over it, an attention scorer `Linear(hidden_size*2, 1)` weights the time steps, and the
weighted sum goes to `Linear(hidden_size*2, num_classes)`. Looks like a head sized for one
direction after a permute round trip; every consumer takes the 2 * hidden_size features the
bidirectional LSTM gives, and the Conv1d keeps input_size channels."""
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence

# hyperparameters.py
input_size = 4   # features 2|4
hidden_size = 64  # 512, 256, 128, 64
num_classes = 5
num_layers = 4
batch_size = 32


def collate_fn(batch):
    keypoints, labels = zip(*batch)
    keypoints = pad_sequence(keypoints, batch_first=True, padding_value=0)
    labels = torch.tensor(labels)
    return keypoints, labels


class ActionRecognitionLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, num_classes, num_layers):
        super(ActionRecognitionLSTM, self).__init__()
        self.attn_fc = nn.Linear(hidden_size*2, 1)
        self.temporal_conv = nn.Conv1d(in_channels=input_size, out_channels=input_size, kernel_size=3, padding=1)
        self.lstm = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(hidden_size*2, num_classes)

    def forward(self, x, lengths=None):
        x = x.permute(0, 2, 1)  # from (batch, seq, feature) to (batch, feature, seq)
        x = self.temporal_conv(x)
        x = x.permute(0, 2, 1)

        lstm_out, _ = self.lstm(x)

        attn_weights = torch.softmax(self.attn_fc(lstm_out), dim=1)  # (batch, seq_len, 1)
        context = torch.sum(attn_weights * lstm_out, dim=1)  # weighted sum over time
        output = self.fc(context)
        return output


def train_one_epoch(model, loader):
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    for keypoints, labels in loader:
        outputs = model(keypoints)
        loss = criterion(outputs, labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probe():
    samples = [(torch.randn(n, input_size), n % num_classes) for n in (7, 5, 9)]
    loader = torch.utils.data.DataLoader(samples, batch_size=batch_size, collate_fn=collate_fn)
    model = ActionRecognitionLSTM(input_size, hidden_size, num_classes, num_layers)
    train_one_epoch(model, loader)


if __name__ == "__main__":
    probe()

# source: https://github.com/diaoenmao/Speech-Emotion-Recognition-with-Dual-Sequence-LSTM-Architecture/commit/d0091d827c453637e3d37fe8653fc901c45679e6
# rule: LC005
# torch: TypeError: input_size should be of type int, got: float
"""Speech emotion recognition on IEMOCAP, the raw-audio model (src/speech/raw_audio_model.py,
train_raw_audio_model.py, process_raw_audio_model.py at db89cb6, "wrote raw audio model and
training code"): four Conv1d + BatchNorm + ReLU + MaxPool1d(4, stride=4) blocks shrink the
128000-sample waveforms by 4**4 = 256, and the LSTM's input size is written as that arithmetic,
`nn.LSTM(128000/256, ...)`. In Python 3 `/` is true division, so input_size is 500.0 and the model
fails as the training script builds it, `RawAudioModel(1, 64, 3, 1, 1, 4, 4, 200, 2, 0, 4, 128,
True)`. Six minutes later d0091d8 wrapped it in `int(...)`. The training loop (DataLoader over the
pickled equal-length waveforms) is rebuilt with a tiny random dataset; it is never reached."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.optim.lr_scheduler import ReduceLROnPlateau
from torch.utils.data import DataLoader, Dataset


# raw_audio_model.py
class RawAudioModel(nn.Module):

    def __init__(self, in_channels, out_channels, kernel_size_cnn, stride_cnn, padding_cnn, kernel_size_pool, stride_pool, hidden_dim, num_layers, dropout_rate, num_labels, batch_size, bidirectional=False):
        super(RawAudioModel, self).__init__()
        self.device = torch.device('cpu')

        self.in_channels = in_channels
        self.out_channels = out_channels
        self.kernel_size_cnn = kernel_size_cnn
        self.stride_cnn = stride_cnn
        self.padding_cnn = padding_cnn

        self.kernel_size_pool = kernel_size_pool
        self.stride_pool = stride_pool

        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.dropout_rate = dropout_rate
        self.num_labels = num_labels
        self.batch_size = batch_size
        self.bidirectional = bidirectional
        self.num_directions = 1 + self.bidirectional

        self.cnn1 = nn.Conv1d(self.in_channels, self.out_channels, self.kernel_size_cnn, stride=self.stride_cnn, padding=self.padding_cnn).to(self.device)
        self.batch1 = nn.BatchNorm1d(self.out_channels)
        self.cnn2 = nn.Conv1d(self.out_channels, self.out_channels, self.kernel_size_cnn, stride=self.stride_cnn, padding=self.padding_cnn).to(self.device)
        self.batch2 = nn.BatchNorm1d(self.out_channels)
        self.cnn3 = nn.Conv1d(self.out_channels, self.out_channels*2, self.kernel_size_cnn, stride=self.stride_cnn, padding=self.padding_cnn).to(self.device)
        self.batch3 = nn.BatchNorm1d(self.out_channels*2)
        self.cnn4 = nn.Conv1d(self.out_channels*2, self.out_channels*2, self.kernel_size_cnn, stride=self.stride_cnn, padding=self.padding_cnn).to(self.device)
        self.batch4 = nn.BatchNorm1d(self.out_channels*2)
        self.relu = nn.ReLU()
        self.max_pool = nn.MaxPool1d(self.kernel_size_pool, stride=self.stride_pool)
        self.lstm = nn.LSTM(128000/256, self.hidden_dim, self.num_layers, batch_first=True,  # fix: int(128000/256) (d0091d8), or 128000 // 256
                            dropout=self.dropout_rate, bidirectional=self.bidirectional).to(self.device)
        self.classification = nn.Linear(self.hidden_dim * self.num_directions, self.num_labels).to(self.device)

    def forward(self, input, target, seq_length, train=True):
        input = input.to(self.device)
        target = target.to(self.device)
        out = self.max_pool(self.relu(self.batch1(self.cnn1(input))))
        out = self.max_pool(self.relu(self.batch2(self.cnn2(out))))
        out = self.max_pool(self.relu(self.batch3(self.cnn3(out))))
        out = self.max_pool(self.relu(self.batch4(self.cnn4(out))))
        out, hn = self.lstm(out)
        out = torch.mean(out, dim=1)
        out = self.classification(out)
        loss = F.cross_entropy(out, torch.max(target, 1)[1])
        return out, loss


# process_raw_audio_model.py
class IEMOCAP(Dataset):
    def __init__(self, n_utterances=4, length=128000):
        self.input = [torch.randn(1, length) for _ in range(n_utterances)]
        self.target = [F.one_hot(torch.tensor(i % 4), 4) for i in range(n_utterances)]
        self.seq_length = [float(length)] * n_utterances

    def __len__(self):
        return len(self.input)

    def __getitem__(self, index):
        return {'input': self.input[index], 'target': self.target[index],
                'seq_length': torch.tensor(self.seq_length[index]).float()}


def my_collate(batch):
    input = torch.stack([item['input'] for item in batch])
    target = torch.stack([item['target'] for item in batch])
    seq_length = torch.stack([item['seq_length'] for item in batch])
    return [input, target, seq_length]


# train_raw_audio_model.py
def train(lr=0.001, batch_size=2):
    model = RawAudioModel(1, 64, 3, 1, 1, 4, 4, 200, 2, 0, 4, 128, True)
    model.train()

    optimizer = optim.Adam(model.parameters(), lr=lr)
    scheduler = ReduceLROnPlateau(optimizer=optimizer, factor=0.3, patience=8, threshold=1e-3)

    training_data = IEMOCAP()
    train_loader = DataLoader(dataset=training_data, batch_size=batch_size, shuffle=True, collate_fn=my_collate, num_workers=0)
    for epoch in range(1):
        losses = 0
        for j, (input, target, seq_length) in enumerate(train_loader):
            model.zero_grad()
            out, loss = model(input, target, seq_length=seq_length)
            losses += loss.item() * target.shape[0]
            loss.backward()
            optimizer.step()
        scheduler.step(losses)


def probe():
    train()


if __name__ == "__main__":
    probe()

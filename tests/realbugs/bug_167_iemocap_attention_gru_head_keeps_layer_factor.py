# source: https://github.com/diaoenmao/Speech-Emotion-Recognition-with-Dual-Sequence-LSTM-Architecture/commit/2c9e3a83b8f1f7c6fd3746565b85779225b5d525
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x200 and 400x5)
"""Speech emotion recognition on IEMOCAP, the attention model (src/speech/attention.py,
train_att_gru.py, before 2c9e3a8 "attention debug"): AttGRU was copied from GRUAudio, whose head
took every layer's final state flattened, `Linear(hidden_dim * num_layers * num_directions, ...)`.
AttGRU instead pools the GRU's top-layer outputs with an attention vector `u` of
`num_directions * hidden_dim`, a (batch, num_directions * hidden_dim) summary, but kept the copied
head; with train_att_gru.py's `num_layers=2` the first batch fails at the classifier. 2c9e3a8
sized the head `hidden_dim * num_directions` (the same commit also fixed the copied
`super(GRUAudio, self)`, mixed tabs and a softmax without dim; those are rebuilt fixed here).
Random 39-dim MFCC frames replace the pickled IEMOCAP features; batches of 8 instead of 256."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(1)


# attention.py
class AttGRU(nn.Module):

    def __init__(self, num_features, hidden_dim, num_layers, dropout_rate, num_labels, batch_size, bidirectional=False):
        super(AttGRU, self).__init__()
        self.device = torch.device('cpu')
        self.num_features = num_features
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.dropout_rate = dropout_rate
        self.num_labels = num_labels
        self.batch_size = batch_size
        self.bidirectional = bidirectional
        self.num_directions = 1 + self.bidirectional

        self.u = nn.Parameter(torch.randn(self.num_directions * self.hidden_dim))

        self.gru = nn.GRU(self.num_features, self.hidden_dim, self.num_layers, batch_first=True, dropout=self.dropout_rate, bidirectional=self.bidirectional).to(self.device)
        self.classification = nn.Linear(self.hidden_dim * self.num_layers * self.num_directions, self.num_labels).to(self.device)  # fix: nn.Linear(self.hidden_dim * self.num_directions, ...): the attention pools the top layer's outputs (2c9e3a8)

    def forward(self, input, target, train=True):
        input = input.to(self.device)
        target = target.to(self.device)
        hidden = torch.zeros(self.num_layers * self.num_directions, self.batch_size, self.hidden_dim)
        hidden = hidden.to(self.device)
        out, hn = self.gru(input, hidden)
        out, _ = pad_packed_sequence(out, batch_first=True)
        alpha = F.softmax(torch.matmul(out, self.u), dim=1)
        input_linear = torch.sum(torch.matmul(alpha, out), dim=1)
        out = self.classification(input_linear)
        loss = F.cross_entropy(out, torch.max(target, 1)[1])
        return out, loss


# process_audio_torch.py
class IEMOCAP(Dataset):
    def __init__(self, n_utterances=16):
        generator = torch.Generator().manual_seed(0)
        self.seq_length = [torch.tensor([float(10 + (7 * i) % 13)]) for i in range(n_utterances)]
        self.input = [torch.randn(int(n.item()), 39, generator=generator) for n in self.seq_length]
        self.target = [F.one_hot(torch.tensor(i % 5), 5) for i in range(n_utterances)]

    def __len__(self):
        return len(self.input)

    def __getitem__(self, index):
        return {'input': self.input[index], 'target': self.target[index], 'seq_length': self.seq_length[index]}


def my_collate(batch):
    input = [item['input'] for item in batch]
    target = torch.stack([item['target'] for item in batch])
    seq_length = torch.stack([item['seq_length'][0] for item in batch])
    return [input, target, seq_length]


# train_att_gru.py
def train(batch_size=8, n_epochs=1):
    # Initialize our GRU model with 39 features, hidden_dim=200, num_layers=2, droupout=0.7, num_labels=5
    model = AttGRU(num_features=39, hidden_dim=200, num_layers=2, dropout_rate=0.0, num_labels=5, batch_size=batch_size)
    optimizer = optim.Adam(model.parameters(), lr=0.001)
    training_data = IEMOCAP()
    train_loader = DataLoader(dataset=training_data, batch_size=batch_size, shuffle=True, collate_fn=my_collate, num_workers=0)
    for epoch in range(n_epochs):
        losses = 0
        for j, (input, target, seq_length) in enumerate(train_loader):
            input = pad_sequence(sequences=input, batch_first=True)
            input = pack_padded_sequence(input, lengths=seq_length, batch_first=True, enforce_sorted=False)
            model.zero_grad()
            out, loss = model(input, target)
            losses += loss.item()
            loss.backward()
            optimizer.step()
    return model


def probe():
    train()


if __name__ == "__main__":
    probe()

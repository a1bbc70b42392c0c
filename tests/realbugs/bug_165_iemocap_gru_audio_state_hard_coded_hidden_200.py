# source: https://github.com/diaoenmao/Speech-Emotion-Recognition-with-Dual-Sequence-LSTM-Architecture/commit/6cf0612793619341209b4eded9eb87898830e35e
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 8, 400), got [2, 8, 200]
"""Speech emotion recognition on IEMOCAP (src/speech/SE_audio_torch.py, train_audio_torch.py,
process_audio_torch.py, before 6cf0612): GRUAudio takes `hidden_dim` and `num_layers` as
constructor parameters, but forward makes the initial state `torch.randn(2, self.batch_size, 200)`
with the layer count and the width written out. The training script builds the model with
`hidden_dim=400`, so the first packed batch fails on the state. Commit 6cf0612 ("Fully working
cody pipeline") trained with hidden_dim=200 instead (and sized the classifier for the flattened
`num_layers` final states); 0cfdcbc then made the state `torch.randn(self.num_layers *
self.num_directions, self.batch_size, self.hidden_dim)`. The script's module-level training code
is wrapped in a function; random 39-dim MFCC frames replace the pickled IEMOCAP features."""
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(1)


# SE_audio_torch.py
class GRUAudio(nn.Module):

    def __init__(self, num_features, hidden_dim, num_layers, dropout_rate, num_labels, batch_size):
        super(GRUAudio, self).__init__()
        self.device = torch.device('cpu')
        self.num_features = num_features
        self.hidden_dim = hidden_dim
        self.num_layers = num_layers
        self.dropout_rate = dropout_rate
        self.num_labels = num_labels
        self.batch_size = batch_size

        self.gru = nn.GRU(self.num_features, self.hidden_dim, self.num_layers, batch_first=True, dropout=self.dropout_rate).to(self.device)
        self.classification = nn.Linear(self.hidden_dim, self.num_labels).to(self.device)

    def forward(self, input, target, train=True):
        input = input.to(self.device)
        target = target.to(self.device)
        hidden = torch.randn(2, self.batch_size, 200)  # fix: torch.randn(self.num_layers, self.batch_size, self.hidden_dim) (0cfdcbc; 6cf0612 trained with hidden_dim=200)
        hidden = hidden.to(self.device)
        out, hn = self.gru(input, hidden)
        hn = hn.permute([1, 0, 2])
        hn = hn.reshape(self.batch_size, -1)
        out = self.classification(hn)
        loss = F.cross_entropy(out, target)
        return out, loss


# process_audio_torch.py
class IEMOCAP(Dataset):
    def __init__(self, n_utterances=16):
        generator = torch.Generator().manual_seed(0)
        self.seq_length = [torch.tensor([float(10 + (7 * i) % 13)]) for i in range(n_utterances)]
        self.input = [torch.randn(int(n.item()), 39, generator=generator) for n in self.seq_length]
        self.target = [i % 5 for i in range(n_utterances)]

    def __len__(self):
        return len(self.input)

    def __getitem__(self, index):
        return {'input': self.input[index], 'target': self.target[index], 'seq_length': self.seq_length[index]}


def my_collate(batch):
    input = [item['input'] for item in batch]
    target = torch.tensor([item['target'] for item in batch])
    seq_length = torch.stack([item['seq_length'][0] for item in batch])
    return [input, target, seq_length]


# train_audio_torch.py
def train(batch_size=8, n_epochs=1):
    # Initialize our GRU model with 39 features, hidden_dim=200, num_layers=2, droupout=0.7, num_labels=5
    model = GRUAudio(num_features=39, hidden_dim=400, num_layers=2, dropout_rate=0.7, num_labels=5, batch_size=batch_size)
    optimizer = optim.Adam(model.parameters(), lr=0.01)
    training_data = IEMOCAP()
    train_loader = DataLoader(dataset=training_data, batch_size=batch_size, shuffle=True, collate_fn=my_collate, num_workers=0)
    for epoch in range(n_epochs):
        for j, (input, target, seq_length) in enumerate(train_loader):
            # pad input sequence to make all the same length
            input = pad_sequence(sequences=input, batch_first=True)
            # make input a packed padded sequence
            input = pack_padded_sequence(input, lengths=seq_length, batch_first=True, enforce_sorted=False)
            model.zero_grad()
            out, loss = model(input, target)
            loss.backward()
            optimizer.step()
        print("End of Epoch Loss: ", loss)
    return model


def probe():
    train()


if __name__ == "__main__":
    probe()

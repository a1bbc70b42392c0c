# source: https://github.com/Mrzzzz1/PythonLab/blob/b923a68d4f0f56e500f7e638a2ba29d734a154ae/MyModule.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.7 and num_layers=1
"""Mrzzzz1/PythonLab (MyModule.py, main.py): a five-class phrase-sentiment classifier. MyModule
builds `nn.GRU(hidden_size, hidden_size, n_layers, bidirectional=bidirectional, dropout=0.7)`
with `n_layers=1` as the constructor default, and main.py builds it as
`MyModule(num_embeddings, 256, 5)`, so the GRU has one layer and the hard-coded 0.7 dropout never
applies (torch warns at construction). The head itself is right: the last layer's two directions
are concatenated into Linear(hidden_size * 2). Unreported; torch warns on the project's own path."""
import torch
from torch.utils.data import DataLoader, Dataset

BATCH_SIZE = 128


class MyModule(torch.nn.Module):
    def __init__(self, input_size, hidden_size, output_size, n_layers=1, bidirectional=True):
        super(MyModule, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.n_directions = 2 if bidirectional else 1
        self.embedding = torch.nn.Embedding(input_size, hidden_size)
        self.gru = torch.nn.GRU(hidden_size, hidden_size, n_layers,
                                bidirectional=bidirectional, dropout=0.7)  # fix: dropout=0.7 only when n_layers > 1 (or an nn.Dropout on the embeddings)
        self.fc = torch.nn.Linear(hidden_size * self.n_directions, output_size)

    def _init_hidden(self, batch_size):
        hidden = torch.zeros(self.n_layers * self.n_directions,
                             batch_size, self.hidden_size)
        return hidden

    def forward(self, input):
        batch_size = input.size(1)
        hidden = self._init_hidden(batch_size)
        embedding = self.embedding(input)
        output, hidden = self.gru(embedding, hidden)
        if self.n_directions == 2:
            hidden_cat = torch.cat([hidden[-1], hidden[-2]], dim=1)
        else:
            hidden_cat = hidden[-1]
        fc_output = self.fc(hidden_cat)
        return fc_output


class MyDataset(Dataset):
    def __init__(self, phrases, labels, num_embeddings, sequence_max_len=20):
        self.phrases = phrases
        self.labels = labels
        self.num_embeddings = num_embeddings
        self.sequence_max_len = sequence_max_len

    def __getitem__(self, index):
        ids = self.phrases[index][:self.sequence_max_len]
        ids = ids + [0] * (self.sequence_max_len - len(ids))
        return ids, int(self.labels[index])

    def __len__(self):
        return len(self.phrases)

    def get_num_embeddings(self):
        return self.num_embeddings


def train_model(classifier, train_loader):
    criterion = torch.nn.CrossEntropyLoss()
    optimizer = torch.optim.Adam(classifier.parameters(), lr=0.001)
    for i, (inputs, target) in enumerate(train_loader, 1):
        input = torch.stack(inputs, 0)
        output = classifier(input)
        loss = criterion(output, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probe():
    phrases = [[1, 2, 3], [4, 5, 6, 7], [2, 9], [3, 3, 3, 3, 3]]
    dataset_train = MyDataset(phrases, ['0', '4', '2', '1'], num_embeddings=10, sequence_max_len=6)
    train_loader = DataLoader(dataset_train, batch_size=BATCH_SIZE, shuffle=True)
    classifier = MyModule(dataset_train.get_num_embeddings(), 8, 5)
    train_model(classifier, train_loader)


if __name__ == "__main__":
    probe()

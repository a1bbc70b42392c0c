# source: https://github.com/jkjan/NLP/blob/HEAD/NaverMovie/GRU.py
"""jkjan/NLP (NaverMovie/GRU.py, hyperparameters.py, utils.py): a sentiment classifier whose
bidirectional GRU keeps `dropout=0.2` with `num_layers = 2` from the hyperparameters module, a
state of `num_layers * 2` rows made for the constructor's batch of one, a head
`Linear(hidden_size * 2, ...)`, and `out[:, -1]` on a sequence-first output: the words are fed
one at a time as (1, 1, 100) word2vec vectors, so the output is (1, 1, 2H) and `out[:, -1]` is the
one batch element's step, (1, 2H), which the head and CrossEntropyLoss take with the (1,) label.
Looks like a dropout on one layer, a state one direction short and a batch-first index; all are
right here. Word vectors are random stand-ins for the trained word2vec."""
import torch
import torch.nn as nn


# NaverMovie/GRU.py
class GRU(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, batch_size, device, num_layers):
        super(GRU, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.gru = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=True, dropout=0.2)
        self.fc = nn.Linear(hidden_size * 2, output_size)
        self.relu = nn.ReLU()
        self.device = device
        self.to(device)

    def forward(self, x, h):
        out, h = self.gru(x, h)
        out = self.relu(out[:, -1])
        out = self.fc(out)
        return out, h

    def init_hidden(self):
        hidden = torch.zeros(self.num_layers * 2, self.batch_size, self.hidden_size).to(self.device)
        return hidden


# NaverMovie/hyperparameters.py
device = torch.device("cpu")
batch_size = 1
learning_rate = 0.001
input_size = 100
hidden_size = 512
output_size = 2
num_layers = 2

model = None
criterion = nn.CrossEntropyLoss()
optimizer = None


def build_model():
    global model, optimizer
    model = GRU(input_size, hidden_size, output_size, batch_size, device, num_layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)


# NaverMovie/utils.py
def doc_to_tensor(doc_vectors):
    """(len(doc), 1, input_size)"""
    tensor = torch.cat([v.unsqueeze(0) for v in doc_vectors], 0).to(device)
    return tensor.unsqueeze_(1)


def target_to_tensor(target):
    return torch.tensor(target).to(device).unsqueeze_(-1)


def train(input, target):
    hidden = model.init_hidden()
    optimizer.zero_grad()

    for i in range(input.size(0)):
        resized = input[i].reshape(1, 1, input_size)
        output, hidden = model(resized, hidden)

    loss = criterion(output, target).to(device)
    loss.backward()
    optimizer.step()
    return output, loss.item()


def predict(input, target):
    with torch.no_grad():
        hidden = model.init_hidden()
        for i in range(input.size(0)):
            resized = input[i].reshape(1, 1, input_size)
            output, hidden = model(resized, hidden)
        topv, topi = output.topk(1)
        topi = topi[0][0].item()
    return topi == target


def probe():
    build_model()
    for label in (0, 1, 1):
        doc = [torch.randn(input_size) for _ in range(6)]
        train(doc_to_tensor(doc), target_to_tensor(label))
    predict(doc_to_tensor([torch.randn(input_size) for _ in range(4)]), 1)


if __name__ == "__main__":
    probe()

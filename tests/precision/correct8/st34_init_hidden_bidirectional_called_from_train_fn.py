"""init_hidden of a bidirectional model returns layers * 2 rows; a train function makes the
state once per batch from the batch it is given and passes it down."""
import torch
import torch.nn as nn


class BiLM(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, layers, bidirectional=True, batch_first=True)
        self.out = nn.Linear(2 * hidden, vocab)
        self.hidden, self.layers = hidden, layers

    def init_hidden(self, batch_size):
        rows = self.layers * 2
        return (torch.zeros(rows, batch_size, self.hidden),
                torch.zeros(rows, batch_size, self.hidden))

    def forward(self, tokens, hidden):
        out, hidden = self.lstm(self.embed(tokens), hidden)
        return self.out(out), hidden


def train_step(model, batch):
    hidden = model.init_hidden(batch.size(0))
    logits, _ = model(batch[:, :-1], hidden)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), batch[:, 1:].reshape(-1))


def probe():
    model = BiLM(30, 8, 12, 2)
    for b in (5, 2):
        assert train_step(model, torch.randint(0, 30, (b, 9))).dim() == 0

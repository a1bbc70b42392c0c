# torch: RuntimeError: Expected hidden[0] size (2, 4, 20), got [1, 4, 20]
# A trainer makes the language model's state on the first batch only (`hidden = None` before
# the loop, `if hidden is None:` inside it); init_hidden was written for one layer and the
# model stacks two.
import torch
import torch.nn as nn


class WordLM(nn.Module):
    def __init__(self, vocab, emb, hidden, layers):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=layers)
        self.out = nn.Linear(hidden, vocab)

    def init_hidden(self, batch):
        zeros = torch.zeros(1, batch, self.hidden)  # fix: torch.zeros(self.lstm.num_layers, batch, self.hidden)
        return (zeros, zeros.clone())

    def forward(self, tokens, hidden):
        out, hidden = self.lstm(self.embed(tokens), hidden)
        return self.out(out), hidden


class Trainer:
    def __init__(self, model, batch_size):
        self.model = model
        self.batch_size = batch_size

    def epoch(self, batches):
        hidden = None
        for tokens in batches:
            if hidden is None:
                hidden = self.model.init_hidden(self.batch_size)
            logits, hidden = self.model(tokens, hidden)
            hidden = tuple(h.detach() for h in hidden)


def probe():
    trainer = Trainer(WordLM(50, 12, 20, 2), batch_size=4)
    trainer.epoch([torch.randint(0, 50, (7, 4)) for _ in range(3)])

"""A flag set in __init__ from the layer's class (`self.is_lstm = isinstance(self.rnn,
nn.LSTM)`) decides init_hidden's form: (h, c) for an LSTM, h for a GRU; both kinds built."""
import torch
import torch.nn as nn


class RNNLM(nn.Module):
    def __init__(self, cell, vocab, emb, hidden, layers):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.rnn = (nn.LSTM if cell == "lstm" else nn.GRU)(emb, hidden, layers, batch_first=True)
        self.is_lstm = isinstance(self.rnn, nn.LSTM)
        self.out = nn.Linear(hidden, vocab)

    def init_hidden(self, batch):
        h = torch.zeros(self.rnn.num_layers, batch, self.rnn.hidden_size)
        return (h, torch.zeros_like(h)) if self.is_lstm else h

    def forward(self, tokens, hidden):
        out, hidden = self.rnn(self.embed(tokens), hidden)
        return self.out(out), hidden


def probe():
    for cell in ("lstm", "gru"):
        model = RNNLM(cell, 25, 6, 10, 2)
        logits, _ = model(torch.randint(0, 25, (3, 7)), model.init_hidden(3))
        assert logits.shape == (3, 7, 25)

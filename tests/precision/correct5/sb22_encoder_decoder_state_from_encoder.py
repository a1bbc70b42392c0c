"""The decoder starts from the encoder's final state, so its batch is the batch that was
encoded, whatever size it had."""
import torch
import torch.nn as nn


class Seq2Seq(nn.Module):
    def __init__(self, vocab, emb, hid):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hid, 2)
        self.decoder = nn.LSTM(emb, hid, 2)
        self.fc = nn.Linear(hid, vocab)

    def forward(self, src, trg):
        _, (hidden, cell) = self.encoder(self.embedding(src))
        input = trg[0]
        outputs = []
        for t in range(1, trg.size(0)):
            out, (hidden, cell) = self.decoder(self.embedding(input).unsqueeze(0), (hidden, cell))
            pred = self.fc(out.squeeze(0))
            outputs.append(pred)
            input = trg[t]
        return torch.stack(outputs)


def probe():
    m = Seq2Seq(30, 8, 16)
    m(torch.randint(0, 30, (6, 3)), torch.randint(0, 30, (5, 3)))
    m(torch.randint(0, 30, (6, 1)), torch.randint(0, 30, (5, 1)))

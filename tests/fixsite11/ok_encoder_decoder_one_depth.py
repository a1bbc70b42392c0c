# One depth for both layers, passed once: the states fit whatever it is: correct.
import torch
import torch.nn as nn


class EncoderDecoder(nn.Module):
    def __init__(self, vocab, emb=6, hidden=8, layers=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.decoder = nn.LSTM(emb, hidden, layers, batch_first=True)
        self.classifier = nn.Linear(hidden, vocab)

    def forward(self, source, target):
        _, state = self.encoder(self.embed(source))
        output, _ = self.decoder(self.embed(target), state)
        return self.classifier(output)


def probe():
    model = EncoderDecoder(25, layers=2)
    model(torch.randint(0, 25, (4, 7)), torch.randint(0, 25, (4, 5)))

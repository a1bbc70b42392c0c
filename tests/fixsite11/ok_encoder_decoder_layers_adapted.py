# The fix the issue led to: the decoder takes the encoder's last decoder_layers layers: correct
# for any pair of depths with encoder_layers >= decoder_layers.
import torch
import torch.nn as nn


class EncoderDecoder(nn.Module):
    def __init__(self, vocab, emb=6, hidden=8, encoder_layers=1, decoder_layers=1):
        super().__init__()
        self.decoder_layers = decoder_layers
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, encoder_layers, batch_first=True)
        self.decoder = nn.LSTM(emb, hidden, decoder_layers, batch_first=True)
        self.classifier = nn.Linear(hidden, vocab)

    def forward(self, source, target):
        _, (h, c) = self.encoder(self.embed(source))
        n = self.decoder_layers
        output, _ = self.decoder(self.embed(target), (h[-n:].contiguous(), c[-n:].contiguous()))
        return self.classifier(output)


def probe():
    model = EncoderDecoder(25, encoder_layers=2, decoder_layers=1)
    model(torch.randint(0, 25, (4, 7)), torch.randint(0, 25, (4, 5)))

# source: https://github.com/CUNY-CL/yoyodyne/issues/56 ("Multi-layer LSTMs broken"): the
# model takes the encoder's and the decoder's depths as two parameters and starts the decoder
# from the encoder's final states as they are. The class lets the two differ, so no value
# of either fixes it for every caller: the states are adapted where they are handed over.
import torch
import torch.nn as nn


class EncoderDecoder(nn.Module):
    def __init__(self, vocab, emb=6, hidden=8, encoder_layers=1, decoder_layers=1):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, encoder_layers, batch_first=True)
        self.decoder = nn.LSTM(emb, hidden, decoder_layers, batch_first=True)
        self.classifier = nn.Linear(hidden, vocab)

    def forward(self, source, target):
        _, state = self.encoder(self.embed(source))
        output, _ = self.decoder(self.embed(target), state)  # expect: LC009 error
        return self.classifier(output)


def probe():
    model = EncoderDecoder(25, encoder_layers=2, decoder_layers=1)
    model(torch.randint(0, 25, (4, 7)), torch.randint(0, 25, (4, 5)))

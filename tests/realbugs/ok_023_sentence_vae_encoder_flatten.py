# source: https://github.com/timbmg/Sentence-VAE/blob/master/model.py
"""Sentence VAE's training path: a bidirectional GRU's final state flattened to
(batch, hidden * hidden_factor) for Linear(hidden * hidden_factor, latent), and unflattened back
with view(hidden_factor, batch, hidden) for the decoder (the inference path is bug_009)."""
import torch
import torch.nn as nn


class SentenceVAE(nn.Module):
    def __init__(self, vocab_size, embedding_size, hidden_size, latent_size, num_layers=1,
                 bidirectional=False):
        super().__init__()
        self.bidirectional = bidirectional
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, embedding_size)
        self.encoder_rnn = nn.GRU(embedding_size, hidden_size, num_layers=num_layers,
                                  bidirectional=bidirectional, batch_first=True)
        self.decoder_rnn = nn.GRU(embedding_size, hidden_size, num_layers=num_layers,
                                  bidirectional=bidirectional, batch_first=True)
        self.hidden_factor = (2 if bidirectional else 1) * num_layers
        self.hidden2mean = nn.Linear(hidden_size * self.hidden_factor, latent_size)
        self.latent2hidden = nn.Linear(latent_size, hidden_size * self.hidden_factor)
        self.outputs2vocab = nn.Linear(hidden_size * (2 if bidirectional else 1), vocab_size)

    def forward(self, input_sequence):
        batch_size = input_sequence.size(0)
        input_embedding = self.embedding(input_sequence)
        _, hidden = self.encoder_rnn(input_embedding)
        if self.bidirectional or self.num_layers > 1:
            hidden = hidden.view(batch_size, self.hidden_size * self.hidden_factor)
        else:
            hidden = hidden.squeeze(0)
        z = self.hidden2mean(hidden)
        hidden = self.latent2hidden(z)
        if self.bidirectional or self.num_layers > 1:
            hidden = hidden.view(self.hidden_factor, batch_size, self.hidden_size)
        else:
            hidden = hidden.unsqueeze(0)
        outputs, _ = self.decoder_rnn(input_embedding, hidden)
        return self.outputs2vocab(outputs)


def probe():
    x = torch.randint(0, 30, (3, 7))
    SentenceVAE(30, 8, 16, 4, bidirectional=True)(x)
    SentenceVAE(30, 8, 16, 4)(x)


if __name__ == "__main__":
    probe()

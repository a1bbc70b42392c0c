# source: https://github.com/timbmg/Sentence-VAE/issues/35
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx should also be 3-D but got 4-D tensor
"""Sentence VAE inference: the latent is viewed as (hidden_factor, batch, hidden) for a
bidirectional or stacked decoder, and then unsqueezed once more unconditionally: a 4-D state."""
import torch
import torch.nn as nn


class SentenceVAE(nn.Module):
    def __init__(self, vocab_size, embedding_size, rnn_type, hidden_size, latent_size,
                 max_sequence_length, num_layers=1, bidirectional=False):
        super().__init__()
        self.max_sequence_length = max_sequence_length
        self.latent_size = latent_size
        self.bidirectional = bidirectional
        self.num_layers = num_layers
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, embedding_size)

        if rnn_type == "rnn":
            rnn = nn.RNN
        elif rnn_type == "gru":
            rnn = nn.GRU
        else:
            raise ValueError()

        self.decoder_rnn = rnn(embedding_size, hidden_size, num_layers=num_layers,
                               bidirectional=self.bidirectional, batch_first=True)
        self.hidden_factor = (2 if bidirectional else 1) * num_layers
        self.latent2hidden = nn.Linear(latent_size, hidden_size * self.hidden_factor)
        self.outputs2vocab = nn.Linear(hidden_size * (2 if bidirectional else 1), vocab_size)

    def inference(self, n=4, z=None):
        if z is None:
            batch_size = n
            z = torch.randn([batch_size, self.latent_size])
        else:
            batch_size = z.size(0)

        hidden = self.latent2hidden(z)
        if self.bidirectional or self.num_layers > 1:
            # unflatten hidden state
            hidden = hidden.view(self.hidden_factor, batch_size, self.hidden_size)

        hidden = hidden.unsqueeze(0)  # fix: only in an else branch (one layer, one direction)

        input_sequence = torch.zeros(batch_size, dtype=torch.long).unsqueeze(1)
        input_embedding = self.embedding(input_sequence)
        output, hidden = self.decoder_rnn(input_embedding, hidden)
        return self.outputs2vocab(output)


def probe():
    model = SentenceVAE(vocab_size=30, embedding_size=8, rnn_type="gru", hidden_size=16,
                        latent_size=4, max_sequence_length=10, bidirectional=True)
    model.inference(n=3)


if __name__ == "__main__":
    probe()

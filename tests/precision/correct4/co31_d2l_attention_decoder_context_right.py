"""d2l's attention decoder done right: the GRU reads embed_size + num_hiddens, the embedding
joined with a context of the encoder's num_hiddens; embed_size == num_hiddens == 32 here."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, num_hiddens, num_layers)

    def forward(self, x):
        return self.rnn(self.embedding(x))


class Decoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size + num_hiddens, num_hiddens, num_layers)
        self.out = nn.Linear(num_hiddens, vocab_size)

    def forward(self, cur_input, state, enc_states):
        c = enc_states.mean(dim=0)
        input_and_c = torch.cat((self.embedding(cur_input), c), dim=1)
        output, state = self.rnn(input_and_c.unsqueeze(0), state)
        return self.out(output).squeeze(0), state


embed_size, num_hiddens, num_layers = 32, 32, 2
encoder = Encoder(100, embed_size, num_hiddens, num_layers)
decoder = Decoder(100, embed_size, num_hiddens, num_layers)


def probe():
    enc_states, state = encoder(torch.randint(0, 100, (7, 4)))
    logits, state = decoder(torch.randint(0, 100, (4,)), state, enc_states)
    assert logits.shape == (4, 100)
    enc2, dec2 = Encoder(100, 8, 20, 2), Decoder(100, 8, 20, 2)
    enc_states, state = enc2(torch.randint(0, 100, (7, 4)))
    result = dec2(torch.randint(0, 100, (4,)), state, enc_states)[0].shape
    assert result == (4, 100)

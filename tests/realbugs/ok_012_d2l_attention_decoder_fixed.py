# source: https://github.com/ShusenTang/Dive-into-DL-PyTorch/commit/a86f344ab988311ea839899ab722d74577398e86
"""The corrected decoder: the GRU takes embed_size + num_hiddens for cat(embedding, context),
with embed_size and num_hiddens deliberately different."""
import torch
from torch import nn


def attention_model(input_size, attention_size):
    return nn.Sequential(nn.Linear(input_size, attention_size, bias=False), nn.Tanh(),
                         nn.Linear(attention_size, 1, bias=False))


def attention_forward(model, enc_states, dec_state):
    dec_states = dec_state.unsqueeze(dim=0).expand_as(enc_states)
    enc_and_dec_states = torch.cat((enc_states, dec_states), dim=2)
    alpha = nn.functional.softmax(model(enc_and_dec_states), dim=0)
    return (alpha * enc_states).sum(dim=0)


class Decoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, attention_size,
                 drop_prob=0):
        super(Decoder, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.attention = attention_model(2 * num_hiddens, attention_size)
        self.rnn = nn.GRU(embed_size + num_hiddens, num_hiddens, num_layers, dropout=drop_prob)
        self.out = nn.Linear(num_hiddens, vocab_size)

    def forward(self, cur_input, state, enc_states):
        c = attention_forward(self.attention, enc_states, state[-1])
        input_and_c = torch.cat((self.embedding(cur_input), c), dim=1)
        output, state = self.rnn(input_and_c.unsqueeze(0), state)
        return self.out(output).squeeze(dim=0), state


def probe():
    decoder = Decoder(30, 8, 16, 2, 10, 0.5)
    decoder(torch.tensor([1, 2, 3, 4]), torch.zeros(2, 4, 16), torch.randn(7, 4, 16))


if __name__ == "__main__":
    probe()

# source: https://github.com/ShusenTang/Dive-into-DL-PyTorch/issues/72
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 16, got 24
"""Dive-into-DL's attention decoder sizes its GRU as 2 * embed_size, but feeds it the embedding
concatenated with the attention context over encoder states (num_hiddens features): it works
only while embed_size == num_hiddens."""
import torch
from torch import nn


def attention_model(input_size, attention_size):
    model = nn.Sequential(nn.Linear(input_size, attention_size, bias=False),
                          nn.Tanh(),
                          nn.Linear(attention_size, 1, bias=False))
    return model


def attention_forward(model, enc_states, dec_state):
    """enc_states: (time steps, batch, num_hiddens); dec_state: (batch, num_hiddens)."""
    dec_states = dec_state.unsqueeze(dim=0).expand_as(enc_states)
    enc_and_dec_states = torch.cat((enc_states, dec_states), dim=2)
    e = model(enc_and_dec_states)  # (time steps, batch, 1)
    alpha = nn.functional.softmax(e, dim=0)
    return (alpha * enc_states).sum(dim=0)  # context: (batch, num_hiddens)


class Decoder(nn.Module):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, attention_size,
                 drop_prob=0):
        super(Decoder, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.attention = attention_model(2 * num_hiddens, attention_size)
        self.rnn = nn.GRU(2 * embed_size, num_hiddens, num_layers, dropout=drop_prob)  # fix: embed_size + num_hiddens
        self.out = nn.Linear(num_hiddens, vocab_size)

    def forward(self, cur_input, state, enc_states):
        c = attention_forward(self.attention, enc_states, state[-1])
        input_and_c = torch.cat((self.embedding(cur_input), c), dim=1)
        output, state = self.rnn(input_and_c.unsqueeze(0), state)
        output = self.out(output).squeeze(dim=0)
        return output, state

    def begin_state(self, enc_state):
        return enc_state


def probe():
    embed_size, num_hiddens, num_layers = 8, 16, 2
    attention_size, drop_prob = 10, 0.5
    decoder = Decoder(30, embed_size, num_hiddens, num_layers, attention_size, drop_prob)
    enc_states = torch.randn(7, 4, num_hiddens)
    state = decoder.begin_state(torch.zeros(num_layers, 4, num_hiddens))
    decoder(torch.tensor([1, 2, 3, 4]), state, enc_states)


if __name__ == "__main__":
    probe()

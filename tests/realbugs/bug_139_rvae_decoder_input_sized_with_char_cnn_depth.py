# source: https://github.com/kefirski/pytorch_RVAE/commit/3a3fc84028c9467ce930286a291801f8e3a9bddc
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 85, got 70
"""pytorch_RVAE (model/decoder.py, model/rvae.py, utils/parameters.py), "minor fixes": the
encoder reads word embeddings concatenated with a character CNN's features (sum_depth wide, the
sum of the TDNN kernels' depths), the decoder only word embeddings concatenated with the latent
z. The decoder GRU was sized latent_variable_size + sum_depth, the encoder's width; the fix made
it latent_variable_size + word_embed_size. All sizes live in a Parameters object; the decoder's
input is built in RVAE.forward from the word embedding of decoder_word_input."""
import torch as t
import torch.nn as nn
import torch.nn.functional as F
from functools import reduce


def fold(f, lst, init):
    return reduce(f, lst, init)


class Parameters:
    def __init__(self, max_word_len, max_seq_len, word_vocab_size, char_vocab_size):
        self.max_word_len = int(max_word_len)
        self.max_seq_len = int(max_seq_len) + 1  # go or eos token
        self.word_vocab_size = int(word_vocab_size)
        self.char_vocab_size = int(char_vocab_size)
        self.word_embed_size = 30
        self.char_embed_size = 5
        self.kernels = [(1, 10), (2, 15), (3, 20)]
        self.sum_depth = fold(lambda x, y: x + y, [depth for _, depth in self.kernels], 0)
        self.encoder_rnn_size = 35
        self.encoder_num_layers = 2
        self.latent_variable_size = 40
        self.decoder_rnn_size = 50
        self.decoder_num_layers = 2


class Highway(nn.Module):
    def __init__(self, size, num_layers, f):
        super(Highway, self).__init__()
        self.num_layers = num_layers
        self.nonlinear = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])
        self.linear = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])
        self.gate = nn.ModuleList([nn.Linear(size, size) for _ in range(num_layers)])
        self.f = f

    def forward(self, x):
        for layer in range(self.num_layers):
            gate = t.sigmoid(self.gate[layer](x))
            x = gate * self.f(self.nonlinear[layer](x)) + (1 - gate) * self.linear[layer](x)
        return x


class TDNN(nn.Module):
    def __init__(self, params):
        super(TDNN, self).__init__()
        self.params = params
        self.kernels = nn.ParameterList([nn.Parameter(t.Tensor(out_dim, self.params.char_embed_size, kW).uniform_(-1, 1))
                                         for kW, out_dim in params.kernels])

    def forward(self, x):
        [batch_size, seq_len, max_word_len, _] = x.size()
        x = x.view(-1, max_word_len, self.params.char_embed_size).transpose(1, 2).contiguous()
        xs = [t.tanh(F.conv1d(x, kernel)) for kernel in self.kernels]
        xs = [x.max(2)[0] for x in xs]
        return t.cat(xs, 1).view(batch_size, seq_len, -1)


class Embedding(nn.Module):
    def __init__(self, params):
        super(Embedding, self).__init__()
        self.params = params
        self.word_embed = nn.Embedding(self.params.word_vocab_size, self.params.word_embed_size)
        self.char_embed = nn.Embedding(self.params.char_vocab_size, self.params.char_embed_size)
        self.TDNN = TDNN(self.params)

    def forward(self, word_input, character_input):
        word_input = self.word_embed(word_input)
        character_input = self.TDNN(self.char_embed(character_input))
        return t.cat([word_input, character_input], 2)


class Encoder(nn.Module):
    def __init__(self, params):
        super(Encoder, self).__init__()
        self.params = params
        self.hw1 = Highway(self.params.sum_depth + self.params.word_embed_size, 2, F.relu)
        self.rnn = nn.LSTM(input_size=self.params.word_embed_size + self.params.sum_depth,
                           hidden_size=self.params.encoder_rnn_size,
                           num_layers=self.params.encoder_num_layers,
                           batch_first=True,
                           bidirectional=True)
        self.hw2 = Highway(self.rnn.hidden_size * 2, 2, F.relu)
        self.fc = nn.Linear(self.rnn.hidden_size * 2, self.params.latent_variable_size)

    def forward(self, input):
        [batch_size, seq_len, embed_size] = input.size()
        input = self.hw1(input.view(-1, embed_size)).view(batch_size, seq_len, embed_size)
        _, (_, final_state) = self.rnn(input)
        final_state = final_state.view(self.params.encoder_num_layers, 2, batch_size, self.params.encoder_rnn_size)
        final_state = final_state[-1]
        final_state = t.cat([final_state[0], final_state[1]], 1)
        return F.relu(self.fc(self.hw2(final_state)))


class Decoder(nn.Module):
    def __init__(self, params):
        super(Decoder, self).__init__()
        self.params = params
        self.rnn = nn.GRU(input_size=self.params.latent_variable_size + self.params.sum_depth,  # fix: latent_variable_size + word_embed_size
                          hidden_size=self.params.decoder_rnn_size,
                          num_layers=self.params.decoder_num_layers,
                          batch_first=True)
        self.fc = nn.Linear(self.params.decoder_rnn_size, self.params.word_vocab_size)

    def forward(self, decoder_input, z, initial_state=None):
        [batch_size, seq_len, _] = decoder_input.size()
        # decoder rnn is conditioned on context via additional bias = W_cond * z to every input token
        z = t.cat([z] * seq_len, 1).view(batch_size, seq_len, self.params.latent_variable_size)
        decoder_input = t.cat([decoder_input, z], 2)
        rnn_out, final_state = self.rnn(decoder_input, initial_state)
        result = self.fc(rnn_out.contiguous().view(-1, self.params.decoder_rnn_size))
        return result.view(batch_size, seq_len, self.params.word_vocab_size), final_state


class RVAE(nn.Module):
    def __init__(self, params):
        super(RVAE, self).__init__()
        self.params = params
        self.embedding = Embedding(self.params)
        self.encoder = Encoder(self.params)
        self.context_to_mu = nn.Linear(self.params.latent_variable_size, self.params.latent_variable_size)
        self.context_to_logvar = nn.Linear(self.params.latent_variable_size, self.params.latent_variable_size)
        self.decoder = Decoder(self.params)

    def forward(self, drop_prob, encoder_word_input, encoder_character_input, decoder_word_input):
        [batch_size, _] = encoder_word_input.size()
        context = self.encoder(self.embedding(encoder_word_input, encoder_character_input))
        mu = self.context_to_mu(context)
        logvar = self.context_to_logvar(context)
        z = t.randn([batch_size, self.params.latent_variable_size]) * t.exp(0.5 * logvar) + mu
        kld = (-0.5 * t.sum(logvar - t.pow(mu, 2) - t.exp(logvar) + 1, 1)).sum()
        decoder_input = F.dropout(self.embedding.word_embed(decoder_word_input), drop_prob)
        out, final_state = self.decoder(decoder_input, z)
        return out, final_state, kld


def probe():
    params = Parameters(max_word_len=8, max_seq_len=10, word_vocab_size=300, char_vocab_size=40)
    rvae = RVAE(params)
    batch_size = 4
    encoder_word_input = t.randint(0, 300, (batch_size, 10))
    encoder_character_input = t.randint(0, 40, (batch_size, 10, 8))
    decoder_word_input = t.randint(0, 300, (batch_size, 11))
    logits, _, kld = rvae(0.3, encoder_word_input, encoder_character_input, decoder_word_input)
    (F.cross_entropy(logits.view(-1, params.word_vocab_size), decoder_word_input.view(-1)) + kld).backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/GBLin5566/toward-controlled-generation-of-text-pytorch/issues/10
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 128, 12), got [1, 40, 12]
"""Toward Controlled Generation of Text: the attribute-loss loop builds the generator's state from
len(input_data) (the comment even warns that the last batch is short), but its first input word,
batch_init_word, from the constant batch_size. On the last batch of the data (40 sentences) the
generator's LSTM gets a 128-wide input next to a 40-wide state (the report:
Expected hidden[0] size (1, 128, 302), got (1, 40, 302))."""
import torch
import torch.nn as nn
import torch.nn.functional as F

max_features = 30
maxlen = 6
batch_size = 128
c_dim = 2
BOS = 2


class Encoder(nn.Module):
    """A LSTM encoder to encode a sentence into a latent vector z."""

    def __init__(self, n_src_vocab, n_layers=1, d_word_vec=8, d_inner_hid=10, dropout=0.1):
        super(Encoder, self).__init__()
        self.n_layers = n_layers
        self.hidden_size = d_inner_hid
        self.src_word_emb = nn.Embedding(n_src_vocab, d_word_vec)
        self.rnn = nn.LSTM(d_word_vec, d_inner_hid, n_layers)

    def forward(self, src_seq, hidden):
        enc_input = self.src_word_emb(src_seq.permute(1, 0))
        _, hidden = self.rnn(enc_input, hidden)
        return hidden

    def init_hidden(self, batch_size):
        return (torch.zeros(self.n_layers, batch_size, self.hidden_size),
                torch.zeros(self.n_layers, batch_size, self.hidden_size))


class Generator(nn.Module):
    """A LSTM generator to synthesis a sentence with input (z, c)."""

    def __init__(self, n_target_vocab, n_layers=1, d_word_vec=8, d_inner_hid=10, c_dim=1):
        super(Generator, self).__init__()
        self.n_layers = n_layers
        self.d_inner_hid = d_inner_hid
        self.c_dim = c_dim
        self.target_word_emb = nn.Embedding(n_target_vocab, d_word_vec)
        self.rnn = nn.LSTM(d_word_vec, d_inner_hid + c_dim, n_layers)
        self.linear = nn.Linear(d_inner_hid + c_dim, n_target_vocab)

    def forward(self, word, hidden, one_hot_input=False):
        if one_hot_input:
            dec_input = torch.matmul(word, self.target_word_emb.weight).unsqueeze(0)
        else:
            dec_input = self.target_word_emb(word).unsqueeze(0)
        output, hidden = self.rnn(dec_input, hidden)
        pre_soft = self.linear(output)
        return F.softmax(pre_soft, dim=-1), hidden, pre_soft

    def init_hidden_c_for_lstm(self, batch_size):
        return torch.zeros(self.n_layers, batch_size, self.d_inner_hid)


def train_vae_with_attr_loss(encoder, decoder, x_train, y_train):
    for index in range(0, len(x_train) - 1, batch_size):
        input_data = x_train[index:index + batch_size]
        output_data = y_train[index:index + batch_size]
        enc_hidden = encoder.init_hidden(len(input_data))
        enc_hidden = encoder(input_data, enc_hidden)
        var_c = F.one_hot(output_data, c_dim).float()
        cat_hidden = (torch.cat([enc_hidden[0][0], var_c], dim=1).unsqueeze(0),
                      torch.cat([decoder.init_hidden_c_for_lstm(len(input_data))[0], var_c],
                                dim=1).unsqueeze(0))
        batch_init_word = torch.zeros((batch_size, max_features))  # fix: the last batch is shorter: size it len(input_data), like the state
        batch_init_word[:, BOS] = 1
        word = batch_init_word
        for step in range(maxlen - 1):
            output, cat_hidden, pre_soft = decoder(word, cat_hidden, one_hot_input=True)
            word = output.squeeze(0)


def probe():
    # 168 padded reviews: a full batch of 128, then the remaining 40
    x_train = torch.randint(0, max_features, (168, maxlen))
    y_train = torch.randint(0, c_dim, (168,))
    encoder = Encoder(n_src_vocab=max_features)
    decoder = Generator(n_target_vocab=max_features, c_dim=c_dim)
    train_vae_with_attr_loss(encoder, decoder, x_train, y_train)


if __name__ == "__main__":
    probe()

# source: https://github.com/shibing624/pycorrector/blob/HEAD/pycorrector/deepcontext/deepcontext_utils.py
"""pycorrector's deep-context model (Context2vec in deepcontext_utils.py, built from a config dict
in deepcontext_model.py): two one-directional batch_first LSTMs read the sentence left-to-right
and right-to-left (the second on `flip(1)`), their outputs are cut by one step, the right-to-left
one flipped back, and `cat(..., dim=2)` feeds an MLP sized hidden_size * 2. Looks like a head of
2*hidden after layers that are not bidirectional, and like states missing: each LSTM gives
hidden_size features, the concatenation gives 2*hidden_size; at inference one position's
vectors are concatenated on dim 0 for the same MLP."""
import math

import torch
import torch.nn as nn


class MLP(nn.Module):
    def __init__(self, input_size, mid_size, output_size, dropout=0.0):
        super(MLP, self).__init__()
        self.layers = nn.Sequential(
            nn.Linear(input_size, mid_size), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(mid_size, output_size))

    def forward(self, x):
        return self.layers(x)


class Context2vec(nn.Module):
    def __init__(self, vocab_size, word_embed_size, hidden_size, n_layers, use_mlp, dropout,
                 pad_index, is_inference):
        super(Context2vec, self).__init__()
        self.vocab_size = vocab_size
        self.word_embed_size = word_embed_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.use_mlp = use_mlp
        self.is_inference = is_inference
        self.rnn_output_size = hidden_size

        self.drop = nn.Dropout(dropout)
        self.l2r_emb = nn.Embedding(num_embeddings=vocab_size, embedding_dim=word_embed_size, padding_idx=pad_index)
        self.l2r_rnn = nn.LSTM(input_size=word_embed_size, hidden_size=hidden_size, num_layers=n_layers,
                               batch_first=True)
        self.r2l_emb = nn.Embedding(num_embeddings=vocab_size, embedding_dim=word_embed_size, padding_idx=pad_index)
        self.r2l_rnn = nn.LSTM(input_size=word_embed_size, hidden_size=hidden_size, num_layers=n_layers,
                               batch_first=True)
        self.out = nn.Linear(hidden_size, vocab_size)
        if use_mlp:
            self.MLP = MLP(input_size=hidden_size * 2, mid_size=hidden_size * 2, output_size=hidden_size,
                           dropout=dropout)
        else:
            self.weights = nn.Parameter(torch.zeros(2, hidden_size))
            self.gamma = nn.Parameter(torch.ones(1))
        self.init_weights()

    def init_weights(self):
        std = math.sqrt(1. / self.word_embed_size)
        self.r2l_emb.weight.data.normal_(0, std)
        self.l2r_emb.weight.data.normal_(0, std)

    def forward(self, sentences, target, target_pos=None):
        # input: <BOS> a b c <EOS>; reversed: <EOS> c b a; sentences: <BOS> a b c
        reversed_sentences = sentences.flip(1)[:, :-1]
        sentences = sentences[:, :-1]
        l2r_emb = self.l2r_emb(sentences)
        r2l_emb = self.r2l_emb(reversed_sentences)
        output_l2r, _ = self.l2r_rnn(l2r_emb)
        output_r2l, _ = self.r2l_rnn(r2l_emb)
        output_l2r = output_l2r[:, :-1, :]
        output_r2l = output_r2l[:, :-1, :].flip(1)
        if self.is_inference:
            if self.use_mlp:
                output_l2r = output_l2r[0, target_pos]
                output_r2l = output_r2l[0, target_pos]
                c_i = self.MLP(torch.cat((output_l2r, output_r2l), dim=0))
            return c_i
        if self.use_mlp:
            c_i = self.MLP(torch.cat((output_l2r, output_r2l), dim=2))
        else:
            s_task = torch.nn.functional.softmax(self.weights, dim=0)
            c_i = torch.stack((output_l2r, output_r2l), dim=2) * s_task
            c_i = self.gamma * c_i.sum(2)
        logits = self.out(c_i)
        return nn.functional.cross_entropy(logits.reshape(-1, self.vocab_size), target.reshape(-1))


def train_model(vocab_size=300, word_embed_size=200, hidden_size=200, n_layers=2, dropout=0.0, batch_size=8):
    config_dict = dict(vocab_size=vocab_size, word_embed_size=word_embed_size, hidden_size=hidden_size,
                       n_layers=n_layers, use_mlp=True, dropout=dropout, pad_index=0)
    model = Context2vec(is_inference=False, **config_dict)
    sentences = torch.randint(1, vocab_size, (batch_size, 12))
    target = sentences[:, 1:-1]
    loss = model(sentences, target)
    loss.backward()
    return config_dict, model


def probe():
    config_dict, model = train_model(vocab_size=50, word_embed_size=16, hidden_size=12)
    infer = Context2vec(is_inference=True, **config_dict)
    infer.load_state_dict(model.state_dict())
    vector = infer(torch.randint(1, 50, (1, 8)), None, target_pos=2)
    assert vector.shape == (12,)
    _, no_mlp = train_model(vocab_size=50, word_embed_size=16, hidden_size=12, n_layers=1)
    assert no_mlp is not None


if __name__ == "__main__":
    probe()

# source: https://github.com/CrossmodalGroup/NAAF/issues/2
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 1024, got 300
"""NAAF's caption encoder (EncoderText with a GloveEmb): the GRU is sized from
GloveEmb.final_word_emb, which is the configured glove_dim, while the embedding's weight is
replaced by the vectors loaded from the .pkl file, 300-d GloVe. The option says 1024 (the
visual side's size), the loaded table says 300: the user "confused the parameters when
migrating glove". The fix is the option, not the layer."""
import argparse

import torch
import torch.nn as nn


def load_glove(glove_path, num_embeddings):
    """Stands in for torch.load(glove_path): the repository's vocabulary vectors, 300-d GloVe."""
    return torch.randn(num_embeddings, 300)


class GloveEmb(nn.Module):
    def __init__(self, num_embeddings, glove_dim, glove_path, add_rand_embed=False,
                 rand_dim=None, **kwargs):
        super(GloveEmb, self).__init__()
        self.num_embeddings = num_embeddings
        self.add_rand_embed = add_rand_embed
        self.glove_dim = glove_dim
        self.final_word_emb = glove_dim

        # word embedding
        self.glove = nn.Embedding(num_embeddings, glove_dim)
        glove = nn.Parameter(load_glove(glove_path, num_embeddings))
        self.glove.weight = glove
        self.glove.requires_grad = False

        if add_rand_embed:
            self.embed = nn.Embedding(num_embeddings, rand_dim)
            self.final_word_emb = glove_dim + rand_dim

    def get_word_embed_size(self):
        return self.final_word_emb

    def forward(self, x):
        emb = self.glove(x)
        if self.add_rand_embed:
            emb2 = self.embed(x)
            emb = torch.cat([emb, emb2], dim=2)
        return emb


class EncoderText(nn.Module):
    def __init__(self, vocab_size, embed_dim, latent_size, num_layers=1, use_bi_gru=True,
                 rnn_type=nn.GRU, glove_path=None, add_rand_embed=False):
        super().__init__()
        self.latent_size = latent_size
        self.embed = GloveEmb(vocab_size, glove_dim=embed_dim, glove_path=glove_path,
                              add_rand_embed=add_rand_embed, rand_dim=embed_dim)
        self.use_bi_gru = use_bi_gru
        self.rnn = rnn_type(self.embed.final_word_emb, latent_size, num_layers,
                            batch_first=True, bidirectional=use_bi_gru)

    def forward(self, captions):
        emb = self.embed(captions)
        cap_emb, _ = self.rnn(emb)
        if self.use_bi_gru:
            b, t, d = cap_emb.shape
            cap_emb = cap_emb.view(b, t, 2, d // 2).mean(-2)
        return cap_emb


def get_opt(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--vocab_size', default=120, type=int)
    parser.add_argument('--word_dim', default=1024, type=int,  # fix: the loaded GloVe vectors are 300-d: default=300
                        help='Dimensionality of the word embedding.')
    parser.add_argument('--embed_size', default=64, type=int)
    parser.add_argument('--num_layers', default=1, type=int)
    parser.add_argument('--glove_path', default='data/glove_840B_f30k_precomp.json.pkl')
    return parser.parse_args(argv)


def probe():
    opt = get_opt([])
    txt_enc = EncoderText(opt.vocab_size, opt.word_dim, opt.embed_size, opt.num_layers,
                          glove_path=opt.glove_path)
    txt_enc(torch.randint(0, opt.vocab_size, (4, 12)))


if __name__ == "__main__":
    probe()

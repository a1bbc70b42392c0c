# source: https://github.com/wiseodd/controlled-text-generation/blob/a52bb151dae2600b6427d0420e6b298cf23c73c6/ctextgen/model.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""wiseodd/controlled-text-generation (ctextgen/model.py RNN_VAE, train_vae.py): the VAE's
decoder is a one-layer GRU over the word embedding with z and c appended,
nn.GRU(self.emb_dim + z_dim + c_dim, z_dim + c_dim, dropout=0.3): a recurrent dropout that a
single layer never applies, so torch warns each time train_vae.py (or train_discriminator.py)
builds the model. The word dropout the model does rely on is its own p_word_dropout. Fix: drop
the argument (or give the decoder two layers). The SST torchtext dataset is replaced by a
stand-in with the same interface, numpy's sampling by torch's."""
import argparse
from itertools import chain

import torch
import torch.nn as nn
import torch.nn.functional as F


class RNN_VAE(nn.Module):
    """Hu et al., "Toward controlled generation of text" (2017); Bowman et al. (2015); Kim (2014)."""

    def __init__(self, n_vocab, h_dim, z_dim, c_dim, p_word_dropout=0.3, unk_idx=0, pad_idx=1, start_idx=2, eos_idx=3,
                 max_sent_len=15, pretrained_embeddings=None, freeze_embeddings=False, gpu=False):
        super(RNN_VAE, self).__init__()
        self.UNK_IDX = unk_idx
        self.PAD_IDX = pad_idx
        self.START_IDX = start_idx
        self.EOS_IDX = eos_idx
        self.MAX_SENT_LEN = max_sent_len
        self.n_vocab = n_vocab
        self.h_dim = h_dim
        self.z_dim = z_dim
        self.c_dim = c_dim
        self.p_word_dropout = p_word_dropout
        self.gpu = gpu

        """Word embeddings layer"""
        if pretrained_embeddings is None:
            self.emb_dim = h_dim
            self.word_emb = nn.Embedding(n_vocab, h_dim, self.PAD_IDX)
        else:
            self.emb_dim = pretrained_embeddings.size(1)
            self.word_emb = nn.Embedding(n_vocab, self.emb_dim, self.PAD_IDX)
            self.word_emb.weight.data.copy_(pretrained_embeddings)
            if freeze_embeddings:
                self.word_emb.weight.requires_grad = False

        """Encoder is GRU with FC layers connected to last hidden unit"""
        self.encoder = nn.GRU(self.emb_dim, h_dim)
        self.q_mu = nn.Linear(h_dim, z_dim)
        self.q_logvar = nn.Linear(h_dim, z_dim)

        """Decoder is GRU with `z` and `c` appended at its inputs"""
        self.decoder = nn.GRU(self.emb_dim + z_dim + c_dim, z_dim + c_dim, dropout=0.3)  # fix: nn.GRU(self.emb_dim + z_dim + c_dim, z_dim + c_dim)
        self.decoder_fc = nn.Linear(z_dim + c_dim, n_vocab)

        """Discriminator is CNN as in Kim, 2014"""
        self.conv3 = nn.Conv2d(1, 100, (3, self.emb_dim))
        self.conv4 = nn.Conv2d(1, 100, (4, self.emb_dim))
        self.conv5 = nn.Conv2d(1, 100, (5, self.emb_dim))
        self.disc_fc = nn.Sequential(nn.Dropout(0.5), nn.Linear(300, 2))
        self.discriminator = nn.ModuleList([self.conv3, self.conv4, self.conv5, self.disc_fc])

        """Grouping the model's parameters: separating encoder, decoder, and discriminator"""
        self.encoder_params = chain(self.encoder.parameters(), self.q_mu.parameters(), self.q_logvar.parameters())
        self.decoder_params = chain(self.decoder.parameters(), self.decoder_fc.parameters())
        self.vae_params = chain(self.word_emb.parameters(), self.encoder_params, self.decoder_params)
        self.vae_params = filter(lambda p: p.requires_grad, self.vae_params)
        self.discriminator_params = filter(lambda p: p.requires_grad, self.discriminator.parameters())

    def forward_encoder(self, inputs):
        """Inputs is batch of sentences: seq_len x mbsize"""
        inputs = self.word_emb(inputs)
        _, h = self.encoder(inputs, None)
        h = h.view(-1, self.h_dim)
        return self.q_mu(h), self.q_logvar(h)

    def sample_z(self, mu, logvar):
        eps = torch.randn(self.z_dim)
        return mu + torch.exp(logvar / 2) * eps

    def sample_c_prior(self, mbsize):
        """Sample c ~ p(c) = Cat([0.5, 0.5])"""
        return F.one_hot(torch.randint(0, self.c_dim, (mbsize,)), self.c_dim).float()

    def forward_decoder(self, inputs, z, c):
        """Inputs must be embeddings: seq_len x mbsize"""
        dec_inputs = self.word_dropout(inputs)
        seq_len = dec_inputs.size(0)
        # 1 x mbsize x (z_dim+c_dim)
        init_h = torch.cat([z.unsqueeze(0), c.unsqueeze(0)], dim=2)
        inputs_emb = self.word_emb(dec_inputs)  # seq_len x mbsize x emb_dim
        inputs_emb = torch.cat([inputs_emb, init_h.repeat(seq_len, 1, 1)], 2)
        outputs, _ = self.decoder(inputs_emb, init_h)
        seq_len, mbsize, _ = outputs.size()
        outputs = outputs.view(seq_len * mbsize, -1)
        y = self.decoder_fc(outputs)
        return y.view(seq_len, mbsize, self.n_vocab)

    def forward(self, sentence, use_c_prior=True):
        self.train()
        mbsize = sentence.size(1)
        pad_words = torch.LongTensor([self.PAD_IDX]).repeat(1, mbsize)
        enc_inputs = sentence
        dec_inputs = sentence
        dec_targets = torch.cat([sentence[1:], pad_words], dim=0)
        mu, logvar = self.forward_encoder(enc_inputs)
        z = self.sample_z(mu, logvar)
        c = self.sample_c_prior(mbsize)
        y = self.forward_decoder(dec_inputs, z, c)
        recon_loss = F.cross_entropy(y.view(-1, self.n_vocab), dec_targets.view(-1))
        kl_loss = torch.mean(0.5 * torch.sum(torch.exp(logvar) + mu ** 2 - 1 - logvar, 1))
        return recon_loss, kl_loss

    def word_dropout(self, inputs):
        """Do word dropout: with prob `p_word_dropout`, set the word to '<unk>'."""
        data = inputs.clone()
        mask = torch.bernoulli(torch.full(tuple(data.size()), self.p_word_dropout)).bool()
        data[mask] = self.UNK_IDX
        return data


class SST_Dataset:
    """Stands in for ctextgen.dataset.SST_Dataset (torchtext SST with GloVe vectors)."""

    def __init__(self, emb_dim=50, mbsize=32, n_vocab=200):
        self.n_vocab = n_vocab
        self.emb_dim = emb_dim
        self.mbsize = mbsize

    def get_vocab_vectors(self):
        return torch.randn(self.n_vocab, self.emb_dim)

    def next_batch(self, gpu=False, seq_len=15):
        return torch.randint(4, self.n_vocab, (seq_len, self.mbsize)), torch.randint(0, 2, (self.mbsize,))


def main(argv=None, dataset=None, h_dim=64, n_iter=20000):
    parser = argparse.ArgumentParser(description='Conditional Text Generation: Train VAE as in Bowman, 2016, with c ~ p(c)')
    parser.add_argument('--gpu', default=False, action='store_true', help='whether to run in the GPU')
    parser.add_argument('--save', default=False, action='store_true', help='whether to save model or not')
    args = parser.parse_args(argv)

    z_dim = h_dim
    c_dim = 2
    dataset = dataset or SST_Dataset()
    model = RNN_VAE(dataset.n_vocab, h_dim, z_dim, c_dim, p_word_dropout=0.3,
                    pretrained_embeddings=dataset.get_vocab_vectors(), freeze_embeddings=False, gpu=args.gpu)
    trainer = torch.optim.Adam(model.vae_params, lr=1e-3)
    for it in range(n_iter):
        inputs, labels = dataset.next_batch(args.gpu)
        recon_loss, kl_loss = model.forward(inputs)
        loss = recon_loss + 0.01 * kl_loss
        loss.backward()
        trainer.step()
        trainer.zero_grad()
    return model


def probe():
    main([], dataset=SST_Dataset(emb_dim=8, mbsize=3, n_vocab=40), h_dim=6, n_iter=1)


if __name__ == "__main__":
    main()

# source: https://github.com/shentianxiao/text-autoencoders/blob/HEAD/model.py
"""text-autoencoders (model.py): the denoising / variational autoencoders encode with a
bidirectional multi-layer LSTM and read its final state as torch.cat([h[-2], h[-1]], 1): the last
layer's forward and backward directions, 2 * dim_h wide, which is what h2mu and h2logvar take.
The decoder is a one-direction LSTM of the same depth; both guard their dropout with
nlayers > 1. Sizes come from the argparse options of train.py; generate() feeds the decoder one
step at a time and hands its state back."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return eps.mul(std).add_(mu)


def loss_kl(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(mu)


class Vocab:
    def __init__(self, size):
        self.size, self.pad, self.go = size, 0, 1


class TextModel(nn.Module):
    """Container module with word embedding and projection layers"""

    def __init__(self, vocab, args, initrange=0.1):
        super().__init__()
        self.vocab = vocab
        self.args = args
        self.embed = nn.Embedding(vocab.size, args.dim_emb)
        self.proj = nn.Linear(args.dim_h, vocab.size)
        self.embed.weight.data.uniform_(-initrange, initrange)
        self.proj.bias.data.zero_()
        self.proj.weight.data.uniform_(-initrange, initrange)


class DAE(TextModel):
    """Denoising Auto-Encoder"""

    def __init__(self, vocab, args):
        super().__init__(vocab, args)
        self.drop = nn.Dropout(args.dropout)
        self.E = nn.LSTM(args.dim_emb, args.dim_h, args.nlayers,
                         dropout=args.dropout if args.nlayers > 1 else 0, bidirectional=True)
        self.G = nn.LSTM(args.dim_emb, args.dim_h, args.nlayers,
                         dropout=args.dropout if args.nlayers > 1 else 0)
        self.h2mu = nn.Linear(args.dim_h * 2, args.dim_z)
        self.h2logvar = nn.Linear(args.dim_h * 2, args.dim_z)
        self.z2emb = nn.Linear(args.dim_z, args.dim_emb)

    def encode(self, input):
        input = self.drop(self.embed(input))
        _, (h, _) = self.E(input)
        h = torch.cat([h[-2], h[-1]], 1)
        return self.h2mu(h), self.h2logvar(h)

    def decode(self, z, input, hidden=None):
        input = self.drop(self.embed(input)) + self.z2emb(z)
        output, hidden = self.G(input, hidden)
        output = self.drop(output)
        logits = self.proj(output.view(-1, output.size(-1)))
        return logits.view(output.size(0), output.size(1), -1), hidden

    def generate(self, z, max_len):
        sents = []
        input = torch.zeros(1, len(z), dtype=torch.long).fill_(self.vocab.go)
        hidden = None
        for _ in range(max_len):
            sents.append(input)
            logits, hidden = self.decode(z, input, hidden)
            input = logits.argmax(dim=-1)
        return torch.cat(sents)

    def forward(self, input):
        mu, logvar = self.encode(input)
        z = reparameterize(mu, logvar)
        logits, _ = self.decode(z, input)
        return mu, logvar, z, logits

    def loss_rec(self, logits, targets):
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1),
                               ignore_index=self.vocab.pad, reduction='none').view(targets.size())
        return loss.sum(dim=0)


class VAE(DAE):
    """Variational Auto-Encoder"""

    def autoenc(self, inputs, targets):
        mu, logvar, _, logits = self(inputs)
        return {'rec': self.loss_rec(logits, targets).mean(), 'kl': loss_kl(mu, logvar)}


def parse_args(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument('--dim_z', type=int, default=128)
    parser.add_argument('--dim_emb', type=int, default=512)
    parser.add_argument('--dim_h', type=int, default=1024)
    parser.add_argument('--nlayers', type=int, default=1)
    parser.add_argument('--dropout', type=float, default=0.5)
    return parser.parse_args(argv)


def probe():
    args = parse_args(['--dim_z', '16', '--dim_emb', '32', '--dim_h', '48', '--nlayers', '2'])
    vocab = Vocab(200)
    model = VAE(vocab, args)
    inputs = torch.randint(2, 200, (12, 5))  # (len, batch): the LSTMs are time-first
    targets = torch.randint(2, 200, (12, 5))
    losses = model.autoenc(inputs, targets)
    (losses['rec'] + losses['kl']).backward()
    model.eval()
    with torch.no_grad():
        model.generate(torch.randn(3, args.dim_z), max_len=6)


if __name__ == "__main__":
    probe()

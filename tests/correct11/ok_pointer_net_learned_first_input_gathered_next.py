"""Pointer network decoder: layers built with device=, the first decoder input a learned
vector repeated to (bs, 1, n_embed), each next input gathered from the embedded nodes with an
index repeated to n_embed; the encoder's (h, c) carried into the decoder, h.squeeze(0) the query.

source: thanhlexyz/pointernet@94bde118d4a017358d0da97b6ecc36d183f23eee core/lib/pointer_net/actor.py,
core/lib/pointer_net/module/decoder.py, encoder.py, embedding.py
"""
import types

import torch
import torch.nn as nn


class Embedding(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.embedding = nn.Linear(args.n_input, args.n_embed, bias=False, device=args.device)

    def forward(self, x):
        return self.embedding(x)


class Encoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.layer = nn.LSTM(input_size=args.n_embed, hidden_size=args.n_hidden,
                             batch_first=True, device=args.device)

    def forward(self, e):
        z, (h, c) = self.layer(e, None)
        return z, (h, c)


class Decoder(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.layer = nn.LSTM(input_size=args.n_embed, hidden_size=args.n_hidden,
                             batch_first=True, device=args.device)
        self.g = nn.Parameter(torch.FloatTensor(args.n_embed).to(args.device))

    def get_z0(self, x):
        bs, _, _ = x.size()
        return self.g.unsqueeze(0).repeat(bs, 1).unsqueeze(1).to(self.args.device)

    def gather_z(self, e, next_node):
        index = next_node.unsqueeze(-1).unsqueeze(-1).repeat(1, 1, self.args.n_embed)
        return torch.gather(e, dim=1, index=index)

    def forward(self, z, h, c):
        z, (h, c) = self.layer(z, (h, c))
        return z, (h, c)


class Actor(nn.Module):
    def __init__(self, args):
        super().__init__()
        self.args = args
        self.embedding = Embedding(args)
        self.encoder = Encoder(args)
        self.decoder = Decoder(args)
        self.W_ref = nn.Linear(args.n_hidden, args.n_hidden, bias=False)
        for p in self.parameters():
            nn.init.uniform_(p.data, -0.08, 0.08)

    def forward(self, x):
        bs, n_node, _ = x.size()
        e = self.embedding(x)
        ref, (h, c) = self.encoder(e)
        z = self.decoder.get_z0(x)
        nodes = []
        for i in range(n_node):
            _, (h, c) = self.decoder(z, h, c)
            q = h.squeeze(0)
            logits = torch.bmm(self.W_ref(ref), q.unsqueeze(2)).squeeze(2)
            next_node = torch.argmax(logits, dim=1).long()
            z = self.decoder.gather_z(e, next_node)
            nodes.append(next_node)
        return torch.stack(nodes, dim=1)


def probe():
    args = types.SimpleNamespace(n_input=2, n_embed=128, n_hidden=128, device='cpu')
    with torch.no_grad():
        Actor(args)(torch.rand(6, 10, 2))

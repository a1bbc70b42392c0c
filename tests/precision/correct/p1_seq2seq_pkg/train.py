"""Training entry point: builds the model from command-line options."""
import argparse

import torch

from .model import Decoder, Encoder, Seq2Seq


def parse_opt(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--src_vocab", type=int, default=8000)
    parser.add_argument("--trg_vocab", type=int, default=6000)
    parser.add_argument("--emb_dim", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=512)
    parser.add_argument("--n_layers", type=int, default=2)
    parser.add_argument("--dropout", type=float, default=0.3)
    return parser.parse_args(argv)


def build_model(opt):
    encoder = Encoder(opt.src_vocab, opt.emb_dim, opt.hidden, opt.n_layers, opt.dropout)
    decoder = Decoder(opt.trg_vocab, opt.emb_dim, opt.hidden, opt.n_layers, opt.dropout)
    return Seq2Seq(encoder, decoder)


def train(argv=None, steps=1):
    opt = parse_opt(argv)
    model = build_model(opt)
    optimizer = torch.optim.Adam(model.parameters())
    for _ in range(steps):
        src = torch.randint(0, opt.src_vocab, (12, 4))
        trg = torch.randint(0, opt.trg_vocab, (10, 4))
        logits = model(src, trg)
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, opt.trg_vocab),
                                                 trg[1:].reshape(-1))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def probe():
    train(["--src_vocab", "50", "--trg_vocab", "40", "--emb_dim", "8", "--hidden", "12",
           "--n_layers", "3"])


if __name__ == "__main__":
    train()

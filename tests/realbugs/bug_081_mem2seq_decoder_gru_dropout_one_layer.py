# source: https://github.com/HLTCHKUST/Mem2Seq/issues/8
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""Mem2Seq's memory decoder builds its query GRU as nn.GRU(embedding_dim, embedding_dim,
dropout=dropout): the thread asks why -layer does not reach the GRU (it is the number of memory
hops, passed as `hop`), so the GRU keeps torch's default of one layer and the -dr dropout handed
to it is never applied; torch warns."""
import argparse

import torch
import torch.nn as nn

parser = argparse.ArgumentParser(description='Seq_TO_Seq Dialogue bAbI')
parser.add_argument('-hdd', '--hidden', help='Hidden size', required=False)
parser.add_argument('-l', '--layer', help='Layer Number', required=False)
parser.add_argument('-lr', '--learn', help='Learning Rate', required=False)
parser.add_argument('-dr', '--drop', help='Drop Out', required=False)
parser.add_argument('-um', '--unk_mask', help='mask out input token to UNK', required=False,
                    default=1)


class DecoderMemNN(nn.Module):
    def __init__(self, vocab, embedding_dim, hop, dropout, unk_mask):
        super(DecoderMemNN, self).__init__()
        self.num_vocab = vocab
        self.max_hops = hop
        self.embedding_dim = embedding_dim
        self.dropout = dropout
        self.unk_mask = unk_mask
        for hop in range(self.max_hops + 1):
            C = nn.Embedding(self.num_vocab, embedding_dim, padding_idx=0)
            C.weight.data.normal_(0, 0.1)
            self.add_module("C_{}".format(hop), C)
        self.C = AttrProxy(self, "C_")
        self.softmax = nn.Softmax(dim=1)
        self.W = nn.Linear(embedding_dim, 1)
        self.W1 = nn.Linear(2 * embedding_dim, self.num_vocab)
        self.gru = nn.GRU(embedding_dim, embedding_dim, dropout=dropout)  # fix: one GRU layer applies no dropout: drop dropout= here (or give the GRU num_layers >= 2)

    def ptrMemDecoder(self, enc_query, last_hidden):
        embed_q = self.C[0](enc_query)  # b * e
        output, hidden = self.gru(embed_q.unsqueeze(0), last_hidden)
        return self.W1(torch.cat((hidden[0], hidden[0]), 1)), hidden


class AttrProxy(object):
    """Translates index lookups into attribute lookups."""

    def __init__(self, module, prefix):
        self.module = module
        self.prefix = prefix

    def __getitem__(self, i):
        return getattr(self.module, self.prefix + str(i))


class Mem2Seq(nn.Module):
    def __init__(self, hidden_size, max_len, max_r, vocab_size, lr, n_layers, dropout, unk_mask):
        super(Mem2Seq, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.dropout = dropout
        self.unk_mask = unk_mask
        self.decoder = DecoderMemNN(vocab_size, hidden_size, n_layers, self.dropout, self.unk_mask)


def probe():
    args = vars(parser.parse_args(['-hdd=12', '-l=3', '-lr=0.001', '-dr=0.2']))
    model = Mem2Seq(int(args['hidden']), max_len=20, max_r=10, vocab_size=40,
                    lr=float(args['learn']), n_layers=int(args['layer']),
                    dropout=float(args['drop']), unk_mask=bool(int(args['unk_mask'])))
    model.decoder.ptrMemDecoder(torch.randint(1, 40, (4,)), torch.zeros(1, 4, 12))


if __name__ == "__main__":
    probe()

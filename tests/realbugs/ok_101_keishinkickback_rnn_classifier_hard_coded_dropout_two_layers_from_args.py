# source: https://github.com/keishinkickback/Pytorch-RNN-text-classification/blob/e698f4e1ab04f26c28bc4bbc322aee8aff1aa8ae/model.py
"""keishinkickback/Pytorch-RNN-text-classification (model.py, main.py, dataloader.py): correct.
The recurrent layer is picked by a string (LSTM or GRU), always bidirectional, with a hard-coded
dropout=0.5 beside a `num_layers=1` default; main.py always builds it with `--layers`, whose
argparse default is 2, so the dropout applies. Sequences are sorted by length, packed and
unpacked batch-first; the head takes each sequence's own last step (out_rnn[rows, lengths - 1]) or
the mean over time, through BatchNorm1d(hidden_size * 2) into Linear(hidden_size * 2). Run with
the argparse defaults for both layer types and both pooling modes."""
import argparse

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


# model.py
class RNN(nn.Module):

    def __init__(self, vocab_size, embed_size, num_output, rnn_model='LSTM', use_last=True, embedding_tensor=None,
                 padding_index=0, hidden_size=64, num_layers=1, batch_first=True):
        super(RNN, self).__init__()
        self.use_last = use_last
        # embedding
        self.encoder = None
        if torch.is_tensor(embedding_tensor):
            self.encoder = nn.Embedding(vocab_size, embed_size, padding_idx=padding_index, _weight=embedding_tensor)
            self.encoder.weight.requires_grad = False
        else:
            self.encoder = nn.Embedding(vocab_size, embed_size, padding_idx=padding_index)

        self.drop_en = nn.Dropout(p=0.6)

        # rnn module
        if rnn_model == 'LSTM':
            self.rnn = nn.LSTM( input_size=embed_size, hidden_size=hidden_size, num_layers=num_layers, dropout=0.5,
                                batch_first=True, bidirectional=True)
        elif rnn_model == 'GRU':
            self.rnn = nn.GRU( input_size=embed_size, hidden_size=hidden_size, num_layers=num_layers, dropout=0.5,
                                batch_first=True, bidirectional=True)
        else:
            raise LookupError(' only support LSTM and GRU')

        self.bn2 = nn.BatchNorm1d(hidden_size*2)
        self.fc = nn.Linear(hidden_size*2, num_output)

    def forward(self, x, seq_lengths):
        '''
        Args:
            x: (batch, time_step, input_size)

        Returns:
            num_output size
        '''

        x_embed = self.encoder(x)
        x_embed = self.drop_en(x_embed)
        packed_input = pack_padded_sequence(x_embed, seq_lengths.cpu(), batch_first=True)

        # r_out shape (batch, time_step, output_size)
        # None is for initial hidden state
        packed_output, ht = self.rnn(packed_input, None)
        out_rnn, _ = pad_packed_sequence(packed_output, batch_first=True)

        row_indices = torch.arange(0, x.size(0)).long()
        col_indices = seq_lengths - 1

        if self.use_last:
            last_tensor=out_rnn[row_indices, col_indices, :]
        else:
            # use mean
            last_tensor = out_rnn[row_indices, :, :]
            last_tensor = torch.mean(last_tensor, dim=1)

        fc_input = self.bn2(last_tensor)
        out = self.fc(fc_input)
        return out


# dataloader.py (TextClassDataLoader: sorted, padded batches of word indices)
class TextClassDataLoader(object):

    def __init__(self, samples, batch_size=32):
        self.samples = samples
        self.batch_size = batch_size
        self.n_batches = int(len(samples) / batch_size)

    def __len__(self):
        return self.n_batches

    def __iter__(self):
        for b in range(self.n_batches):
            batch = self.samples[b * self.batch_size:(b + 1) * self.batch_size]
            batch = sorted(batch, key=lambda sample: len(sample[1]), reverse=True)
            label, string = tuple(zip(*batch))
            seq_lengths = torch.LongTensor([len(s) for s in string])
            seq_tensor = torch.zeros((len(string), int(seq_lengths.max()))).long()
            for idx, (seq, seqlen) in enumerate(zip(string, seq_lengths)):
                seq_tensor[idx, :seqlen] = torch.LongTensor(seq)
            yield seq_tensor, torch.LongTensor(label), seq_lengths


# main.py
def get_args(argv=None):
    parser = argparse.ArgumentParser(formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument('--epochs', default=50, type=int, metavar='N', help='number of total epochs to run')
    parser.add_argument('-b', '--batch-size', default=128, type=int, metavar='N', help='mini-batch size')
    parser.add_argument('--lr', '--learning-rate', default=0.005, type=float, metavar='LR', help='initial learning rate')
    parser.add_argument('--embedding-size', default=50, type=int, metavar='N', help='embedding size')
    parser.add_argument('--hidden-size', default=128, type=int, metavar='N', help='rnn hidden size')
    parser.add_argument('--layers', default=2, type=int, metavar='N', help='number of rnn layers')
    parser.add_argument('--classes', default=8, type=int, metavar='N', help='number of output classes')
    parser.add_argument('--rnn', default='LSTM', choices=['LSTM', 'GRU'], help='rnn module type')
    parser.add_argument('--mean_seq', default=False, action='store_true', help='use mean of rnn output')
    parser.add_argument('--clip', type=float, default=0.25, help='gradient clipping')
    return parser.parse_args(argv)


def train(train_loader, model, criterion, optimizer, args):
    model.train()
    for i, (input, target, seq_lengths) in enumerate(train_loader):
        output = model(input, seq_lengths)
        loss = criterion(output, target)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
        optimizer.step()


def main(argv=None, samples=None, vocab_size=100):
    args = get_args(argv)
    train_loader = TextClassDataLoader(samples, batch_size=args.batch_size)
    model = RNN(vocab_size=vocab_size, embed_size=args.embedding_size, num_output=args.classes, rnn_model=args.rnn,
                use_last=(not args.mean_seq),
                hidden_size=args.hidden_size, embedding_tensor=None, num_layers=args.layers, batch_first=True)
    optimizer = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=args.lr)
    criterion = nn.CrossEntropyLoss()
    for epoch in range(1, args.epochs + 1):
        train(train_loader, model, criterion, optimizer, args)
    return model


def probe():
    torch.manual_seed(0)
    samples = [(i % 3, [1 + (i * j) % 50 for j in range(3 + i % 5)]) for i in range(12)]
    for extra in ([], ['--rnn', 'GRU'], ['--mean_seq']):
        main(['--epochs', '1', '-b', '4', '--embedding-size', '6', '--hidden-size', '5', '--classes', '3'] + extra,
             samples, vocab_size=60)


if __name__ == "__main__":
    main()

# source: https://github.com/PetrochukM/PyTorch-NLP/issues/51
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 7, 24), got [1, 2, 24]
"""PyTorch-NLP's AWD-LSTM example (examples/awd-lstm-lm/main.py): BPTTBatchSampler yields, for
each batch, batch_size index slices of bptt tokens, so torch.stack(...) gives (batch, bptt).
train() transposes it to the (bptt, batch) the sequence-first LSTMs expect; evaluate() stacks the
same way and feeds it untransposed, so the LSTM reads bptt as the batch and the states
init_hidden(eval_batch_size) made no longer fit: "Expected hidden[0] size (1, 70, 1150), got
(1, 10, 1150)", 70 being the bptt. (The rebuild builds the validation sampler with
eval_batch_size so that the missing transpose is the one thing wrong.)"""
import argparse

import torch
import torch.nn as nn


class BPTTBatchSampler(object):
    """Yields batch_size slices of bptt consecutive positions (source) or of the positions one
    step ahead (target)."""

    def __init__(self, data, bptt_length, batch_size, drop_last, type_='source'):
        self.data = data
        self.bptt_length = bptt_length
        self.batch_size = batch_size
        self.type = type_

    def __iter__(self):
        stream = len(self.data) // self.batch_size
        offset = 0 if self.type == 'source' else 1
        for start in range(0, stream - self.bptt_length - 1, self.bptt_length):
            yield [list(range(b * stream + start + offset, b * stream + start + offset + self.bptt_length))
                   for b in range(self.batch_size)]


class RNNModel(nn.Module):
    """Container module with an encoder, a recurrent module, and a decoder."""

    def __init__(self, rnn_type, ntoken, ninp, nhid, nlayers, tie_weights=True):
        super(RNNModel, self).__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = [nn.LSTM(ninp if l == 0 else nhid, nhid if l != nlayers - 1 else
                             (ninp if tie_weights else nhid), 1) for l in range(nlayers)]
        self.rnns = nn.ModuleList(self.rnns)
        self.decoder = nn.Linear(ninp if tie_weights else nhid, ntoken)
        self.ninp = ninp
        self.nhid = nhid
        self.nlayers = nlayers
        self.tie_weights = tie_weights

    def forward(self, input, hidden):
        emb = self.encoder(input)
        raw_output = emb
        new_hidden = []
        for l, rnn in enumerate(self.rnns):
            raw_output, new_h = rnn(raw_output, hidden[l])
            new_hidden.append(new_h)
        return self.decoder(raw_output), new_hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters()).data
        return [(weight.new(1, bsz, self.nhid if l != self.nlayers - 1 else
                            (self.ninp if self.tie_weights else self.nhid)).zero_(),
                 weight.new(1, bsz, self.nhid if l != self.nlayers - 1 else
                            (self.ninp if self.tie_weights else self.nhid)).zero_())
                for l in range(self.nlayers)]


parser = argparse.ArgumentParser(description='PyTorch PennTreeBank RNN/LSTM Language Model')
parser.add_argument('--emsize', type=int, default=16, help='size of word embeddings')
parser.add_argument('--nhid', type=int, default=24, help='number of hidden units per layer')
parser.add_argument('--nlayers', type=int, default=3, help='number of layers')
parser.add_argument('--batch_size', type=int, default=4, metavar='N', help='batch size')
parser.add_argument('--bptt', type=int, default=7, help='sequence length')

eval_batch_size = 2


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h) if isinstance(h, tuple) else [repackage_hidden(v) for v in h]


def train(model, train_data, source_sampler, target_sampler, batch_size):
    model.train()
    hidden = model.init_hidden(batch_size)
    for source_sample, target_sample in zip(source_sampler, target_sampler):
        data = torch.stack([train_data[i] for i in source_sample]).t_().contiguous()
        targets = torch.stack([train_data[i] for i in target_sample]).t_().contiguous().view(-1)
        hidden = repackage_hidden(hidden)
        output, hidden = model(data, hidden)


def evaluate(model, data_source, source_sampler, target_sampler, batch_size=10):
    model.eval()
    total_loss = 0
    hidden = model.init_hidden(batch_size)
    for source_sample, target_sample in zip(source_sampler, target_sampler):
        data = torch.stack([data_source[i] for i in source_sample])  # fix: transpose to (bptt, batch) as train() does: .t_().contiguous()
        targets = torch.stack([data_source[i] for i in target_sample]).view(-1)
        with torch.no_grad():
            output, hidden = model(data, hidden)
        hidden = repackage_hidden(hidden)
    return total_loss


def probe():
    args = parser.parse_args([])
    ntokens = 50
    train_data = torch.randint(0, ntokens, (400,))
    val_data = torch.randint(0, ntokens, (120,))
    train_source_sampler = BPTTBatchSampler(train_data, args.bptt, args.batch_size, True, 'source')
    train_target_sampler = BPTTBatchSampler(train_data, args.bptt, args.batch_size, True, 'target')
    val_source_sampler = BPTTBatchSampler(val_data, args.bptt, eval_batch_size, True, 'source')
    val_target_sampler = BPTTBatchSampler(val_data, args.bptt, eval_batch_size, True, 'target')
    model = RNNModel('LSTM', ntokens, args.emsize, args.nhid, args.nlayers)
    train(model, train_data, train_source_sampler, train_target_sampler, args.batch_size)
    evaluate(model, val_data, val_source_sampler, val_target_sampler, eval_batch_size)


if __name__ == "__main__":
    probe()

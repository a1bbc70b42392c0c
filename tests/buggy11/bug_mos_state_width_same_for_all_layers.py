"""BUG (one edit to the correct file): init_hidden gives every layer nhid, but the last LSTM is nhidlast wide.

Mixture of Softmaxes LM: one single-layer LSTM per layer in a ModuleList, the last one
narrower (nhidlast), with an init_hidden that gives each layer its own width.

source: zihangdai/mos@9c0c6089bc1041ccb64657c7b5603294df60d0a7 model.py
"""
import torch
import torch.nn as nn
from torch.autograd import Variable


class RNNModel(nn.Module):

    def __init__(self, rnn_type, ntoken, ninp, nhid, nhidlast, nlayers, n_experts=10):
        super(RNNModel, self).__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnns = [torch.nn.LSTM(ninp if l == 0 else nhid, nhid if l != nlayers - 1 else nhidlast, 1, dropout=0) for l in range(nlayers)]
        self.rnns = torch.nn.ModuleList(self.rnns)
        self.prior = nn.Linear(nhidlast, n_experts, bias=False)
        self.latent = nn.Sequential(nn.Linear(nhidlast, n_experts*ninp), nn.Tanh())
        self.decoder = nn.Linear(ninp, ntoken)
        self.ninp = ninp
        self.nhid = nhid
        self.nhidlast = nhidlast
        self.nlayers = nlayers
        self.n_experts = n_experts
        self.ntoken = ntoken

    def forward(self, input, hidden):
        batch_size = input.size(1)
        raw_output = self.encoder(input)
        new_hidden = []
        for l, rnn in enumerate(self.rnns):
            raw_output, new_h = rnn(raw_output, hidden[l])
            new_hidden.append(new_h)
        output = raw_output
        latent = self.latent(output)
        logit = self.decoder(latent.view(-1, self.ninp))
        prior_logit = self.prior(output).contiguous().view(-1, self.n_experts)
        prior = nn.functional.softmax(prior_logit, -1)
        prob = nn.functional.softmax(logit.view(-1, self.ntoken), -1).view(-1, self.n_experts, self.ntoken)
        prob = (prob * prior.unsqueeze(2).expand_as(prob)).sum(1)
        return torch.log(prob.add_(1e-8)).view(-1, batch_size, self.ntoken), new_hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters()).data
        return [(Variable(weight.new(1, bsz, self.nhid).zero_()),  # expect: LC009
                 Variable(weight.new(1, bsz, self.nhid).zero_()))
                for l in range(self.nlayers)]


def probe():
    model = RNNModel('LSTM', 10, 12, 16, 8, 3)
    input = Variable(torch.LongTensor(13, 9).random_(0, 10))
    hidden = model.init_hidden(9)
    model(input, hidden)

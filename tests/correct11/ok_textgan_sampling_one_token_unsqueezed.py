"""TextGAN's LSTM generator: init_hidden's batch defaults to a config value but sample() passes
its own, and the one-token input of each sampling step (1-D) is embedded and unsqueezed to a
length-1 batch-first sequence; the output is flattened to (batch*len, hidden_dim).

source: williamSYSU/TextGAN-PyTorch@7ff8909e92fe01160275a6d62a34ffdfcc018bca models/generator.py
"""
import torch
import torch.nn as nn


class cfg:
    batch_size = 64
    start_letter = 1


class LSTMGenerator(nn.Module):

    def __init__(self, embedding_dim, hidden_dim, vocab_size, max_seq_len, padding_idx, gpu=False):
        super(LSTMGenerator, self).__init__()
        self.name = 'vanilla'
        self.hidden_dim = hidden_dim
        self.max_seq_len = max_seq_len
        self.vocab_size = vocab_size
        self.padding_idx = padding_idx
        self.gpu = gpu
        self.embeddings = nn.Embedding(vocab_size, embedding_dim, padding_idx=padding_idx)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True)
        self.lstm2out = nn.Linear(hidden_dim, vocab_size)
        self.softmax = nn.LogSoftmax(dim=-1)

    def forward(self, inp, hidden, need_hidden=False):
        emb = self.embeddings(inp)
        if len(inp.size()) == 1:
            emb = emb.unsqueeze(1)
        out, hidden = self.lstm(emb, hidden)
        out = out.contiguous().view(-1, self.hidden_dim)
        out = self.lstm2out(out)
        pred = self.softmax(out)
        if need_hidden:
            return pred, hidden
        else:
            return pred

    def sample(self, num_samples, batch_size, start_letter=cfg.start_letter):
        num_batch = num_samples // batch_size + 1 if num_samples != batch_size else 1
        samples = torch.zeros(num_batch * batch_size, self.max_seq_len).long()
        for b in range(num_batch):
            hidden = self.init_hidden(batch_size)
            inp = torch.LongTensor([start_letter] * batch_size)
            for i in range(self.max_seq_len):
                out, hidden = self.forward(inp, hidden, need_hidden=True)
                next_token = torch.multinomial(torch.exp(out), 1)
                samples[b * batch_size:(b + 1) * batch_size, i] = next_token.view(-1)
                inp = next_token.view(-1)
        return samples[:num_samples]

    def init_hidden(self, batch_size=cfg.batch_size):
        h = torch.zeros(1, batch_size, self.hidden_dim)
        c = torch.zeros(1, batch_size, self.hidden_dim)
        if self.gpu:
            return h.cuda(), c.cuda()
        else:
            return h, c


def probe():
    gen = LSTMGenerator(32, 32, 500, 20, 0)
    with torch.no_grad():
        gen.sample(40, 16)
        gen(torch.randint(0, 500, (cfg.batch_size, 20)), gen.init_hidden())

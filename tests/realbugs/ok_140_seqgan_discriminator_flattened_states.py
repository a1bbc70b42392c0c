# source: https://github.com/suragnair/seqGAN/blob/ae8ffcd54977bd9ee177994c751f86d34f5f7aa3/discriminator.py
"""suragnair/seqGAN at ae8ffcd (discriminator.py, main.py), correct: the discriminator runs a
2-layer bidirectional nn.GRU over time-major embeddings and classifies from the final hidden state
of every layer and direction: init_hidden builds (2*2*1, batch, hidden_dim), the GRU returns h_n of
(4, batch, hidden_dim), which is permuted to (batch, 4, hidden_dim) and flattened to
4*hidden_dim, the in_features of gru2hidden (`nn.Linear(2*2*hidden_dim, hidden_dim)`). The state
is rebuilt from `inp.size()[0]` on every call, so the shorter slices of the training loop fit, and
dropout=0.2 goes to a 2-layer GRU. Generator and oracle samples are replaced by random token ids;
main.py's discriminator loop is kept in short form."""
from math import ceil

import torch
import torch.autograd as autograd
import torch.nn as nn
import torch.optim as optim

VOCAB_SIZE = 500
MAX_SEQ_LEN = 20
BATCH_SIZE = 32
POS_NEG_SAMPLES = 50
DIS_EMBEDDING_DIM = 64
DIS_HIDDEN_DIM = 64
CUDA = False


class Discriminator(nn.Module):

    def __init__(self, embedding_dim, hidden_dim, vocab_size, max_seq_len, gpu=False, dropout=0.2):
        super(Discriminator, self).__init__()
        self.hidden_dim = hidden_dim
        self.embedding_dim = embedding_dim
        self.max_seq_len = max_seq_len
        self.gpu = gpu

        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.gru = nn.GRU(embedding_dim, hidden_dim, num_layers=2, bidirectional=True, dropout=dropout)
        self.gru2hidden = nn.Linear(2*2*hidden_dim, hidden_dim)
        self.dropout_linear = nn.Dropout(p=dropout)
        self.hidden2out = nn.Linear(hidden_dim, 1)

    def init_hidden(self, batch_size):
        h = autograd.Variable(torch.zeros(2*2*1, batch_size, self.hidden_dim))

        if self.gpu:
            return h.cuda()
        else:
            return h

    def forward(self, input, hidden):
        # input dim                                                # batch_size x seq_len
        emb = self.embeddings(input)                               # batch_size x seq_len x embedding_dim
        emb = emb.permute(1, 0, 2)                                 # seq_len x batch_size x embedding_dim
        _, hidden = self.gru(emb, hidden)                          # 4 x batch_size x hidden_dim
        hidden = hidden.permute(1, 0, 2).contiguous()              # batch_size x 4 x hidden_dim
        out = self.gru2hidden(hidden.view(-1, 4*self.hidden_dim))  # batch_size x 4*hidden_dim
        out = torch.tanh(out)
        out = self.dropout_linear(out)
        out = self.hidden2out(out)                                 # batch_size x 1
        out = torch.sigmoid(out)
        return out

    def batchClassify(self, inp):
        h = self.init_hidden(inp.size()[0])
        out = self.forward(inp, h)
        return out.view(-1)

    def batchBCELoss(self, inp, target):
        loss_fn = nn.BCELoss()
        h = self.init_hidden(inp.size()[0])
        out = self.forward(inp, h)
        return loss_fn(out, target)


# main.py train_discriminator, with generator samples replaced by random sequences
def train_discriminator(discriminator, dis_opt, real_data_samples, fake_samples, d_steps, epochs):
    dis_inp = torch.cat((real_data_samples, fake_samples), 0)
    dis_target = torch.cat((torch.ones(POS_NEG_SAMPLES), torch.zeros(POS_NEG_SAMPLES)), 0)
    perm = torch.randperm(dis_target.size(0))
    dis_inp, dis_target = dis_inp[perm], dis_target[perm]
    for d_step in range(d_steps):
        for epoch in range(epochs):
            total_loss = 0
            for i in range(0, 2 * POS_NEG_SAMPLES, BATCH_SIZE):
                inp, target = dis_inp[i:i + BATCH_SIZE], dis_target[i:i + BATCH_SIZE]
                dis_opt.zero_grad()
                out = discriminator.batchClassify(inp)
                loss_fn = nn.BCELoss()
                loss = loss_fn(out, target)
                loss.backward()
                dis_opt.step()
                total_loss += loss.data.item()
            total_loss /= ceil(2 * POS_NEG_SAMPLES / float(BATCH_SIZE))
    return total_loss


def probe():
    dis = Discriminator(DIS_EMBEDDING_DIM, DIS_HIDDEN_DIM, VOCAB_SIZE, MAX_SEQ_LEN, gpu=CUDA)
    dis_optimizer = optim.Adagrad(dis.parameters())
    real = torch.randint(0, VOCAB_SIZE, (POS_NEG_SAMPLES, MAX_SEQ_LEN))
    fake = torch.randint(0, VOCAB_SIZE, (POS_NEG_SAMPLES, MAX_SEQ_LEN))
    # 100 sequences in batches of 32: the last slice holds 4
    loss = train_discriminator(dis, dis_optimizer, real, fake, 1, 1)
    assert loss > 0
    assert dis.batchClassify(real[:5]).shape == (5,)


if __name__ == "__main__":
    probe()

# source: https://github.com/jeffy129/multi_cner/blob/a451a1c4d5ef1e75555aaccd2b4b486b4ead0730/multitask_ner_0.py
"""jeffy129/multi_cner (multitask_ner_0.py, a notebook exported to a script): correct. The
encoder's initial states are made from the constructor's batch_size, (2 * num_layers, batch_size,
hidden), and every training batch comes from generate_batch(..., batch_size) with that same
batch_size, sampled with replacement, so no batch is short; the test loop builds its own
(2 * num_layers, 1, hidden) states for one sentence at a time. Inputs are packed batch-first
ELMo vectors (1024 wide), the packed output is padded back, and the decoder's multi-head
attention and heads take hidden_size * 2. Run with the notebook's two-layer sizes (smaller);
ELMo vectors are random, the CRF loss is a cross-entropy stand-in."""
import random

import torch
from torch import nn

device = torch.device('cpu')


def generate_batch(seqs_set, seq_cats_label, batch_size, embedding_dim):
    batch_units_i = [random.randrange(len(seqs_set)) for _ in range(batch_size)]
    seqs = [seqs_set[i] for i in batch_units_i]
    batch_cats = [seq_cats_label[u] for u in batch_units_i]

    len_units = torch.LongTensor([len(u) for u in seqs])

    seq_tensor = torch.zeros((batch_size, int(len_units.max()), embedding_dim), dtype=torch.float).to(device)
    mask = torch.zeros((batch_size, int(len_units.max())), dtype=torch.long).to(device)
    for idx, (seq, seqlen) in enumerate(zip(seqs, len_units)):
        seq_tensor[idx, :seqlen] = torch.randn(int(seqlen), embedding_dim)
        mask[idx, :seqlen] = 1
    sorted_len_units, perm_idx = len_units.sort(0, descending=True)
    seq_tensor = seq_tensor[perm_idx]
    mask = mask[perm_idx]
    sorted_batch_cats = [batch_cats[idx] for idx in perm_idx]
    packed_input = nn.utils.rnn.pack_padded_sequence(seq_tensor, sorted_len_units, batch_first=True)
    return seq_tensor, sorted_batch_cats, sorted_len_units, packed_input, mask


class BiLSTMEncoder(nn.Module):
    def __init__(self, input_size, hidden_size, batch_size=1, num_layers = 1, bi=True):
        super(BiLSTMEncoder,self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.lstm = nn.LSTM(input_size=self.input_size,
                            hidden_size=self.hidden_size,
                            num_layers=self.num_layers,
                            dropout=0.5,
                            batch_first=True,bidirectional=bi)
        self.linear = nn.Linear(self.hidden_size*2,self.output_size)
    def forward(self,inp,hn):
        lstm_out,(hn_,st_) = self.lstm(inp,hn)
        lstm_out = nn.utils.rnn.pad_packed_sequence(lstm_out,batch_first=True)
        return lstm_out[0],hn_,st_
    def initH0C0(self):
        return (torch.zeros((2*self.num_layers,self.batch_size,self.hidden_size),dtype=torch.float32,device=device),
                torch.zeros((2*self.num_layers,self.batch_size,self.hidden_size),dtype=torch.float32,device=device))


class BiLSTMDecoder(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, max_len,batch_size=1, num_layers = 1, bi=True):
        super(BiLSTMDecoder,self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.num_layers = num_layers
        self.batch_size = batch_size
        self.max_len = max_len
        self.mutihead_attention = nn.MultiheadAttention(self.input_size,num_heads = 2)
        self.linear = nn.Linear(self.hidden_size*2,self.output_size)
        self.seg_linear = nn.Linear(self.hidden_size*2,2)
        self.softmax = nn.LogSoftmax(dim=2)
    def forward(self,encoder_outputs,hn,batch_cats,mask):
        x = encoder_outputs.permute(1,0,2)
        attn_output, attn_output_weights = self.mutihead_attention(x,x,x)
        z = attn_output.permute(1,0,2)
        decoder_ipts  = nn.functional.relu(z)

        fc_out = self.linear(decoder_ipts)
        seg_weights = self.seg_linear(decoder_ipts)
        out = fc_out.argmax(-1)
        seg_out = self.softmax(seg_weights)
        labels = torch.zeros_like(mask)
        for i, cats in enumerate(batch_cats):
            labels[i, :len(cats)] = torch.tensor(cats)
        loss = nn.functional.cross_entropy(fc_out.reshape(-1, self.output_size), labels.reshape(-1))
        return out,seg_out,loss


def run(train_seqs, train_labels, embedding_dim, hidden_size, batch_size, num_layers, n_iters=2):
    encoder = BiLSTMEncoder(embedding_dim,hidden_size,batch_size=batch_size,num_layers=num_layers).to(device=device)
    decoder = BiLSTMDecoder(hidden_size*2,hidden_size,output_size,max_len=max_len,batch_size=batch_size,num_layers=num_layers).to(device=device)
    params = list(encoder.parameters()) + list(decoder.parameters())
    optimizer = torch.optim.Adam(params, lr=1e-3)
    for iiter in range(n_iters):
        seq_tensor,batch_cats,sorted_len_units,packed_input,mask = generate_batch(train_seqs,train_labels,batch_size,embedding_dim)
        h0c0 = encoder.initH0C0()
        eout,hn,st = encoder(packed_input.to(device=device),h0c0)
        crf_out,seg_out,loss = decoder(eout,(hn,st),batch_cats,mask)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()

    encoder = encoder.eval()
    decoder = decoder.eval()
    for idx, xs in enumerate(train_seqs[:2]):
        x = torch.randn((1,len(xs),embedding_dim)).to(device)
        mask = torch.ones((1,len(xs)),dtype=torch.long).to(device)
        x = nn.utils.rnn.pack_padded_sequence(x, torch.tensor([x.shape[1]]), batch_first=True)
        h0c0 = (torch.zeros((2*num_layers,1,hidden_size),dtype=torch.float32,device=device),
                torch.zeros((2*num_layers,1,hidden_size),dtype=torch.float32,device=device))
        eout,hn,st = encoder(x.to(device=device),h0c0)
        decoder(eout,(hn,st),[train_labels[idx]],mask)


labels = ['O', 'B-test', 'I-test', 'E-test', 'S-test']
output_size = len(labels)
max_len = 12


def probe():
    random.seed(0)
    torch.manual_seed(0)
    train_seqs = [['w'] * n for n in (5, 7, 3, 9, 4, 6)]
    train_labels = [[i % output_size for i in range(len(s))] for s in train_seqs]
    run(train_seqs, train_labels, embedding_dim=16, hidden_size=6, batch_size=3, num_layers=2)


if __name__ == "__main__":
    probe()

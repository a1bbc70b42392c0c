# source: https://github.com/ExplorerFreda/Structured-Self-Attentive-Sentence-Embedding/issues/6
"""Structured-Self-Attentive-Sentence-Embedding (models.py, train.py): the BiLSTM is built
without batch_first and fed the embedding of `inp` directly. Issue #6 asked whether the batch
and time dims were swapped; they are not: package() transposes the padded (batch, len) ids with
.t() before the model sees them, so the LSTM gets (len, batch, ninp), init_hidden makes
(nlayers * 2, bsz, nhid) states, and the attention transposes the output back to batch first.
The config dict carries the sizes; the classifier head is nhid * 2 * hops wide."""
import torch
import torch.nn as nn


class BiLSTM(nn.Module):
    def __init__(self, config):
        super(BiLSTM, self).__init__()
        self.drop = nn.Dropout(config['dropout'])
        self.encoder = nn.Embedding(config['ntoken'], config['ninp'])
        self.bilstm = nn.LSTM(config['ninp'], config['nhid'], config['nlayers'], dropout=config['dropout'],
                              bidirectional=True)
        self.nlayers = config['nlayers']
        self.nhid = config['nhid']
        self.pooling = config['pooling']

    def forward(self, inp, hidden):
        emb = self.drop(self.encoder(inp))
        outp = self.bilstm(emb, hidden)[0]
        if self.pooling == 'mean':
            outp = torch.mean(outp, 0).squeeze()
        elif self.pooling == 'max':
            outp = torch.max(outp, 0)[0].squeeze()
        elif self.pooling == 'all' or self.pooling == 'all-word':
            outp = torch.transpose(outp, 0, 1).contiguous()
        return outp, emb

    def init_hidden(self, bsz):
        weight = next(self.parameters()).data
        return (weight.new(self.nlayers * 2, bsz, self.nhid).zero_(),
                weight.new(self.nlayers * 2, bsz, self.nhid).zero_())


class SelfAttentiveEncoder(nn.Module):
    def __init__(self, config):
        super(SelfAttentiveEncoder, self).__init__()
        self.bilstm = BiLSTM(config)
        self.drop = nn.Dropout(config['dropout'])
        self.ws1 = nn.Linear(config['nhid'] * 2, config['attention-unit'], bias=False)
        self.ws2 = nn.Linear(config['attention-unit'], config['attention-hops'], bias=False)
        self.tanh = nn.Tanh()
        self.softmax = nn.Softmax(dim=1)
        self.pad_idx = config['pad_idx']
        self.attention_hops = config['attention-hops']

    def forward(self, inp, hidden):
        outp = self.bilstm.forward(inp, hidden)[0]
        size = outp.size()  # [bsz, len, nhid*2]
        compressed_embeddings = outp.view(-1, size[2])
        transformed_inp = torch.transpose(inp, 0, 1).contiguous()  # [bsz, len]
        transformed_inp = transformed_inp.view(size[0], 1, size[1])
        concatenated_inp = torch.cat([transformed_inp for _ in range(self.attention_hops)], 1)
        hbar = self.tanh(self.ws1(self.drop(compressed_embeddings)))
        alphas = self.ws2(hbar).view(size[0], size[1], -1)
        alphas = torch.transpose(alphas, 1, 2).contiguous()  # [bsz, hop, len]
        penalized_alphas = alphas + (-10000 * (concatenated_inp == self.pad_idx).float())
        alphas = self.softmax(penalized_alphas.view(-1, size[1]))
        alphas = alphas.view(size[0], self.attention_hops, size[1])
        return torch.bmm(alphas, outp), alphas

    def init_hidden(self, bsz):
        return self.bilstm.init_hidden(bsz)


class Classifier(nn.Module):
    def __init__(self, config):
        super(Classifier, self).__init__()
        if config['pooling'] == 'mean' or config['pooling'] == 'max':
            self.encoder = BiLSTM(config)
            self.fc = nn.Linear(config['nhid'] * 2, config['nfc'])
        elif config['pooling'] == 'all':
            self.encoder = SelfAttentiveEncoder(config)
            self.fc = nn.Linear(config['nhid'] * 2 * config['attention-hops'], config['nfc'])
        else:
            raise Exception('Error when initializing Classifier')
        self.drop = nn.Dropout(config['dropout'])
        self.tanh = nn.Tanh()
        self.pred = nn.Linear(config['nfc'], config['class-number'])

    def forward(self, inp, hidden):
        outp, attention = self.encoder.forward(inp, hidden)
        outp = outp.view(outp.size(0), -1)
        fc = self.tanh(self.fc(self.drop(outp)))
        return self.pred(self.drop(fc)), attention

    def init_hidden(self, bsz):
        return self.encoder.init_hidden(bsz)


def package(data, pad_idx=0):
    """train.py: pad a list of id lists and return (len, batch) ids, as the LSTM wants them."""
    maxlen = max(len(x) for x in data)
    dat = [x + [pad_idx] * (maxlen - len(x)) for x in data]
    return torch.LongTensor(dat).t()


def probe():
    config = {'dropout': 0.5, 'ntoken': 300, 'ninp': 100, 'nhid': 300 // 5, 'nlayers': 2,
              'attention-unit': 35, 'attention-hops': 4, 'nfc': 64, 'pooling': 'all',
              'class-number': 5, 'pad_idx': 0}
    model = Classifier(config)
    batch = [[int(t) for t in torch.randint(1, 300, (n,))] for n in (7, 12, 9)]
    data = package(batch)
    hidden = model.init_hidden(data.size(1))
    output, attention = model.forward(data, hidden)
    nn.CrossEntropyLoss()(output, torch.tensor([0, 3, 1])).backward()


if __name__ == "__main__":
    probe()

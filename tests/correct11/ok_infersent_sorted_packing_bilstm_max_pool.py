"""InferSent: sentences sorted by length (numpy in the original, torch.sort here), packed (sequence first), encoded by a
one-layer bidirectional LSTM, unsorted and max-pooled to 2*enc_lstm_dim; the NLI classifier
takes [u, v, |u-v|, u*v], 4 * 2 * enc_lstm_dim.

source: facebookresearch/InferSent@31eede6b3543571951276cbbf7040b4f8479985a models.py
"""
import torch
import torch.nn as nn


class InferSent(nn.Module):

    def __init__(self, config):
        super(InferSent, self).__init__()
        self.bsize = config['bsize']
        self.word_emb_dim = config['word_emb_dim']
        self.enc_lstm_dim = config['enc_lstm_dim']
        self.pool_type = config['pool_type']
        self.dpout_model = config['dpout_model']
        self.enc_lstm = nn.LSTM(self.word_emb_dim, self.enc_lstm_dim, 1,
                                bidirectional=True, dropout=self.dpout_model)

    def forward(self, sent_tuple):
        sent, sent_len = sent_tuple
        sent_len_sorted, idx_sort = torch.sort(sent_len, descending=True)
        idx_unsort = torch.argsort(idx_sort)
        sent = sent.index_select(1, idx_sort)
        sent_packed = nn.utils.rnn.pack_padded_sequence(sent, sent_len_sorted)
        sent_output = self.enc_lstm(sent_packed)[0]
        sent_output = nn.utils.rnn.pad_packed_sequence(sent_output)[0]
        sent_output = sent_output.index_select(1, idx_unsort)
        emb = torch.max(sent_output, 0)[0]
        return emb


class NLINet(nn.Module):
    def __init__(self, config):
        super(NLINet, self).__init__()
        self.encoder = InferSent(config)
        self.inputdim = 4 * 2 * config['enc_lstm_dim']
        self.classifier = nn.Sequential(nn.Linear(self.inputdim, config['fc_dim']),
                                        nn.Linear(config['fc_dim'], config['n_classes']))

    def forward(self, s1, s2):
        u = self.encoder(s1)
        v = self.encoder(s2)
        features = torch.cat((u, v, torch.abs(u - v), u * v), 1)
        return self.classifier(features)


def probe():
    config = {'bsize': 64, 'word_emb_dim': 300, 'enc_lstm_dim': 64, 'pool_type': 'max',
              'dpout_model': 0.0, 'fc_dim': 32, 'n_classes': 3}
    net = NLINet(config)
    s1 = (torch.randn(9, 4, 300), torch.tensor([9, 4, 7, 2]))
    s2 = (torch.randn(6, 4, 300), torch.tensor([3, 6, 5, 6]))
    net(s1, s2)

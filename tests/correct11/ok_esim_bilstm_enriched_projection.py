"""ESIM: a bidirectional encoder (2*hidden), four-way enhancement [a; b; a-b; a*b] into a
Linear of 4*2*hidden, a composition BiLSTM taking hidden, and a classifier on the avg and max
pools of both sentences (2*4*hidden).

source: coetaur0/ESIM@65611601ff9f17f76e1f246e8e46b5fc4bee13fc esim/model.py, esim/layers.py
"""
import torch
import torch.nn as nn


class Seq2SeqEncoder(nn.Module):
    def __init__(self, rnn_type, input_size, hidden_size, num_layers=1, bias=True,
                 dropout=0.0, bidirectional=False):
        assert issubclass(rnn_type, nn.RNNBase)
        super(Seq2SeqEncoder, self).__init__()
        self._encoder = rnn_type(input_size, hidden_size, num_layers=num_layers, bias=bias,
                                 batch_first=True, dropout=dropout, bidirectional=bidirectional)

    def forward(self, sequences_batch):
        outputs, _ = self._encoder(sequences_batch, None)
        return outputs


class ESIM(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_size, num_classes=3, dropout=0.5):
        super(ESIM, self).__init__()
        self.hidden_size = hidden_size
        self._word_embedding = nn.Embedding(vocab_size, embedding_dim)
        self._encoding = Seq2SeqEncoder(nn.LSTM, embedding_dim, self.hidden_size, bidirectional=True)
        self._projection = nn.Sequential(nn.Linear(4*2*self.hidden_size, self.hidden_size), nn.ReLU())
        self._composition = Seq2SeqEncoder(nn.LSTM, self.hidden_size, self.hidden_size, bidirectional=True)
        self._classification = nn.Sequential(nn.Dropout(p=dropout),
                                             nn.Linear(2*4*self.hidden_size, self.hidden_size),
                                             nn.Tanh(),
                                             nn.Linear(self.hidden_size, num_classes))

    def forward(self, premises, hypotheses):
        encoded_premises = self._encoding(self._word_embedding(premises))
        encoded_hypotheses = self._encoding(self._word_embedding(hypotheses))
        similarity = encoded_premises.bmm(encoded_hypotheses.transpose(2, 1).contiguous())
        attended_premises = torch.softmax(similarity, -1).bmm(encoded_hypotheses)
        attended_hypotheses = torch.softmax(similarity.transpose(1, 2), -1).bmm(encoded_premises)
        enhanced_premises = torch.cat([encoded_premises, attended_premises,
                                       encoded_premises - attended_premises,
                                       encoded_premises * attended_premises], dim=-1)
        enhanced_hypotheses = torch.cat([encoded_hypotheses, attended_hypotheses,
                                         encoded_hypotheses - attended_hypotheses,
                                         encoded_hypotheses * attended_hypotheses], dim=-1)
        projected_premises = self._projection(enhanced_premises)
        projected_hypotheses = self._projection(enhanced_hypotheses)
        v_ai = self._composition(projected_premises)
        v_bj = self._composition(projected_hypotheses)
        v_a_avg = v_ai.mean(dim=1)
        v_b_avg = v_bj.mean(dim=1)
        v_a_max, _ = v_ai.max(dim=1)
        v_b_max, _ = v_bj.max(dim=1)
        v = torch.cat([v_a_avg, v_a_max, v_b_avg, v_b_max], dim=1)
        return self._classification(v)


def probe():
    ESIM(100, 30, 20)(torch.randint(0, 100, (4, 9)), torch.randint(0, 100, (4, 7)))

"""VQA question encoder: the embedded question is packed with batch_first=True and fed to an
LSTM built without batch_first (a PackedSequence carries its own layout), and the final cell
state c, squeezed, is the question feature concatenated with the glimpses.

source: Cyanogenoid/pytorch-vqa@8ff1afa630659d7add8d38e692718c2bc2fcae0d model.py
"""
import torch
import torch.nn as nn
import torch.nn.init as init
from torch.nn.utils.rnn import pack_padded_sequence


class TextProcessor(nn.Module):
    def __init__(self, embedding_tokens, embedding_features, lstm_features, drop=0.0):
        super(TextProcessor, self).__init__()
        self.embedding = nn.Embedding(embedding_tokens, embedding_features, padding_idx=0)
        self.drop = nn.Dropout(drop)
        self.tanh = nn.Tanh()
        self.lstm = nn.LSTM(input_size=embedding_features,
                            hidden_size=lstm_features,
                            num_layers=1)
        self.features = lstm_features
        self._init_lstm(self.lstm.weight_ih_l0)
        self._init_lstm(self.lstm.weight_hh_l0)
        self.lstm.bias_ih_l0.data.zero_()
        self.lstm.bias_hh_l0.data.zero_()
        init.xavier_uniform_(self.embedding.weight)

    def _init_lstm(self, weight):
        for w in weight.chunk(4, 0):
            init.xavier_uniform_(w)

    def forward(self, q, q_len):
        embedded = self.embedding(q)
        tanhed = self.tanh(self.drop(embedded))
        packed = pack_padded_sequence(tanhed, q_len, batch_first=True)
        _, (_, c) = self.lstm(packed)
        return c.squeeze(0)


class Net(nn.Module):
    def __init__(self, embedding_tokens, vision_features=2048, max_answers=100):
        super(Net, self).__init__()
        question_features = 1024
        glimpses = 2
        self.text = TextProcessor(embedding_tokens=embedding_tokens, embedding_features=300,
                                  lstm_features=question_features, drop=0.5)
        self.classifier = nn.Linear(glimpses * vision_features + question_features, max_answers)

    def forward(self, v, q, q_len):
        q = self.text(q, list(q_len.data))
        combined = torch.cat([v, q], dim=1)
        return self.classifier(combined)


def probe():
    net = Net(1000, vision_features=64)
    net(torch.randn(3, 2 * 64), torch.randint(1, 1000, (3, 14)), torch.tensor([14, 9, 4]))

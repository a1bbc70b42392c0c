# source: https://github.com/Tencent/NeuralNLP-NeuralClassifier/blob/3d4ddffa6304da32c25f74001c0c056922c4ba22/model/rnn.py
# rule: LC002
# torch: TypeError: RNNBase.__init__() got an unexpected keyword argument 'vnonlinearity'
"""Tencent/NeuralNLP-NeuralClassifier at 3d4ddff (model/rnn.py, model/classification/textrnn.py,
model/layers.py, conf/train.json): the RNN wrapper builds nn.LSTM, nn.GRU or nn.RNN by the
config's `rnn_type` ("GRU" in conf/train.json; the RNNType class also offers "LSTM" and "RNN").
Its nn.RNN branch passes `vnonlinearity=nonlinearity`, a typo for `nonlinearity`, so choosing
"RNN" for TextRNN fails when the model is built (that branch also drops num_layers). Published
since the first commit (2019) and still at HEAD; unreported. Confirmed with torch on the
project's own path: TextRNN from conf/train.json with `"rnn_type": "RNN"`. A fix spells the
keyword `nonlinearity=`. The json config is given as nested namespaces, Classifier (the base
with the token embedding) is trimmed, forward reads token features only, and init_tensor is left
out of SumAttention."""
import json
from types import SimpleNamespace

import torch


class Type(object):
    @classmethod
    def str(cls):
        raise NotImplementedError


# model/rnn.py
class RNNType(Type):
    RNN = 'RNN'
    LSTM = 'LSTM'
    GRU = 'GRU'

    @classmethod
    def str(cls):
        return ",".join([cls.RNN, cls.LSTM, cls.GRU])


class RNN(torch.nn.Module):
    """
    One layer rnn.
    """

    def __init__(self, input_size, hidden_size, num_layers=1,
                 nonlinearity="tanh", bias=True, batch_first=False, dropout=0,
                 bidirectional=False, rnn_type=RNNType.GRU):
        super(RNN, self).__init__()
        self.rnn_type = rnn_type
        self.num_layers = num_layers
        self.batch_first = batch_first
        self.bidirectional = bidirectional
        if rnn_type == RNNType.LSTM:
            self.rnn = torch.nn.LSTM(
                input_size, hidden_size, num_layers=num_layers, bias=bias,
                batch_first=batch_first, dropout=dropout,
                bidirectional=bidirectional)
        elif rnn_type == RNNType.GRU:
            self.rnn = torch.nn.GRU(
                input_size, hidden_size, num_layers=num_layers, bias=bias,
                batch_first=batch_first, dropout=dropout,
                bidirectional=bidirectional)
        elif rnn_type == RNNType.RNN:
            self.rnn = torch.nn.RNN(
                input_size, hidden_size, vnonlinearity=nonlinearity, bias=bias,  # fix: input_size, hidden_size, num_layers=num_layers, nonlinearity=nonlinearity, bias=bias,
                batch_first=batch_first, dropout=dropout,
                bidirectional=bidirectional)
        else:
            raise TypeError(
                "Unsupported rnn init type: %s. Supported rnn type is: %s" % (
                    rnn_type, RNNType.str()))

    def forward(self, inputs, seq_lengths=None, init_state=None,
                ori_state=False):
        if seq_lengths is not None:
            seq_lengths = seq_lengths.int()
            sorted_seq_lengths, indices = torch.sort(seq_lengths,
                                                     descending=True)
            if self.batch_first:
                sorted_inputs = inputs[indices]
            else:
                sorted_inputs = inputs[:, indices]
            packed_inputs = torch.nn.utils.rnn.pack_padded_sequence(
                sorted_inputs, sorted_seq_lengths.cpu(), batch_first=self.batch_first)
            outputs, state = self.rnn(packed_inputs, init_state)
        else:
            outputs, state = self.rnn(inputs, init_state)

        if ori_state:
            return outputs, state
        if self.rnn_type == RNNType.LSTM:
            state = state[0]
        if self.bidirectional:
            last_layers_hn = state[2 * (self.num_layers - 1):]
            last_layers_hn = torch.cat(
                (last_layers_hn[0], last_layers_hn[1]), 1)
        else:
            last_layers_hn = state[self.num_layers - 1:]
            last_layers_hn = last_layers_hn[0]

        _, revert_indices = torch.sort(indices, descending=False)
        last_layers_hn = last_layers_hn[revert_indices]
        pad_output, _ = torch.nn.utils.rnn.pad_packed_sequence(
            outputs, batch_first=self.batch_first)
        if self.batch_first:
            pad_output = pad_output[revert_indices]
        else:
            pad_output = pad_output[:, revert_indices]
        return pad_output, last_layers_hn


# model/layers.py
class SumAttention(torch.nn.Module):
    """
    Reference: Hierarchical Attention Networks for Document Classification
    """

    def __init__(self, input_dimension, attention_dimension, device, dropout=0):
        super(SumAttention, self).__init__()
        self.attention_matrix = \
            torch.nn.Linear(input_dimension, attention_dimension).to(device)
        self.attention_vector = torch.nn.Linear(attention_dimension, 1, bias=False).to(device)
        self.dropout = torch.nn.Dropout(p=dropout)

    def forward(self, inputs):
        if inputs.size(1) == 1:
            return self.dropout(inputs.squeeze())
        u = torch.tanh(self.attention_matrix(inputs))
        v = self.attention_vector(u)
        alpha = torch.nn.functional.softmax(v, 1).squeeze().unsqueeze(1)
        return self.dropout(torch.matmul(alpha, inputs).squeeze())


# model/classification/classifier.py (trimmed to the token embedding)
class Classifier(torch.nn.Module):
    def __init__(self, dataset, config):
        super(Classifier, self).__init__()
        self.config = config
        self.token_embedding = torch.nn.Embedding(len(dataset.token_map), config.embedding.dimension)


# model/classification/textrnn.py
class TextRNN(Classifier):
    """Implement TextRNN, contains LSTM，BiLSTM，GRU，BiGRU"""

    def __init__(self, dataset, config):
        super(TextRNN, self).__init__(dataset, config)
        self.doc_embedding_type = config.TextRNN.doc_embedding_type
        self.rnn = RNN(
            config.embedding.dimension, config.TextRNN.hidden_dimension,
            num_layers=config.TextRNN.num_layers, batch_first=True,
            bidirectional=config.TextRNN.bidirectional,
            rnn_type=config.TextRNN.rnn_type)
        hidden_dimension = config.TextRNN.hidden_dimension
        if config.TextRNN.bidirectional:
            hidden_dimension *= 2
        self.sum_attention = SumAttention(hidden_dimension,
                                          config.TextRNN.attention_dimension,
                                          config.device)
        self.linear = torch.nn.Linear(hidden_dimension, len(dataset.label_map))
        self.dropout = torch.nn.Dropout(p=config.train.hidden_layer_dropout)

    def forward(self, batch):
        embedding = self.token_embedding(batch["doc_token"].to(self.config.device))
        length = batch["doc_token_len"].to(self.config.device)
        output, last_hidden = self.rnn(embedding, length)
        if self.doc_embedding_type == "Attention":
            doc_embedding = self.sum_attention(output)
        else:
            doc_embedding = last_hidden
        return self.dropout(self.linear(doc_embedding))


# conf/train.json (the parts TextRNN reads), with "rnn_type" set to "RNN"
CONF = """{
  "device": "cpu",
  "train": {"hidden_layer_dropout": 0.5},
  "embedding": {"type": "embedding", "dimension": 64},
  "TextRNN": {
    "hidden_dimension": 64,
    "rnn_type": "RNN",
    "num_layers": 1,
    "doc_embedding_type": "Attention",
    "attention_dimension": 16,
    "bidirectional": true
  }
}"""


def probe():
    config = json.loads(CONF, object_hook=lambda d: SimpleNamespace(**d))
    dataset = SimpleNamespace(token_map={'w%d' % i: i for i in range(30)},
                              label_map={'sports': 0, 'finance': 1, 'tech': 2})
    model = TextRNN(dataset, config)
    batch = {"doc_token": torch.randint(0, 30, (4, 12)),
             "doc_token_len": torch.tensor([12, 9, 7, 3])}
    logits = model(batch)
    assert logits.shape == (4, 3)


if __name__ == "__main__":
    probe()

# source: https://github.com/songyingxin/Bert-TextClassification/issues/16
"""Bert-TextClassification's BertLSTM: a batch_first bidirectional LSTM over the encoder's token
states, then torch.cat((hidden[-2], hidden[-1]), dim=1) into nn.Linear(rnn_hidden_size * 2, ...).
Reported as "with batch_first=True, hidden is [batch, num_layers*num_directions, hidden], so it
should be hidden[:, -2] and hidden[:, -1]"; the reporter then found that batch_first does not
touch h_n: the last layer's forward and backward states are rows -2 and -1. (BertModel is stood
in for by an embedding of the same width.)"""
import torch
import torch.nn as nn


class BertStandIn(nn.Module):
    def __init__(self, vocab_size, hidden_size):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, hidden_size)

    def forward(self, input_ids, token_type_ids=None, attention_mask=None):
        encoded = self.embeddings(input_ids)
        return encoded, encoded[:, 0]


class BertLSTM(nn.Module):
    def __init__(self, config, num_labels, rnn_hidden_size, num_layers, bidirectional, dropout):
        super(BertLSTM, self).__init__()
        self.num_labels = num_labels
        self.bert = BertStandIn(config["vocab_size"], config["hidden_size"])
        self.dropout = nn.Dropout(config["hidden_dropout_prob"])
        self.rnn = nn.LSTM(config["hidden_size"], rnn_hidden_size, num_layers,
                           bidirectional=bidirectional, batch_first=True, dropout=dropout)
        self.classifier = nn.Linear(rnn_hidden_size * 2, num_labels)

    def forward(self, input_ids, token_type_ids=None, attention_mask=None, labels=None):
        encoded_layers, _ = self.bert(input_ids, token_type_ids, attention_mask)
        encoded_layers = self.dropout(encoded_layers)
        # encoded_layers: [batch_size, seq_len, bert_dim]
        _, (hidden, cell) = self.rnn(encoded_layers)
        # hidden: [num_layers * 2, batch_size, rnn_hidden_size], batch_first or not
        hidden = self.dropout(torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1))
        logits = self.classifier(hidden)
        if labels is not None:
            return nn.CrossEntropyLoss()(logits.view(-1, self.num_labels), labels.view(-1))
        return logits


def probe():
    config = {"vocab_size": 100, "hidden_size": 24, "hidden_dropout_prob": 0.1}
    model = BertLSTM(config, num_labels=3, rnn_hidden_size=16, num_layers=2, bidirectional=True,
                     dropout=0.2)
    logits = model(torch.randint(0, 100, (4, 11)))
    assert logits.shape == (4, 3)


if __name__ == "__main__":
    probe()

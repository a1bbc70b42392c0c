# source: https://github.com/lemonhu/NER-BERT-pytorch/issues/31
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (16x64 and 32x7)
"""BERT-LSTM-CRF for NER: the BiLSTM over BERT's tokens is bidirectional with
lstm_hidden_size per direction, but the token classifier takes lstm_hidden_size features:
mat1 and mat2 shapes cannot be multiplied (tokens x 2048 and 1024 x labels) in the report."""
import torch
import torch.nn as nn


class Config:
    hidden_size = 32  # BERT's hidden size
    num_labels = 7
    lstm_embedding_size = 32
    lstm_hidden_size = 32
    lstm_dropout_prob = 0.5


class BertNER(nn.Module):
    def __init__(self, config):
        super(BertNER, self).__init__()
        self.num_labels = config.num_labels
        self.bert_embeddings = nn.Embedding(100, config.hidden_size)  # stands in for BertModel
        self.dropout = nn.Dropout(0.1)
        self.bilstm = nn.LSTM(
            input_size=config.lstm_embedding_size,
            hidden_size=config.lstm_hidden_size,
            batch_first=True,
            num_layers=2,
            dropout=config.lstm_dropout_prob,
            bidirectional=True,
        )
        self.classifier = nn.Linear(config.lstm_hidden_size, config.num_labels)  # fix: the BiLSTM gives lstm_hidden_size * 2 features

    def forward(self, input_ids):
        sequence_output = self.dropout(self.bert_embeddings(input_ids))
        lstm_output, _ = self.bilstm(sequence_output)
        logits = self.classifier(lstm_output)
        return logits


def probe():
    model = BertNER(Config())
    model(torch.randint(0, 100, (2, 8)))


if __name__ == "__main__":
    probe()

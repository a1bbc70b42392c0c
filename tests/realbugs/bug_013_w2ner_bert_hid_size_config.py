# source: https://github.com/ljynlp/W2NER/issues/52
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 768, got 1024
"""W2NER: the BiLSTM over BERT's output is sized by config.bert_hid_size = 768 from the
config file, but the user switched to a large BERT whose hidden size is 1024."""
import torch
import torch.nn as nn

CONFIG = {
    "bert_name": "bert-large-cased",
    "bert_hid_size": 768,  # fix: 1024 for a large BERT
    "lstm_hid_size": 64,
    "dropout": 0.5,
}


class Config:
    def __init__(self, values):
        for key, value in values.items():
            setattr(self, key, value)


class FakeBert(nn.Module):
    """Stands in for AutoModel.from_pretrained(config.bert_name): a large BERT's 1024 features."""

    def __init__(self, vocab_size=100, hidden_size=1024):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, hidden_size)

    def forward(self, input_ids):
        return (self.embeddings(input_ids),)


class Model(nn.Module):
    def __init__(self, config):
        super(Model, self).__init__()
        self.bert = FakeBert()
        lstm_input_size = config.bert_hid_size
        self.encoder = nn.LSTM(lstm_input_size, config.lstm_hid_size // 2, num_layers=1,
                               batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(config.dropout)

    def forward(self, bert_inputs):
        bert_embs = self.bert(bert_inputs)[0]
        word_reps, _ = self.encoder(self.dropout(bert_embs))
        return word_reps


def probe():
    config = Config(CONFIG)
    model = Model(config)
    model(torch.randint(0, 100, (2, 9)))


if __name__ == "__main__":
    probe()

# source: https://github.com/bentrevett/pytorch-sentiment-analysis/issues/87
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 8, 32), got [1, 64, 32]
"""BERT embeddings into an LSTM classifier adapted from a text-classification repository (the
classifier as posted in the thread): the states are built from the batch_size given to the
constructor (BATCH_SIZE), but the iterator's last batch holds the remaining reviews (here 8), so
the LSTM gets a 64-wide state for an 8-wide batch."""
import torch
import torch.nn as nn
from torch.autograd import Variable

BATCH_SIZE = 64
HIDDEN_DIM = 32
OUTPUT_DIM = 2


class TinyBertConfig:
    def to_dict(self):
        return {"hidden_size": 24, "num_attention_heads": 2}


class TinyBert(nn.Module):
    """Stands in for BertModel.from_pretrained('bert-base-uncased'): (last_hidden_state, pooled)."""

    def __init__(self, vocab_size=100):
        super().__init__()
        self.config = TinyBertConfig()
        self.embeddings = nn.Embedding(vocab_size, self.config.to_dict()["hidden_size"])

    def forward(self, input_ids):
        hidden = self.embeddings(input_ids)
        return hidden, hidden[:, 0]


class LSTMClassifier(nn.Module):
    def __init__(self, batch_size, output_size, hidden_size, bert):
        super(LSTMClassifier, self).__init__()
        self.bert = bert
        self.batch_size = batch_size
        self.output_size = output_size
        self.hidden_size = hidden_size
        embedding_dim = bert.config.to_dict()['hidden_size']
        self.lstm = nn.LSTM(embedding_dim, hidden_size)
        self.label = nn.Linear(hidden_size, output_size)

    def forward(self, input_sentence, batch_size=None):
        with torch.no_grad():
            embedded = self.bert(input_sentence)[0]
        input = embedded.permute(1, 0, 2)
        if batch_size is None:
            h_0 = Variable(torch.zeros(1, self.batch_size, self.hidden_size))  # fix: size the states from the batch, input.size(1)
            c_0 = Variable(torch.zeros(1, self.batch_size, self.hidden_size))
        else:
            h_0 = Variable(torch.zeros(1, batch_size, self.hidden_size))
            c_0 = Variable(torch.zeros(1, batch_size, self.hidden_size))
        output, (final_hidden_state, final_cell_state) = self.lstm(input, (h_0, c_0))
        return self.label(final_hidden_state[-1])


def batches(n_reviews, batch_size, seq_len=20):
    """Stands in for BucketIterator: full batches, then the remainder."""
    for start in range(0, n_reviews, batch_size):
        yield torch.randint(0, 100, (min(batch_size, n_reviews - start), seq_len))


def train(model, n_reviews):
    for text in batches(n_reviews, BATCH_SIZE):
        predictions = model(text).squeeze(1)
    return predictions


def probe():
    bert = TinyBert()
    model = LSTMClassifier(BATCH_SIZE, OUTPUT_DIM, HIDDEN_DIM, bert)
    train(model, n_reviews=136)


if __name__ == "__main__":
    probe()

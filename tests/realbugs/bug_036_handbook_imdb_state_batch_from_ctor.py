# source: https://github.com/miyamotok0105/pytorch_handbook/issues/11
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 32, 16), got [1, 8, 16]
"""The handbook's IMDB classifier builds (h0, c0) from the batch_size given to its constructor;
the iterator's batch size is written separately as 32, so with batch_size = 8 in the
hyperparameters the states no longer match the batches: Expected hidden[0] size (1, 32, 256),
got [1, 8, 256]."""
import torch
import torch.nn as nn

device = torch.device("cpu")

# hyperparameters
batch_size = 8
output_size = 2
hidden_size = 16
embedding_length = 12


class LstmClassifier(nn.Module):
    def __init__(self, batch_size, hidden_size, output_size, vocab_size, embedding_length,
                 weights):
        super(LstmClassifier, self).__init__()
        self.batch_size = batch_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.vocab_size = vocab_size
        self.embed = nn.Embedding(vocab_size, embedding_length)
        self.embed.weight.data.copy_(weights)
        self.lstm = nn.LSTM(embedding_length, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, output_size)

    def forward(self, x):
        x = self.embed(x)
        h0 = torch.zeros(1, self.batch_size, self.hidden_size).to(device)  # fix: the batch is x.size(0), not the constructor's batch_size
        c0 = torch.zeros(1, self.batch_size, self.hidden_size).to(device)
        output_seq, (h_n, c_n) = self.lstm(x, (h0, c0))
        out = self.fc(h_n[-1])
        return out


def bucket_iterator(n_batches, vocab_size):
    """Stands in for data.BucketIterator.splits(..., batch_size=32): 32 reviews of 20 tokens."""
    for _ in range(n_batches):
        yield torch.randint(0, vocab_size, (32, 20))


def probe():
    vocab_size = 50
    word_embeddings = torch.randn(vocab_size, embedding_length)
    net = LstmClassifier(batch_size, hidden_size, output_size, vocab_size, embedding_length,
                         word_embeddings)
    for text in bucket_iterator(1, vocab_size):
        if text.size()[0] != 32:
            continue
        net(text)


if __name__ == "__main__":
    probe()

# source: https://github.com/prakashpandey9/Text-Classification-Pytorch/issues/7
"""The text-classification repo's RNN model feeds nn.Linear(4 * hidden_size, ...): readers asked
why 4. Its RNN is bidirectional with two layers, and the head reads all four final states of h_n,
permuted to batch-first and flattened: (batch, 2 * 2 * hidden_size)."""
import torch
import torch.nn as nn
from torch.autograd import Variable


class RNN(nn.Module):
    def __init__(self, batch_size, output_size, hidden_size, vocab_size, embedding_length,
                 weights):
        super(RNN, self).__init__()
        self.batch_size = batch_size
        self.output_size = output_size
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.embedding_length = embedding_length
        self.word_embeddings = nn.Embedding(vocab_size, embedding_length)
        self.word_embeddings.weight = nn.Parameter(weights, requires_grad=False)
        self.rnn = nn.RNN(embedding_length, hidden_size, num_layers=2, bidirectional=True)
        self.label = nn.Linear(4 * hidden_size, output_size)

    def forward(self, input_sentences, batch_size=None):
        input = self.word_embeddings(input_sentences)
        input = input.permute(1, 0, 2)
        if batch_size is None:
            h_0 = Variable(torch.zeros(4, self.batch_size, self.hidden_size))  # 4 = num_layers*num_directions
        else:
            h_0 = Variable(torch.zeros(4, batch_size, self.hidden_size))
        output, h_n = self.rnn(input, h_0)
        # h_n.size() = (4, batch_size, hidden_size)
        h_n = h_n.permute(1, 0, 2)  # h_n.size() = (batch_size, 4, hidden_size)
        h_n = h_n.contiguous().view(h_n.size()[0], h_n.size()[1] * h_n.size()[2])
        # h_n.size() = (batch_size, 4*hidden_size)
        logits = self.label(h_n)
        return logits


def probe():
    vocab_size, embedding_length = 50, 12
    model = RNN(batch_size=6, output_size=2, hidden_size=16, vocab_size=vocab_size,
                embedding_length=embedding_length, weights=torch.randn(vocab_size, embedding_length))
    assert model(torch.randint(0, vocab_size, (6, 20))).shape == (6, 2)
    assert model(torch.randint(0, vocab_size, (3, 20)), batch_size=3).shape == (3, 2)


if __name__ == "__main__":
    probe()

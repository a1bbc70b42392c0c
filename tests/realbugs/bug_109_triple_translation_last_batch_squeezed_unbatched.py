# source: https://github.com/YueLiu/NeuralTripleTranslation/issues/2
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""NeuralTripleTranslation (baselines/lstm_classifier.py and main.py): the baseline classifier
makes its states from inputs.size(0) and runs a batch_first LSTM. Training fails "in the 1st
epoch after a few batches" with "input must have 3 dimensions, got 2": the batcher stacks
(1, seq_len) samples and squeezes the result, which for the last batch of a single example also
drops the batch dim. The LSTM then sees a 2-D input (unbatched in torch 2.x) with states built
for a batch of seq_len."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.autograd import Variable


class BiLSTM(nn.Module):
    def __init__(self, embedding_dim, hidden_size, num_layers, vocab_size, num_classes, dropout):
        super(BiLSTM, self).__init__()
        self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 1
        self.lstm = nn.LSTM(input_size=embedding_dim, hidden_size=hidden_size, num_layers=num_layers,
                            batch_first=True, bidirectional=False)
        self.fc1 = nn.Linear(hidden_size * self.num_directions, 64)
        self.fc2 = nn.Linear(64, num_classes)
        self.dropout = nn.Dropout(p=dropout)

    def forward(self, inputs, seq_lengths):
        batch_size = inputs.size(0)
        inputs = self.word_embeds(inputs)

        # Set initial states
        h0 = Variable(torch.zeros(self.num_layers * self.num_directions, batch_size, self.hidden_size))
        c0 = Variable(torch.zeros(self.num_layers * self.num_directions, batch_size, self.hidden_size))

        # Forward propagate RNN
        outputs, _ = self.lstm(inputs, (h0, c0))

        # Decode hidden state of last time step
        outputs = F.relu(self.fc1(outputs[:, -1, :]))
        outputs = self.dropout(outputs)
        return self.fc2(outputs)


def batch_iter(samples, labels, batch_size):
    for start in range(0, len(samples), batch_size):
        inputs = torch.stack(samples[start:start + batch_size]).squeeze()  # fix: squeeze(1): a last batch of one example keeps its batch dim
        targets = torch.tensor(labels[start:start + batch_size])
        lengths = [inputs.size(-1)] * targets.size(0)
        yield inputs, targets, lengths


class Experiment:
    def __init__(self, args, samples, labels):
        self.args = args
        self.samples = samples
        self.labels = labels
        self.model = BiLSTM(args.embedding_dim, args.hidden_size, args.num_layers, args.vocab_size,
                            args.num_classes, args.dropout)

    def train(self, learning_rate=0.01):
        optimizer = torch.optim.SGD(self.model.parameters(), lr=learning_rate)
        criterion = nn.CrossEntropyLoss()
        for inputs, targets, seq_lengths in batch_iter(self.samples, self.labels, self.args.batch_size):
            outputs = self.model(inputs, seq_lengths)
            loss = criterion(outputs, targets)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--embedding_dim", type=int, default=12)
    parser.add_argument("--hidden_size", type=int, default=16)
    parser.add_argument("--num_layers", type=int, default=1)
    parser.add_argument("--vocab_size", type=int, default=60)
    parser.add_argument("--num_classes", type=int, default=4)
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--batch_size", type=int, default=4)
    args = parser.parse_args(argv)
    samples = [torch.randint(0, args.vocab_size, (1, 7)) for _ in range(9)]
    labels = [int(torch.randint(0, args.num_classes, ())) for _ in range(9)]
    experiment = Experiment(args, samples, labels)
    experiment.train(learning_rate=0.01)


def probe():
    main([])


if __name__ == "__main__":
    probe()

# source: https://github.com/spro/char-rnn.pytorch/commit/25f9c0aab625d7740a8b11852121bb09988cdafa
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 100, got 128
"""char-rnn.pytorch (model.py, train.py, helpers.py), "Enhancing RNN type retrieval" then
"Fixing `input_size`": the two branches nn.GRU(hidden_size, ...) / nn.LSTM(hidden_size, ...)
became one getattr(nn, rnn_type)(input_size=input_size, ...), where input_size is CharRNN's first
argument, the vocabulary (n_characters = len(string.printable) = 100), while the layer is fed the
character Embedding's hidden_size-wide vectors. With the default --hidden_size 100 the two agree
by coincidence; any other size fails. (The commit also named rnn_type without defining it; here
it is taken from the model name so the size error is the one torch reports.)"""
import argparse
import random
import string

import torch
import torch.nn as nn

# helpers.py
all_characters = string.printable
n_characters = len(all_characters)


def char_tensor(text):
    tensor = torch.zeros(len(text)).long()
    for c in range(len(text)):
        tensor[c] = all_characters.index(text[c])
    return tensor


# model.py
class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, model="gru", n_layers=1):
        super(CharRNN, self).__init__()
        self.model = model.lower()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        rnn_type = model.upper()

        self.encoder = nn.Embedding(input_size, hidden_size)
        self.rnn = getattr(nn, rnn_type)(input_size=input_size, hidden_size=hidden_size, num_layers=n_layers)  # fix: input_size=hidden_size, the Embedding's width
        self.decoder = nn.Linear(hidden_size, output_size)

    def forward(self, input, hidden):
        batch_size = input.size(0)
        encoded = self.encoder(input)
        output, hidden = self.rnn(encoded.view(1, batch_size, -1), hidden)
        output = self.decoder(output.view(batch_size, -1))
        return output, hidden

    def init_hidden(self, batch_size):
        if self.model == "lstm":
            return (torch.zeros(self.n_layers, batch_size, self.hidden_size),
                    torch.zeros(self.n_layers, batch_size, self.hidden_size))
        return torch.zeros(self.n_layers, batch_size, self.hidden_size)


# train.py
def parse_args(argv):
    argparser = argparse.ArgumentParser()
    argparser.add_argument('--model', type=str, default="gru")
    argparser.add_argument('--n_epochs', type=int, default=2)
    argparser.add_argument('--hidden_size', type=int, default=100)
    argparser.add_argument('--n_layers', type=int, default=2)
    argparser.add_argument('--learning_rate', type=float, default=0.01)
    argparser.add_argument('--chunk_len', type=int, default=20)
    argparser.add_argument('--batch_size', type=int, default=16)
    return argparser.parse_args(argv)


def random_training_set(file, chunk_len, batch_size):
    inp = torch.LongTensor(batch_size, chunk_len)
    target = torch.LongTensor(batch_size, chunk_len)
    for bi in range(batch_size):
        start_index = random.randint(0, len(file) - chunk_len - 1)
        chunk = file[start_index:start_index + chunk_len + 1]
        inp[bi] = char_tensor(chunk[:-1])
        target[bi] = char_tensor(chunk[1:])
    return inp, target


def run(args, file):
    decoder = CharRNN(n_characters, args.hidden_size, n_characters, model=args.model, n_layers=args.n_layers)
    decoder_optimizer = torch.optim.Adam(decoder.parameters(), lr=args.learning_rate)
    criterion = nn.CrossEntropyLoss()

    def train(inp, target):
        hidden = decoder.init_hidden(args.batch_size)
        decoder.zero_grad()
        loss = 0
        for c in range(args.chunk_len):
            output, hidden = decoder(inp[:, c], hidden)
            loss += criterion(output.view(args.batch_size, -1), target[:, c])
        loss.backward()
        decoder_optimizer.step()
        return loss.item() / args.chunk_len

    for epoch in range(1, args.n_epochs + 1):
        train(*random_training_set(file, args.chunk_len, args.batch_size))
    return decoder


def probe():
    random.seed(0)
    text = "the quick brown fox jumps over the lazy dog. " * 20
    run(parse_args(['--hidden_size', '128']), text)


if __name__ == "__main__":
    probe()

# source: https://github.com/BluOyster29/LT2316_a1/blob/59c74e5f15df26902acf99634058ff1c3461135c/train.py
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 6, 16), got [2, 8, 16]
"""BluOyster29/LT2316_a1 (language identification by characters: GRUNetwork.py, pre_process.py,
train.py, config.py): train() makes the GRU state once per epoch, h = model.init_hidden(batch_size)
with the batch size from config.json, and feeds each batch's final state to the next batch
(h = h.data; out, h = model(x, h)). pre_process.py builds the DataLoader with that batch size
(-B), shuffle=True and no drop_last, over 100 prefixes of each of 500 sentences per language, so
the epoch ends on a short batch whenever -B does not divide the example count: the README's runs
use batch 200 (500,000 examples for ten languages), but `-B 64` fails at the last batch. Not
reported; torch confirms it with eight-example batches over 30 examples. Fix: a fresh state for
each batch from its own size (or drop_last=True). WiLI paragraphs are replaced by random
character ids."""
import argparse

import torch
from torch import nn
from torch.optim import Adam
from torch.utils.data import DataLoader, Dataset


# GRUNetwork.py
class RNN_GRU(nn.Module):
    def __init__(self, vocab_size, seq_len, input_size, hidden_size, num_layers, output_size, device, dropout=0.0):
        super().__init__()
        self.num_layers = num_layers
        self.seq_len = seq_len
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.device = device
        self.emb = nn.Embedding(vocab_size, input_size).to(device)
        self.gru = nn.GRU(input_size, hidden_size,
                          num_layers=self.num_layers, batch_first=True, dropout=dropout).to(device)
        self.fc = nn.Linear(hidden_size * seq_len, output_size).to(device)

    def forward(self, sequence, hidden_layer):
        output = self.emb(sequence)
        output, hidden_layer = self.gru(output, hidden_layer)
        output = output.contiguous().view(-1, self.hidden_size *
                                          len(sequence[0]))
        output = self.fc(output)
        return output, hidden_layer

    def init_hidden(self, batch_size):
        return torch.zeros(self.num_layers, batch_size, self.hidden_size).float().to(self.device)


# LangIdentDataset.py
class RTDataset(Dataset):
    def __init__(self, train_x, train_y):
        self.train_x = train_x
        self.train_y = train_y

    def __getitem__(self, index):
        return (self.train_x[index], self.train_y[index])

    def __len__(self):
        return len(self.train_x)


# config.py
def gen_config():
    return {'vocab_size': int(),
            'sequence_length': 100,
            'batch_size': 1,
            'input_size': 100,
            'hidden_size': 256,
            'number_layers': 2,
            'output_size': 10,
            'device': str(),
            'languages': list()}


# pre_process.py
def build_data(x, y, lang2int, vocab, seq_len):
    '''Each sentence becomes seq_len examples: its first 1, 2, ... characters, padded.'''
    labels = []
    vectors = []
    for sample, label in zip(x, y):
        encoded = [vocab.get(ch, vocab['<niv>']) for ch in sample][:seq_len]
        for i in range(1, seq_len + 1):
            vector = encoded[:i] + [0] * (seq_len - min(i, len(encoded)))
            vectors.append(torch.tensor(vector[:seq_len]))
            labels.append(lang2int[label])
    return torch.stack(vectors), torch.tensor(labels)


def pre_process(args, config, sentences, languages):
    vocab = {'<pad>': 0, '<niv>': 1}
    for sentence in sentences:
        for ch in sentence:
            vocab.setdefault(ch, len(vocab))
    lang2int = {lang: num for num, lang in enumerate(sorted(set(languages)))}
    train_data, train_labels = build_data(sentences, languages, lang2int, vocab, config['sequence_length'])
    config['batch_size'] = args.batch_size
    config['vocab_size'] = len(vocab)
    train_dataset = RTDataset(train_data, train_labels)
    train_loader = DataLoader(train_dataset, batch_size=args.batch_size, shuffle=True)
    return train_loader


# train.py
def train(model, train_loader, vocab_size, device, nr_of_epochs, batch_size, loss_mode):
    criterion = nn.CrossEntropyLoss()
    optimizer = Adam(model.parameters(), lr=0.001)
    model.train()
    model = model.to(device)
    epoch_nr = 0
    for epoch in range(nr_of_epochs):
        epoch_nr += 1
        epoch_loss = []
        h = model.init_hidden(batch_size)  # fix: a state for each batch's own size, h = model.init_hidden(x.size(0)), inside the loop
        for (x, y) in train_loader:
            x = x.to(device)
            y = y.to(device)
            optimizer.zero_grad()
            h = h.data
            out, h = model(x, h)
            num_chars = len(torch.nonzero(out))
            if loss_mode == 1:
                loss = criterion(out, y.long())
            elif loss_mode == 2:
                loss = criterion(out, y.long()) + num_chars
            else:
                loss = criterion(out, y.long()) * num_chars
            loss.backward()
            epoch_loss.append(loss.item())
            optimizer.step()

        avg_loss = sum(epoch_loss) / len(epoch_loss)
        print("Average loss at epoch %d: %.7f" % (epoch_nr, avg_loss))
    return model


def get_args(argv=None):
    parser = argparse.ArgumentParser(description="")
    parser.add_argument("-B", "--batch_size", dest='batch_size', type=int, default=1,
                        help="Define the batch size for training")
    parser.add_argument("-E", "--nr_epochs", dest='nr_epochs', type=int,
                        default=2, help="Define the number of training epochs")
    parser.add_argument("-L", "--loss_mode", dest='loss_mode', type=int,
                        help='Choose loss mode', default="1")
    return parser.parse_args(argv)


def main(argv=None, sentences=None, languages=None, config=None):
    args = get_args(argv)
    CONFIG = config or gen_config()
    device = 'cpu'
    CONFIG['device'] = device
    training = pre_process(args, CONFIG, sentences, languages)
    batch_size = CONFIG['batch_size']
    model = RNN_GRU(vocab_size=CONFIG['vocab_size'], seq_len=CONFIG['sequence_length'],
                    input_size=CONFIG['sequence_length'], hidden_size=CONFIG['hidden_size'],
                    num_layers=CONFIG['number_layers'], output_size=CONFIG['output_size'],
                    device=torch.device(device), dropout=0.0)
    return train(model, training, CONFIG['vocab_size'], device, args.nr_epochs, batch_size, args.loss_mode)


def probe():
    torch.manual_seed(0)
    config = gen_config()
    config.update(sequence_length=10, hidden_size=16, output_size=3)
    sentences = ["the cat sat on", "kot siedzi na", "katten satt pa"]
    main(["-B", "8", "-E", "1"], sentences, ["eng", "pol", "swe"], config)


if __name__ == "__main__":
    main()

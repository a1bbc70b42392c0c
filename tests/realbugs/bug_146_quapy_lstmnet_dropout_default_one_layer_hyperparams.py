# source: https://github.com/HLT-ISTI/QuaPy/blob/HEAD/quapy/classification/neural.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""QuaPy (quapy/classification/neural.py, classes LSTMnet and NeuralClassifierTrainer): LSTMnet
defaults to lstm_class_nlayers=1 and drop_p=0.5 and passes drop_p to nn.LSTM as well as to its own
nn.Dropout, so torch warns on every construction with the defaults (QuaPy's documentation builds
it as LSTMnet(vocabulary_size, n_classes)). The trainer rebuilds the network at each fit() from
the network's own hyperparameter dict, self.net.__class__(vocab_size, n_classes,
**self.learner_hyperparams), so the warning repeats there. The recurrent dropout should be
dropout=drop_p if lstm_class_nlayers > 1 else 0; the states come from the same dict
(opt['lstm_class_nlayers'], opt['hidden_size'], fixed in commit cb40b71)."""
from abc import ABCMeta, abstractmethod

import torch
import torch.nn.functional as F


class TextClassifierNet(torch.nn.Module, metaclass=ABCMeta):

    @abstractmethod
    def document_embedding(self, x):
        ...

    def forward(self, x):
        doc_embedded = self.document_embedding(x)
        return self.output(doc_embedded)

    def dimensions(self):
        return self.dim

    def xavier_uniform(self):
        for p in self.parameters():
            if p.dim() > 1 and p.requires_grad:
                torch.nn.init.xavier_uniform_(p)

    @abstractmethod
    def get_params(self):
        ...


class LSTMnet(TextClassifierNet):

    def __init__(self, vocabulary_size, n_classes, embedding_size=100, hidden_size=256, repr_size=100, lstm_class_nlayers=1,
                 drop_p=0.5):

        super().__init__()
        self.vocabulary_size_ = vocabulary_size
        self.n_classes = n_classes
        self.hyperparams={
            'embedding_size': embedding_size,
            'hidden_size': hidden_size,
            'repr_size': repr_size,
            'lstm_class_nlayers': lstm_class_nlayers,
            'drop_p': drop_p
        }

        self.word_embedding = torch.nn.Embedding(vocabulary_size, embedding_size)
        self.lstm = torch.nn.LSTM(embedding_size, hidden_size, lstm_class_nlayers, dropout=drop_p, batch_first=True)  # fix: dropout=drop_p if lstm_class_nlayers > 1 else 0
        self.dropout = torch.nn.Dropout(drop_p)

        self.dim = repr_size
        self.doc_embedder = torch.nn.Linear(hidden_size, self.dim)
        self.output = torch.nn.Linear(self.dim, n_classes)

    def __init_hidden(self, set_size):
        opt = self.hyperparams
        var_hidden = torch.zeros(opt['lstm_class_nlayers'], set_size, opt['hidden_size'])
        var_cell = torch.zeros(opt['lstm_class_nlayers'], set_size, opt['hidden_size'])
        if next(self.lstm.parameters()).is_cuda:
            var_hidden, var_cell = var_hidden.cuda(), var_cell.cuda()
        return var_hidden, var_cell

    def document_embedding(self, x):
        embedded = self.word_embedding(x)
        rnn_output, rnn_hidden = self.lstm(embedded, self.__init_hidden(x.size()[0]))
        abstracted = self.dropout(F.relu(rnn_hidden[0][-1]))
        abstracted = self.doc_embedder(abstracted)
        return abstracted

    def get_params(self):
        return self.hyperparams

    @property
    def vocabulary_size(self):
        return self.vocabulary_size_


class NeuralClassifierTrainer:

    def __init__(self, net: 'TextClassifierNet', lr=1e-3, weight_decay=0, epochs=1, batch_size=64):
        self.net = net
        self.vocab_size = self.net.vocabulary_size
        self.trainer_hyperparams = {'lr': lr, 'weight_decay': weight_decay, 'epochs': epochs, 'batch_size': batch_size}
        self.learner_hyperparams = self.net.get_params()

    def reset_net_params(self, vocab_size, n_classes):
        """Reinitialize the network parameters"""
        self.net = self.net.__class__(vocab_size, n_classes, **self.learner_hyperparams)
        self.net.xavier_uniform()

    def fit(self, instances, labels):
        opt = self.trainer_hyperparams
        self.reset_net_params(self.vocab_size, int(labels.max()) + 1)
        optim = torch.optim.Adam(self.net.parameters(), lr=opt['lr'], weight_decay=opt['weight_decay'])
        criterion = torch.nn.CrossEntropyLoss()
        self.net.train()
        for epoch in range(opt['epochs']):
            for start in range(0, len(instances), opt['batch_size']):
                xi, yi = instances[start:start + opt['batch_size']], labels[start:start + opt['batch_size']]
                optim.zero_grad()
                loss = criterion(self.net.forward(xi), yi)
                loss.backward()
                optim.step()
        return self


def probe():
    vocabulary_size, n_classes = 1000, 2
    net = LSTMnet(vocabulary_size, n_classes)
    learner = NeuralClassifierTrainer(net, epochs=1, batch_size=16)
    docs = torch.randint(1, vocabulary_size, (40, 30))
    labels = torch.randint(0, n_classes, (40,))
    learner.fit(docs, labels)


if __name__ == "__main__":
    probe()

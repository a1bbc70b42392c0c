# source: https://github.com/AnubhavGupta3377/Text-Classification-Models-Pytorch/blob/8571fe63040354919b4607bb986a8b0a4031969b/Model_RCNN/model.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.8 and num_layers=1
"""AnubhavGupta3377/Text-Classification-Models-Pytorch (Model_RCNN: config.py, model.py, train.py):
the RCNN's bidirectional LSTM is built from the Config class, num_layers=config.hidden_layers and
dropout=config.dropout_keep; config.py sets hidden_layers = 1 (and dropout_keep = 0.8, a keep
probability used as a drop probability), so the recurrent dropout is never applied and torch
warns each time train.py builds the model. Model_TextRNN's config, with the same LSTM call, has
hidden_layers = 2. Not reported (GDGVIT/quicktext copied the model with the same config). Fix:
no recurrent dropout for the one-layer LSTM (the nn.Dropout before the head stays). The AG News
torchtext iterators and GloVe vectors are replaced by random batches with the same interface."""
import sys
from collections import namedtuple

import torch
import torch.optim as optim
from torch import nn
from torch.nn import functional as F


# config.py
class Config(object):
    embed_size = 300
    hidden_layers = 1
    hidden_size = 64
    output_size = 4
    max_epochs = 15
    hidden_size_linear = 64
    lr = 0.5
    batch_size = 128
    seq_len = None  # Sequence length for RNN
    dropout_keep = 0.8


# model.py
class RCNN(nn.Module):
    def __init__(self, config, vocab_size, word_embeddings):
        super(RCNN, self).__init__()
        self.config = config

        # Embedding Layer
        self.embeddings = nn.Embedding(vocab_size, self.config.embed_size)
        self.embeddings.weight = nn.Parameter(word_embeddings, requires_grad=False)

        # Bi-directional LSTM for RCNN
        self.lstm = nn.LSTM(input_size = self.config.embed_size,
                            hidden_size = self.config.hidden_size,
                            num_layers = self.config.hidden_layers,
                            dropout = self.config.dropout_keep,  # fix: dropout = self.config.dropout_keep if self.config.hidden_layers > 1 else 0,
                            bidirectional = True)

        self.dropout = nn.Dropout(self.config.dropout_keep)

        # Linear layer to get "convolution output" to be passed to Pooling Layer
        self.W = nn.Linear(
            self.config.embed_size + 2*self.config.hidden_size,
            self.config.hidden_size_linear
        )

        # Tanh non-linearity
        self.tanh = nn.Tanh()

        # Fully-Connected Layer
        self.fc = nn.Linear(
            self.config.hidden_size_linear,
            self.config.output_size
        )

        # Softmax non-linearity
        self.softmax = nn.Softmax(dim=1)

    def forward(self, x):
        # x.shape = (seq_len, batch_size)
        embedded_sent = self.embeddings(x)
        # embedded_sent.shape = (seq_len, batch_size, embed_size)

        lstm_out, (h_n,c_n) = self.lstm(embedded_sent)
        # lstm_out.shape = (seq_len, batch_size, 2 * hidden_size)

        input_features = torch.cat([lstm_out,embedded_sent], 2).permute(1,0,2)
        # final_features.shape = (batch_size, seq_len, embed_size + 2*hidden_size)

        linear_output = self.tanh(
            self.W(input_features)
        )
        # linear_output.shape = (batch_size, seq_len, hidden_size_linear)

        linear_output = linear_output.permute(0,2,1) # Reshaping fot max_pool

        max_out_features = F.max_pool1d(linear_output, linear_output.shape[2]).squeeze(2)
        # max_out_features.shape = (batch_size, hidden_size_linear)

        max_out_features = self.dropout(max_out_features)
        final_out = self.fc(max_out_features)
        return self.softmax(final_out)

    def add_optimizer(self, optimizer):
        self.optimizer = optimizer

    def add_loss_op(self, loss_op):
        self.loss_op = loss_op

    def reduce_lr(self):
        print("Reducing LR")
        for g in self.optimizer.param_groups:
            g['lr'] = g['lr'] / 2

    def run_epoch(self, train_iterator, val_iterator, epoch):
        train_losses = []
        val_accuracies = []
        losses = []

        # Reduce learning rate as number of epochs increase
        if (epoch == int(self.config.max_epochs/3)) or (epoch == int(2*self.config.max_epochs/3)):
            self.reduce_lr()

        for i, batch in enumerate(train_iterator):
            self.optimizer.zero_grad()
            x = batch.text
            y = (batch.label - 1).type(torch.LongTensor)
            y_pred = self.__call__(x)
            loss = self.loss_op(y_pred, y)
            loss.backward()
            losses.append(loss.item())
            self.optimizer.step()

            if i % 100 == 0:
                print("Iter: {}".format(i+1))
                avg_train_loss = sum(losses) / len(losses)
                train_losses.append(avg_train_loss)
                losses = []
                val_accuracy = evaluate_model(self, val_iterator)
                val_accuracies.append(val_accuracy)
                self.train()

        return train_losses, val_accuracies


# utils.py (torchtext Field/BucketIterator over AG News and GloVe in the repository)
Batch = namedtuple("Batch", "text label")


class Dataset(object):
    def __init__(self, config):
        self.config = config
        self.train_iterator = None
        self.test_iterator = None
        self.val_iterator = None
        self.vocab = []
        self.word_embeddings = {}

    def load_data(self, w2v_file, train_file, test_file, val_file=None, n_batches=2, seq_len=12, vocab_size=50):
        self.vocab = list(range(vocab_size))
        self.word_embeddings = torch.randn(vocab_size, self.config.embed_size)

        def iterator():
            return [Batch(torch.randint(0, vocab_size, (seq_len, self.config.batch_size)),
                          torch.randint(1, self.config.output_size + 1, (self.config.batch_size,)))
                    for _ in range(n_batches)]
        self.train_iterator, self.val_iterator, self.test_iterator = iterator(), iterator(), iterator()


def evaluate_model(model, iterator):
    all_preds = []
    all_y = []
    for idx, batch in enumerate(iterator):
        x = batch.text
        y_pred = model(x)
        predicted = torch.max(y_pred.cpu().data, 1)[1] + 1
        all_preds.extend(predicted.tolist())
        all_y.extend(batch.label.tolist())
    return sum(int(p == y) for p, y in zip(all_preds, all_y)) / len(all_y)


# train.py
def main(argv, config=None):
    config = config or Config()
    train_file = '../data/ag_news.train'
    if len(argv) > 2:
        train_file = argv[1]
    test_file = '../data/ag_news.test'
    if len(argv) > 3:
        test_file = argv[2]

    w2v_file = '../data/glove.840B.300d.txt'

    dataset = Dataset(config)
    dataset.load_data(w2v_file, train_file, test_file)

    model = RCNN(config, len(dataset.vocab), dataset.word_embeddings)
    model.train()
    optimizer = optim.SGD(model.parameters(), lr=config.lr)
    NLLLoss = nn.NLLLoss()
    model.add_optimizer(optimizer)
    model.add_loss_op(NLLLoss)

    train_losses = []
    val_accuracies = []
    for i in range(config.max_epochs):
        print ("Epoch: {}".format(i))
        train_loss, val_accuracy = model.run_epoch(dataset.train_iterator, dataset.val_iterator, i)
        train_losses.append(train_loss)
        val_accuracies.append(val_accuracy)

    return evaluate_model(model, dataset.test_iterator)


def probe():
    config = Config()
    config.embed_size, config.hidden_size, config.hidden_size_linear = 12, 6, 5
    config.batch_size, config.max_epochs = 4, 1
    main([], config)


if __name__ == "__main__":
    main(sys.argv)

# source: https://github.com/bamtercelboo/cnn-lstm-bilstm-deepcnn-clstm-in-pytorch/blob/HEAD/models/model_BiGRU.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.75 and num_layers=1
"""cnn-lstm-bilstm-deepcnn-clstm-in-pytorch (models/model_BiGRU.py, Config/config.py,
Config/config.cfg): every hyperparameter comes from an INI file read by a ConfigParser subclass
whose properties convert each option (getint/getfloat/getboolean), and main.py adds the vocabulary
sizes as attributes before building the model the file selects. The shipped config selects BiGRU
with lstm_num_layers = 1 and dropout = 0.75, and the model passes that dropout to nn.GRU as well
as to its own nn.Dropout: torch warns that the GRU's dropout does nothing with one layer. The
config's dropout is meant for the embedding and the head; the GRU should only get it when
num_layers > 1."""
from configparser import ConfigParser

import torch
import torch.nn as nn
import torch.nn.functional as F

# Config/config.cfg (the parts the model reads)
CONFIG_CFG = """
[Data]
word_Embedding = False
shuffle = True

[Model]
LSTM = False
GRU = False
BiLSTM = False
BiGRU = True
embed_dim = 300
lstm_hidden_dim = 300
lstm_num_layers = 1
dropout = 0.75
dropout_embed = 0.75
init_weight = True
init_weight_value = 2.0

[Train]
batch_size = 16
"""


class myconf(ConfigParser):
    def __init__(self, defaults=None):
        ConfigParser.__init__(self, defaults=defaults)

    def optionxform(self, optionstr):
        return optionstr


class Configurable(myconf):
    def __init__(self, config_text):
        config = myconf()
        config.read_string(config_text)
        self._config = config

    @property
    def word_Embedding(self):
        return self._config.getboolean('Data', 'word_Embedding')

    @property
    def LSTM(self):
        return self._config.getboolean('Model', 'LSTM')

    @property
    def GRU(self):
        return self._config.getboolean('Model', 'GRU')

    @property
    def BiLSTM(self):
        return self._config.getboolean('Model', 'BiLSTM')

    @property
    def BiGRU(self):
        return self._config.getboolean('Model', 'BiGRU')

    @property
    def embed_dim(self):
        return self._config.getint("Model", "embed_dim")

    @property
    def lstm_hidden_dim(self):
        return self._config.getint("Model", "lstm_hidden_dim")

    @property
    def lstm_num_layers(self):
        return self._config.getint("Model", "lstm_num_layers")

    @property
    def dropout(self):
        return self._config.getfloat("Model", "dropout")

    @property
    def dropout_embed(self):
        return self._config.getfloat("Model", "dropout_embed")

    @property
    def batch_size(self):
        return self._config.getint("Train", "batch_size")


class BiGRU(nn.Module):

    def __init__(self, args):
        super(BiGRU, self).__init__()
        self.args = args
        self.hidden_dim = args.lstm_hidden_dim
        self.num_layers = args.lstm_num_layers
        V = args.embed_num
        D = args.embed_dim
        C = args.class_num
        self.embed = nn.Embedding(V, D, padding_idx=args.paddingId)
        # pretrained  embedding
        if args.word_Embedding:
            self.embed.weight.data.copy_(args.pretrained_weight)
        # gru
        self.bigru = nn.GRU(D, self.hidden_dim, dropout=args.dropout, num_layers=self.num_layers, bidirectional=True)  # fix: dropout=args.dropout if self.num_layers > 1 else 0
        # linear
        self.hidden2label = nn.Linear(self.hidden_dim * 2, C)
        #  dropout
        self.dropout = nn.Dropout(args.dropout)

    def forward(self, input):
        embed = self.embed(input)
        embed = self.dropout(embed)
        input = embed.view(len(input), embed.size(1), -1)
        # gru
        gru_out, _ = self.bigru(input)
        gru_out = torch.transpose(gru_out, 0, 1)
        gru_out = torch.transpose(gru_out, 1, 2)
        # pooling
        gru_out = F.max_pool1d(gru_out, gru_out.size(2)).squeeze(2)
        gru_out = torch.tanh(gru_out)
        # linear
        y = self.hidden2label(gru_out)
        logit = y
        return logit


def update_arguments(config, vocab_size, n_labels):
    config.embed_num = vocab_size
    config.class_num = n_labels
    config.paddingId = 1


def load_model(config):
    model = None
    if config.BiGRU:
        print("loading BiGRU model......")
        model = BiGRU(config)
    return model


def probe():
    config = Configurable(CONFIG_CFG)
    update_arguments(config, vocab_size=500, n_labels=2)
    model = load_model(config)
    feature = torch.randint(2, 500, (21, config.batch_size))  # torchtext: (seq_len, batch)
    target = torch.randint(0, 2, (config.batch_size,))
    loss = F.cross_entropy(model(feature), target)
    loss.backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/jiesutd/NCRFpp/blob/105a53a321eca9c1280037c473967858e01aaa43/model/wordsequence.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x800 and 400x5)
"""NCRF++ (model/wordsequence.py, model/sentclassifier.py, utils/data.py), sentence
classification (added in 6017bdd): WordSequence.sentence_representation turns the word BiLSTM's
final h into one vector per sentence with hidden[0].transpose(1, 0).contiguous().view(batch_size,
-1), which flattens every row of h_n: (lstm_layer * 2, batch, hidden_dim // 2) becomes
(batch, lstm_layer * hidden_dim). The classifier head is Linear(HP_hidden_dim, labels), so the
shipped demo.clf.config (lstm_layer=1) works and the documented lstm_layer=2 fails on the first
batch. The sizes travel from the config file through Data.read_config's HP_ attributes. Keeping
the last layer's two directions (hidden[0][-2:]) is the fix that keeps the head's size."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence

CLF_CONFIG = """### use # to comment out the configure item
sentence_classification=True
use_char=False
word_seq_feature=LSTM
word_emb_dim=50
hidden_dim=400
lstm_layer=2
bilstm=True
dropout=0.5
"""


def str2bool(string):
    return string in ("True", "true", "TRUE")


def config_text_to_dict(text):
    config = {}
    for line in text.splitlines():
        if len(line) > 0 and line[0] == "#":
            continue
        if "=" in line:
            pair = line.strip().split('#', 1)[0].split('=', 1)
            config[pair[0]] = pair[-1]
    return config


# utils/data.py
class Data:
    def __init__(self):
        self.sentence_classification = False
        self.use_char = True
        self.word_feature_extractor = "LSTM"
        self.word_emb_dim = 50
        self.feature_num = 0
        self.HP_hidden_dim = 200
        self.HP_dropout = 0.5
        self.HP_lstm_layer = 1
        self.HP_bilstm = True
        self.HP_gpu = False
        self.word_alphabet_size = 100
        self.label_alphabet_size = 5

    def read_config(self, config_text):
        config = config_text_to_dict(config_text)
        the_item = 'sentence_classification'
        if the_item in config:
            self.sentence_classification = str2bool(config[the_item])
        the_item = 'use_char'
        if the_item in config:
            self.use_char = str2bool(config[the_item])
        the_item = 'word_seq_feature'
        if the_item in config:
            self.word_feature_extractor = config[the_item]
        the_item = 'word_emb_dim'
        if the_item in config:
            self.word_emb_dim = int(config[the_item])
        the_item = 'hidden_dim'
        if the_item in config:
            self.HP_hidden_dim = int(config[the_item])
        the_item = 'dropout'
        if the_item in config:
            self.HP_dropout = float(config[the_item])
        the_item = 'lstm_layer'
        if the_item in config:
            self.HP_lstm_layer = int(config[the_item])
        the_item = 'bilstm'
        if the_item in config:
            self.HP_bilstm = str2bool(config[the_item])


# model/wordrep.py (word embeddings only: use_char=False, no features)
class WordRep(nn.Module):
    def __init__(self, data):
        super(WordRep, self).__init__()
        self.word_embedding = nn.Embedding(data.word_alphabet_size, data.word_emb_dim)
        self.drop = nn.Dropout(data.HP_dropout)

    def forward(self, word_inputs, feature_inputs, word_seq_lengths, char_inputs, char_seq_lengths, char_seq_recover):
        return self.drop(self.word_embedding(word_inputs))


# model/wordsequence.py
class WordSequence(nn.Module):
    def __init__(self, data):
        super(WordSequence, self).__init__()
        print("build word sequence feature extractor: %s..." % (data.word_feature_extractor))
        self.gpu = data.HP_gpu
        self.use_char = data.use_char
        self.droplstm = nn.Dropout(data.HP_dropout)
        self.bilstm_flag = data.HP_bilstm
        self.lstm_layer = data.HP_lstm_layer
        self.wordrep = WordRep(data)
        self.input_size = data.word_emb_dim
        self.feature_num = data.feature_num
        # The LSTM takes word embeddings as inputs, and outputs hidden states
        # with dimensionality hidden_dim.
        if self.bilstm_flag:
            lstm_hidden = data.HP_hidden_dim // 2
        else:
            lstm_hidden = data.HP_hidden_dim

        self.word_feature_extractor = data.word_feature_extractor
        if self.word_feature_extractor == "GRU":
            self.lstm = nn.GRU(self.input_size, lstm_hidden, num_layers=self.lstm_layer, batch_first=True, bidirectional=self.bilstm_flag)
        elif self.word_feature_extractor == "LSTM":
            self.lstm = nn.LSTM(self.input_size, lstm_hidden, num_layers=self.lstm_layer, batch_first=True, bidirectional=self.bilstm_flag)
        # The linear layer that maps from hidden state space to tag space
        self.hidden2tag = nn.Linear(data.HP_hidden_dim, data.label_alphabet_size)

    def sentence_representation(self, word_inputs, feature_inputs, word_seq_lengths, char_inputs, char_seq_lengths, char_seq_recover):
        word_represent = self.wordrep(word_inputs, feature_inputs, word_seq_lengths, char_inputs, char_seq_lengths, char_seq_recover)
        ## word_embs (batch_size, seq_len, embed_size)
        batch_size = word_inputs.size(0)
        packed_words = pack_padded_sequence(word_represent, word_seq_lengths.cpu(), True)
        hidden = None
        lstm_out, hidden = self.lstm(packed_words, hidden)
        ## lstm_out (seq_len, seq_len, hidden_size)
        ## feature_out (batch_size, hidden_size)
        feature_out = hidden[0].transpose(1,0).contiguous().view(batch_size,-1)  # fix: hidden[0][-2:], the last layer's two directions, before the transpose

        feature_list = [feature_out]
        final_feature = torch.cat(feature_list, 1)
        outputs = self.hidden2tag(self.droplstm(final_feature))
        ## outputs: (batch_size, label_alphabet_size)
        return outputs


# model/sentclassifier.py
class SentClassifier(nn.Module):
    def __init__(self, data):
        super(SentClassifier, self).__init__()
        self.word_hidden = WordSequence(data)

    def calculate_loss(self, word_inputs, feature_inputs, word_seq_lengths, char_inputs, char_seq_lengths, char_seq_recover, batch_label, mask):
        outs = self.word_hidden.sentence_representation(word_inputs, feature_inputs, word_seq_lengths, char_inputs, char_seq_lengths, char_seq_recover)
        batch_size = word_inputs.size(0)
        outs = outs.view(batch_size, -1)
        total_loss = F.cross_entropy(outs, batch_label.view(batch_size))
        _, tag_seq = torch.max(outs, 1)
        return total_loss, tag_seq


def probe():
    data = Data()
    data.read_config(CLF_CONFIG)
    model = SentClassifier(data)
    # batchify_sentence_classification_with_label: sorted by length, padded with 0
    word_seq_lengths = torch.tensor([9, 7, 4])
    word_inputs = torch.randint(1, data.word_alphabet_size, (3, 9))
    mask = torch.arange(9)[None, :] < word_seq_lengths[:, None]
    word_inputs = word_inputs * mask
    batch_label = torch.randint(0, data.label_alphabet_size, (3,))
    loss, tag_seq = model.calculate_loss(word_inputs, [], word_seq_lengths, None, None, None, batch_label, mask)
    loss.backward()


if __name__ == "__main__":
    probe()

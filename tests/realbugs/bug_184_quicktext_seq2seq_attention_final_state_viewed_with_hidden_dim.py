# source: https://github.com/GDGVIT/quicktext/blob/a9e01e686ccb8919f2f15458e2a412272d931b59/quicktext/nets/seq2seq/model_factory.py
# rule: LC007
# torch: RuntimeError: shape '[16, 2, 3, 16]' is invalid for input of size 96
"""GDGVIT/quicktext (quicktext/nets/seq2seq/model_factory.py, config.yml,
classifier/text_classifier.py): the Seq2SeqAttention classifier (ported from
AnubhavGupta3377/Text-Classification-Models-Pytorch) keeps the last layer's final states with
h_n.view(num_layers, num_directions, batch, hidden)[-1]. Commit 0b9c0d9 ("Update configuration
settings in models") renamed the config keys (hidden_layers -> n_layers, hidden_size ->
hidden_dim) and replaced both `hidden_layers` and `hidden_size` in the view by `hidden_dim`, so
the view asks for hidden_dim layers: with config.yml (n_layers 1, bidirectional, hidden_dim 32)
the (2, batch, 32) state cannot be viewed as (32, 2, batch, 32). The next commit's title, "Fix
bugs in models except seq2seq", leaves it so. Not reported. Fix: view with config.n_layers. The
spaCy vocabulary is replaced by a random vector table; the YAML file is inlined."""
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG_YML = """
# Configuration for Seq2seq with attention Model

embedding_dim: 300
hidden_dim: 32
n_layers: 1
bidirectional: True
vocab_size: 26000
dropout: 0.8
lr: 0.5
"""


class EasyDict(dict):
    """Stands in for easydict.EasyDict: keys read as attributes."""

    def __getattr__(self, name):
        return self[name]

    def __setattr__(self, name, value):
        self[name] = value


# quicktext/utils/configuration.py
def read_yaml(text):
    """Stands in for yaml.load of the model's config.yml: flat `key: value` lines."""
    parsed = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        if value in ("True", "False"):
            parsed[key] = value == "True"
        else:
            parsed[key] = float(value) if "." in value else int(value)
    return EasyDict(parsed)


def merge_dictb_to_dicta(dicta, dictb):
    for key in dictb:
        dicta[key] = dictb[key]
    return dicta


# quicktext/nets/seq2seq/model_factory.py
class Seq2SeqAttention(nn.Module):
    def __init__(self, num_class=2, config=None):
        super(Seq2SeqAttention, self).__init__()

        default_config = read_yaml(CONFIG_YML)

        config = (
            merge_dictb_to_dicta(default_config, config)
            if config is not None
            else default_config
        )

        # Embedding Layer
        self.embeddings = nn.Embedding(config.vocab_size, config.embedding_dim)

        # Encoder RNN
        self.lstm = nn.LSTM(
            input_size=config.embedding_dim,
            hidden_size=config.hidden_dim,
            num_layers=config.n_layers,
            bidirectional=config.bidirectional,
        )

        # Dropout Layer
        self.dropout = nn.Dropout(config.dropout)

        # Fully-Connected Layer
        self.fc = nn.Linear(
            config.hidden_dim * (1 + config.bidirectional) * 2, num_class
        )

        # Softmax non-linearity
        self.softmax = nn.Softmax()

        self.config = config

    def apply_attention(self, rnn_output, final_hidden_state):
        hidden_state = final_hidden_state.unsqueeze(2)
        attention_scores = torch.bmm(rnn_output, hidden_state).squeeze(2)
        soft_attention_weights = F.softmax(attention_scores, 1).unsqueeze(
            2
        )  # shape = (batch_size, seq_len, 1)
        attention_output = torch.bmm(
            rnn_output.permute(0, 2, 1), soft_attention_weights
        ).squeeze(2)
        return attention_output

    def forward(self, x, text_length):
        # x.shape = (max_sen_len, batch_size)
        x = x.permute(1, 0)

        embedded_sent = self.embeddings(x)

        ##################################### Encoder #######################################
        lstm_output, (h_n, c_n) = self.lstm(embedded_sent)
        # lstm_output.shape = (seq_len, batch_size, num_directions * hidden_size)

        # Final hidden state of last layer (num_directions, batch_size, hidden_size)
        batch_size = h_n.shape[1]
        h_n_final_layer = h_n.view(
            self.config.hidden_dim,  # fix: self.config.n_layers,
            self.config.bidirectional + 1,
            batch_size,
            self.config.hidden_dim,
        )[-1, :, :, :]

        ##################################### Attention #####################################
        # Convert input to (batch_size, num_directions * hidden_size) for attention
        final_hidden_state = torch.cat(
            [h_n_final_layer[i, :, :] for i in range(h_n_final_layer.shape[0])], dim=1
        )

        attention_out = self.apply_attention(
            lstm_output.permute(1, 0, 2), final_hidden_state
        )

        #################################### Linear #########################################
        concatenated_vector = torch.cat([final_hidden_state, attention_out], dim=1)
        final_feature_map = self.dropout(concatenated_vector)

        final_out = self.fc(final_feature_map)
        return final_out


# quicktext/classifier/text_classifier.py
class TextClassifier:
    """
    This class contains the models and vocab
    """

    def __init__(self, num_class, arch="cnn2d", vocab_vectors=None, config={}):
        self._num_class = num_class
        self.vectors = vocab_vectors if vocab_vectors is not None else torch.randn(1000, 300)

        input_dim, embedding_dim = self.vectors.shape
        output_dim = num_class
        pad_idx = 0

        config["pad_idx"] = pad_idx
        config["input_dim"] = input_dim
        config["embedding_dim"] = embedding_dim

        if isinstance(arch, str):
            if arch == "seq2seq":
                self._model = Seq2SeqAttention(output_dim, config)
            else:
                print("No such architecture exists")
        else:
            print("arch should be string or a torch file duh")

    @property
    def model(self):
        return self._model


def collate(batch_ids, pad_id=0):
    """The classifier data's collator: sequences sorted by length, padded batch first."""
    batch_ids = sorted(batch_ids, key=len, reverse=True)
    lengths = torch.tensor([len(ids) for ids in batch_ids])
    text = nn.utils.rnn.pad_sequence([torch.tensor(ids) for ids in batch_ids], batch_first=True,
                                     padding_value=pad_id)
    return {"text": text, "text_lengths": lengths}


def probe():
    classifier = TextClassifier(num_class=2, arch="seq2seq", vocab_vectors=torch.randn(50, 10),
                                config={"vocab_size": 50, "hidden_dim": 16})
    batch = collate([[3, 4, 5, 6], [7, 8, 9], [10, 11, 12, 13, 14]])
    classifier.model(batch["text"], batch["text_lengths"])


if __name__ == "__main__":
    probe()

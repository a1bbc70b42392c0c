# source: https://github.com/flairNLP/flair/commit/442ffe7e063adca7e4175f6083a8a8f4e3aaadbb
# rule: LC009
# torch: AttributeError: 'tuple' object has no attribute 'dim'
"""flair (flair/models/language_model.py, flair/nn/recurrent.py), "fix gru implementation for
languagemodels": LanguageModel gained recurrent_type, and create_recurrent_layer picks nn.LSTM or
nn.GRU from a dict, but init_hidden still returned the LSTM's (h, c) pair, so a GRU language
model (recurrent_type="GRU") got a tuple as its state. The fix returns one zero state per
state_count, 2 for an LSTM and 1 for a GRU. The dictionary is reduced to a list of characters."""
import torch
from torch import nn

rnn_layers = {"lstm": nn.LSTM, "gru": nn.GRU}


def create_recurrent_layer(layer_type, initial_size, hidden_size, nlayers, dropout=0, **kwargs):
    layer_type = layer_type.lower()
    assert layer_type in rnn_layers.keys()
    module = rnn_layers[layer_type]
    if nlayers == 1:
        dropout = 0
    return module(initial_size, hidden_size, nlayers, dropout=dropout, **kwargs)


class LanguageModel(nn.Module):
    """Container module with an encoder, a recurrent module, and a decoder."""

    def __init__(self, dictionary, is_forward_lm: bool, hidden_size: int, nlayers: int,
                 embedding_size: int = 100, nout=None, dropout=0.1, recurrent_type="LSTM"):
        super(LanguageModel, self).__init__()
        self.dictionary = dictionary
        self.is_forward_lm = is_forward_lm
        self.dropout = dropout
        self.hidden_size = hidden_size
        self.embedding_size = embedding_size
        self.nlayers = nlayers
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(len(dictionary), embedding_size)
        self.rnn = create_recurrent_layer(recurrent_type, embedding_size, hidden_size, nlayers, dropout)
        self.recurrent_type = recurrent_type
        self.hidden = None
        self.nout = nout
        if nout is not None:
            self.proj = nn.Linear(hidden_size, nout)
            self.decoder = nn.Linear(nout, len(dictionary))
        else:
            self.proj = None
            self.decoder = nn.Linear(hidden_size, len(dictionary))

    def forward(self, input, hidden, ordered_sequence_lengths=None):
        encoded = self.encoder(input)
        emb = self.drop(encoded)
        if hasattr(self.rnn, "flatten_parameters"):
            self.rnn.flatten_parameters()
        output, hidden = self.rnn(emb, hidden)
        if self.proj is not None:
            output = self.proj(output)
        output = self.drop(output)
        decoded = self.decoder(output)
        return decoded, output, hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters()).detach()
        w1 = weight.new(self.nlayers, bsz, self.hidden_size).zero_().clone().detach()
        w2 = weight.new(self.nlayers, bsz, self.hidden_size).zero_().clone().detach()
        return w1, w2  # fix: one state per state_count, a GRU has a single hidden state

    def get_representation(self, strings, start_marker, end_marker, chars_per_chunk=512):
        len_longest_str = len(max(strings, key=len))
        padded = [start_marker + s + end_marker + " " * (len_longest_str - len(s)) for s in strings]
        chunks = [[p[i:i + chars_per_chunk] for p in padded]
                  for i in range(0, len(padded[0]), chars_per_chunk)]
        hidden = self.init_hidden(len(chunks[0]))
        output_parts = []
        for chunk in chunks:
            ids = [[self.dictionary.index(c) if c in self.dictionary else 0 for c in s] for s in chunk]
            batch = torch.tensor(ids, dtype=torch.long).transpose(0, 1)
            _, rnn_output, hidden = self.forward(batch, hidden)
            output_parts.append(rnn_output)
        return torch.cat(output_parts)


def probe():
    dictionary = list("abcdefghijklmnopqrstuvwxyz \n")
    lm = LanguageModel(dictionary, is_forward_lm=True, hidden_size=32, nlayers=1,
                       embedding_size=16, recurrent_type="GRU")
    lm.eval()
    lm.get_representation(["hello world", "flair"], "\n", " ")


if __name__ == "__main__":
    probe()

# source: https://github.com/flairNLP/flair/blob/master/flair/models/language_model.py
"""flair's LanguageModel after "fix gru implementation for languagemodels" (bug_129's answer):
create_recurrent_layer returns the module and how many state tensors it keeps (2 for an LSTM, 1
for a GRU); init_hidden returns that many zero states, and forward unwraps the single GRU state
before the call and wraps it again after. A tuple of one tensor looks wrong for a GRU; it is not."""
import torch
from torch import nn

rnn_layers = {"lstm": (nn.LSTM, 2), "gru": (nn.GRU, 1)}


def create_recurrent_layer(layer_type, initial_size, hidden_size, nlayers, dropout=0, **kwargs):
    module, hidden_count = rnn_layers[layer_type.lower()]
    if nlayers == 1:
        dropout = 0
    return module(initial_size, hidden_size, nlayers, dropout=dropout, **kwargs), hidden_count


class LanguageModel(nn.Module):
    def __init__(self, dictionary, hidden_size, nlayers, embedding_size=100, dropout=0.1, recurrent_type="LSTM"):
        super(LanguageModel, self).__init__()
        self.dictionary = dictionary
        self.hidden_size = hidden_size
        self.nlayers = nlayers
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(len(dictionary), embedding_size)
        self.rnn, self.state_count = create_recurrent_layer(recurrent_type, embedding_size, hidden_size, nlayers, dropout)
        self.decoder = nn.Linear(hidden_size, len(dictionary))

    def forward(self, input, hidden):
        emb = self.drop(self.encoder(input))
        if len(hidden) == 1:
            output, h = self.rnn(emb, hidden[0])
            hidden = (h,)
        else:
            output, hidden = self.rnn(emb, hidden)
        return self.decoder(self.drop(output)), output, hidden

    def init_hidden(self, bsz):
        weight = next(self.parameters()).detach()
        return tuple(weight.new(self.nlayers, bsz, self.hidden_size).zero_().clone().detach()
                     for _ in range(self.state_count))


def probe():
    dictionary = list("abcdefghijklmnopqrstuvwxyz ")
    for recurrent_type, nlayers in (("GRU", 1), ("LSTM", 2)):
        lm = LanguageModel(dictionary, hidden_size=32, nlayers=nlayers, embedding_size=16, recurrent_type=recurrent_type)
        hidden = lm.init_hidden(3)
        batch = torch.randint(0, len(dictionary), (7, 3))
        for _ in range(2):
            _, _, hidden = lm(batch, hidden)


if __name__ == "__main__":
    probe()

# source: https://github.com/jasonwu0731/GLMP/blob/8758ef689aefb8841baf07cb5a70acf7e4b2decd/models/modules.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""jasonwu0731/GLMP at 8758ef6 (models/modules.py, models/GLMP.py, myTrain.py, utils/config.py,
readme.md): the readme trains with `python3 myTrain.py -lr=0.001 -l=1 -hdd=128 -dr=0.2
-dec=GLMP ...`. `-l` looks like the RNN depth but GLMP passes `n_layers` only to
ExternalKnowledge as its number of memory hops; ContextRNN is built as
`ContextRNN(lang.n_words, hidden_size, dropout)` and keeps its default `n_layers=1`, so its
bidirectional nn.GRU gets dropout=0.2 with one layer: torch warns and applies nothing (the
embedding dropout layer before it is the only dropout the encoder has). The decoder's one-layer
sketch GRU (left out here) gets the same ignored dropout. The GRU needs `dropout=dropout if n_layers > 1 else
0` (or more layers). utils.config's argparse is a dict of the readme's options, the bAbI/KVR
loaders are random token ids and ExternalKnowledge/LocalMemoryDecoder are left out."""
import torch
import torch.nn as nn

PAD_token = 1


def _cuda(x):
    return x.cuda() if torch.cuda.is_available() else x


class ContextRNN(nn.Module):
    def __init__(self, input_size, hidden_size, dropout, n_layers=1):
        super(ContextRNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.dropout = dropout
        self.dropout_layer = nn.Dropout(dropout)
        self.embedding = nn.Embedding(input_size, hidden_size, padding_idx=PAD_token)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers, dropout=dropout, bidirectional=True)  # fix: dropout=dropout if n_layers > 1 else 0
        self.W = nn.Linear(2*hidden_size, hidden_size)

    def get_state(self, bsz):
        """Get cell states and hidden states."""
        return _cuda(torch.zeros(2, bsz, self.hidden_size))

    def forward(self, input_seqs, input_lengths, hidden=None):
        embedded = self.embedding(input_seqs.contiguous().view(input_seqs.size(0), -1).long())
        embedded = embedded.view(input_seqs.size()+(embedded.size(-1),))
        embedded = torch.sum(embedded, 2).squeeze(2)
        embedded = self.dropout_layer(embedded)
        hidden = self.get_state(input_seqs.size(1))
        if input_lengths:
            embedded = nn.utils.rnn.pack_padded_sequence(embedded, input_lengths, batch_first=False)
        outputs, hidden = self.gru(embedded, hidden)
        if input_lengths:
            outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs, batch_first=False)
        hidden = self.W(torch.cat((hidden[0], hidden[1]), dim=1)).unsqueeze(0)
        outputs = self.W(outputs)
        return outputs.transpose(0, 1), hidden


class GLMP(nn.Module):
    def __init__(self, hidden_size, n_words, lr, n_layers, dropout):
        super(GLMP, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.dropout = dropout
        self.encoder = ContextRNN(n_words, hidden_size, dropout)
        # self.extKnow = ExternalKnowledge(lang.n_words, hidden_size, n_layers, dropout)
        # self.decoder = LocalMemoryDecoder(self.encoder.embedding, lang, hidden_size, self.decoder_hop, dropout)


def probe():
    import warnings
    # readme: python3 myTrain.py -lr=0.001 -l=1 -hdd=128 -dr=0.2 -dec=GLMP -bsz=8 -ds=babi -t=1
    args = {'learn': '0.001', 'layer': '1', 'hidden': '32', 'drop': '0.2', 'decoder': 'GLMP',
            'batch': '8', 'dataset': 'babi', 'task': '1'}
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        model = GLMP(int(args['hidden']), 60, lr=float(args['learn']),
                     n_layers=int(args['layer']), dropout=float(args['drop']))
    story = torch.randint(2, 60, (10, int(args['batch']), 4))  # (story_len, batch, memory triple)
    outputs, hidden = model.encoder(story, [10, 9, 9, 8, 7, 7, 5, 4])
    assert hidden.shape == (1, 8, 32)


if __name__ == "__main__":
    probe()

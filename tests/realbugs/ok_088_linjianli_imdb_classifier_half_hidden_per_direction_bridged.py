# source: https://github.com/LinjianLi/Seq2Seq-PyTorch/blob/ca607a811859d98d81cdecbe2e887384891cbe6f/example/IMDB-binary-sentiment-analysis/model_seq_binary_classifier.py
"""LinjianLi/Seq2Seq-PyTorch's IMDB sentiment example (model_seq_binary_classifier.py,
seq2seq/module/simple_rnn.py after 043a023, config.json): SimpleRNN builds its LSTM or GRU with
`hidden_size // num_directions` per direction and, when bidirectional, bridges the final state to
(num_layers, batch, 2 * (hidden_size // 2)) = hidden_size wide, for an LSTM's h and c alike; sorted
packing restores the batch order of outputs and states. The classifier then takes the pair's h,
`enc_hidden[-1]`, into `Linear(hidden_size, 2)`. Looks like a head sized for one direction after a
bidirectional two-layer LSTM, and `[-1]` looks like one direction of the last layer; both are
right (bug_162's answer). Run with the example's config (bidirectional LSTM, 2 layers) and with a
one-way GRU."""
import json

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

CONFIG_JSON = """
{
"embed_size": 100,
"hidden_size": 512,
"num_layers": 2,
"bidirectional": true,
"rnn_cell": "lstm",
"dropout": 0.5,
"embedding_dropout": 0.5,
"with_bridge": false,
"batch_first": true,
"train_batch_size": 20
}
"""


# seq2seq/module/simple_rnn.py (after 043a023)
class SimpleRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, dropout=0.0, embedder=None,
                 embedding_dropout=0.0, rnn_cell='gru', bidirectional=False, batch_first=True):
        super(SimpleRNN, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bidirectional = bidirectional
        self.batch_first = batch_first
        # When using bidirectional RNN, the RNN cell hidden size is set to the half of the network hidden size.
        self.num_directions = 2 if self.bidirectional else 1
        assert self.hidden_size % self.num_directions == 0
        self.rnn_cell_hidden_size = self.hidden_size // self.num_directions
        self.embedder = embedder
        self.embedding_dropout = nn.Dropout(embedding_dropout)
        if rnn_cell.lower() == 'lstm':
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == 'gru':
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {}".format(rnn_cell))
        self.rnn = self.rnn_cell(input_size=input_size, hidden_size=self.rnn_cell_hidden_size,
                                 num_layers=self.num_layers, dropout=(dropout if self.num_layers > 1 else 0),
                                 bidirectional=self.bidirectional, batch_first=self.batch_first)

    def forward(self, inputs, input_lengths=None, hidden=None):
        batch_dim = 0 if self.batch_first else 1
        if self.embedder is not None:
            inputs = self.embedding_dropout(self.embedder(inputs))
        if input_lengths is not None:
            sorted_lengths, indices = input_lengths.sort(descending=True)
            inputs = inputs.index_select(batch_dim, indices)
            inputs = pack_padded_sequence(inputs, sorted_lengths.to("cpu"), batch_first=self.batch_first)
            if hidden is not None:
                if isinstance(hidden, tuple):
                    hidden = (hidden[0].index_select(dim=1, index=indices),
                              hidden[1].index_select(dim=1, index=indices))
                else:
                    hidden = hidden.index_select(dim=1, index=indices)

        outputs, hidden = self.rnn(inputs, hidden)

        if self.bidirectional:
            # Now hidden is of shape (num_layers, batch_size, num_directions * hidden_size)
            hidden = self._bridge_bidirectional_hidden(hidden)

        if input_lengths is not None:
            outputs, _ = pad_packed_sequence(outputs, batch_first=self.batch_first)
            _, inv_indices = indices.sort()
            outputs = outputs.index_select(batch_dim, inv_indices)
            if isinstance(hidden, tuple):
                hidden = (hidden[0].index_select(dim=1, index=inv_indices),
                          hidden[1].index_select(dim=1, index=inv_indices))
            else:
                hidden = hidden.index_select(dim=1, index=inv_indices)
        return {"outputs": outputs, "last_hidden_state": hidden}

    def _bridge_bidirectional_hidden(self, hidden):
        is_lstm = isinstance(hidden, tuple)
        if is_lstm:
            hidden, cell_state = hidden[0], hidden[1]
        num_layers = hidden.size(0) // 2
        _, batch_size, hidden_size = hidden.size()
        hidden = hidden.view(num_layers, 2, batch_size, hidden_size) \
            .transpose(1, 2).contiguous().view(num_layers, batch_size, hidden_size * 2)
        if is_lstm:
            cell_state = cell_state.view(num_layers, 2, batch_size, hidden_size) \
                .transpose(1, 2).contiguous().view(num_layers, batch_size, hidden_size * 2)
            hidden = (hidden, cell_state)
        return hidden


# example/IMDB-binary-sentiment-analysis/model_seq_binary_classifier.py
class SeqBinaryClassifier(nn.Module):
    def __init__(self, src_vocab_size, embed_size, hidden_size, batch_first=True, num_layers=1,
                 bidirectional=False, with_bridge=False, dropout=0.0, embedding_dropout=0.0, rnn_cell='gru'):
        super(SeqBinaryClassifier, self).__init__()
        self.hidden_size = hidden_size
        self.with_bridge = with_bridge
        enc_embedder = nn.Embedding(num_embeddings=src_vocab_size, embedding_dim=embed_size)
        self.encoder = SimpleRNN(input_size=embed_size, hidden_size=hidden_size, embedder=enc_embedder,
                                 num_layers=num_layers, bidirectional=bidirectional, dropout=dropout,
                                 embedding_dropout=embedding_dropout, batch_first=batch_first, rnn_cell=rnn_cell)
        self.output_logit_layer = nn.Linear(self.hidden_size, 2)
        self.log_softmax = nn.LogSoftmax(dim=-1)
        if self.with_bridge:
            self.bridge = nn.Sequential(nn.Linear(self.hidden_size, self.hidden_size), nn.Tanh())

    def encode(self, inputs, hidden=None):
        enc_inputs, enc_input_lengths = inputs
        enc_output_dict = self.encoder(enc_inputs, enc_input_lengths, hidden)
        enc_outputs, enc_hidden = enc_output_dict["outputs"], enc_output_dict["last_hidden_state"]
        if self.with_bridge:
            enc_hidden = self.bridge(enc_hidden)
        return enc_outputs, enc_hidden

    def forward(self, inputs, hidden=None):
        enc_inputs, targets = inputs["input"], inputs["target"]
        enc_outputs, enc_hidden = self.encode(enc_inputs, hidden)
        if isinstance(enc_hidden, tuple):
            # LSTM hidden: (hidden, cell_state)
            enc_hidden = enc_hidden[0]
        logits = self.output_logit_layer(enc_hidden[-1])
        return self.log_softmax(logits)


def build(config, vocab_size):
    return SeqBinaryClassifier(src_vocab_size=vocab_size, embed_size=config["embed_size"],
                               hidden_size=config["hidden_size"], batch_first=config["batch_first"],
                               num_layers=config["num_layers"], bidirectional=config["bidirectional"],
                               with_bridge=config["with_bridge"], dropout=config["dropout"],
                               embedding_dropout=config["embedding_dropout"], rnn_cell=config["rnn_cell"])


def probe():
    config = json.loads(CONFIG_JSON)
    vocab_size = 300
    tokens = torch.randint(1, vocab_size, (5, 12))
    lengths = torch.tensor([12, 9, 11, 4, 7])
    targets = torch.tensor([0, 1, 1, 0, 1])
    for overrides in ({}, {"rnn_cell": "gru", "bidirectional": False, "num_layers": 1, "dropout": 0.0}):
        model = build({**config, **overrides}, vocab_size)
        log_probs = model({"input": (tokens, lengths), "target": targets})
        nn.NLLLoss()(log_probs, targets).backward()


if __name__ == "__main__":
    probe()

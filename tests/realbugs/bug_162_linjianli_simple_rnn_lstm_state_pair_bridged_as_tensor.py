# source: https://github.com/LinjianLi/Seq2Seq-PyTorch/commit/043a02345bd283c8fa292875056afd8599f933bc
# rule: LC009
# torch: AttributeError: 'tuple' object has no attribute 'size'
"""LinjianLi/Seq2Seq-PyTorch (seq2seq/module/simple_rnn.py, seq2seq/model/seq2seq.py,
example/chatbot/config.json and run_train.py): SimpleRNN picks `nn.LSTM` or `nn.GRU` from the
config's "rnn_cell" and, when bidirectional, merges the final state's directions with
`_bridge_bidirectional_hidden`, which reads `hidden.size(0)` and views it as (num_layers, 2,
batch, hidden). An LSTM's final state is the pair (h_n, c_n), so with "rnn_cell": "lstm" (the
README's other option) the first batch fails in the bridge; the sort/unsort by lengths and the
Seq2Seq's `encode` treat it as one tensor too. Commit 043a023 ("Support LSTM Cell: the returned
last hidden state of LSTM is actually a tuple of (hidden_state, cell_state)") unpacks the pair
before the bridge and the index_select calls. Here the chatbot example's config with the LSTM
cell; the decoder is shortened to an RNN of the same cell type."""
import json
import logging

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

logger = logging.getLogger(__name__)

# example/chatbot/config.json (with the LSTM cell)
CONFIG_JSON = """
{
"PAD_token": 0,
"SOS_token": 1,
"EOS_token": 2,
"UNK_token": 3,
"embed_size": 32,
"hidden_size": 32,
"num_layers": 2,
"bidirectional": true,
"rnn_cell": "lstm",
"dropout": 0.1,
"with_bridge": false,
"batch_first": true,
"train_batch_size": 4
}
"""


# seq2seq/module/simple_rnn.py
class SimpleRNN(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, dropout=0, embedder=None,
                 rnn_cell='gru', bidirectional=False, batch_first=True):
        super(SimpleRNN, self).__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.dropout = dropout
        self.bidirectional = bidirectional
        self.batch_first = batch_first

        # When using bidirectional RNN, the RNN cell hidden size is set to the half of the network hidden size.
        self.num_directions = 2 if self.bidirectional else 1
        assert self.hidden_size % self.num_directions == 0
        self.rnn_cell_hidden_size = self.hidden_size // self.num_directions

        self.embedder = embedder
        if rnn_cell.lower() == 'lstm':
            self.rnn_cell = nn.LSTM
        elif rnn_cell.lower() == 'gru':
            self.rnn_cell = nn.GRU
        else:
            raise ValueError("Unsupported RNN Cell: {}".format(rnn_cell))
        self.rnn = self.rnn_cell(
            input_size=self.input_size,
            hidden_size=self.rnn_cell_hidden_size,
            num_layers=self.num_layers,
            dropout=(self.dropout if self.num_layers > 1 else 0),
            bidirectional=self.bidirectional,
            batch_first=self.batch_first
        )

    def forward(self, inputs, input_lengths=None, hidden=None):
        batch_dim = 0 if self.batch_first else 1
        if self.embedder is not None:
            inputs = self.embedder(inputs)

        if input_lengths is not None:
            # Sort according to the lengths.
            sorted_lengths, indices = input_lengths.sort(descending=True)
            inputs = inputs.index_select(batch_dim, indices)
            inputs = pack_padded_sequence(inputs, sorted_lengths.to("cpu"), batch_first=self.batch_first)
            if hidden is not None:
                # Hidden states are always not batch-first.
                hidden = hidden.index_select(dim=1, index=indices)

        outputs, hidden = self.rnn(inputs, hidden)

        if self.bidirectional:
            # Now hidden is of shape (num_layers, batch_size, num_directions * hidden_size)
            hidden = self._bridge_bidirectional_hidden(hidden)

        if input_lengths is not None:
            outputs, _ = pad_packed_sequence(outputs, batch_first=self.batch_first)
            _, inv_indices = indices.sort()
            outputs = outputs.index_select(batch_dim, inv_indices)
            # hidden is not batch first, so dim=1.
            hidden = hidden.index_select(dim=1, index=inv_indices)

        return {"outputs": outputs, "last_hidden_state": hidden}

    def _bridge_bidirectional_hidden(self, hidden):
        """
        The bidirectional hidden is of shape (num_layers * num_directions, batch_size, hidden_size).
        This function is to convert it to shape (num_layers, batch_size, num_directions * hidden_size).
        """
        num_layers = hidden.size(0) // 2  # fix: for nn.LSTM unpack the (hidden, cell_state) pair first and bridge both (043a023)
        _, batch_size, hidden_size = hidden.size()
        return hidden.view(num_layers, 2, batch_size, hidden_size) \
            .transpose(1, 2).contiguous().view(num_layers, batch_size, hidden_size * 2)


# seq2seq/module/decoder_rnn.py (shortened: no attention)
class DecoderRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size, embedder=None, num_layers=1,
                 rnn_cell='gru', dropout=0.0, batch_first=True):
        super(DecoderRNN, self).__init__()
        self.embedder = embedder
        rnn_class = nn.LSTM if rnn_cell.lower() == 'lstm' else nn.GRU
        self.rnn = rnn_class(input_size=input_size, hidden_size=hidden_size, num_layers=num_layers,
                             dropout=(dropout if num_layers > 1 else 0), batch_first=batch_first)
        self.output_layer = nn.Linear(hidden_size, output_size)

    def forward(self, inputs, hidden):
        outputs, hidden = self.rnn(self.embedder(inputs), hidden)
        return torch.log_softmax(self.output_layer(outputs), dim=-1), hidden


# seq2seq/model/seq2seq.py
class Seq2Seq(nn.Module):
    def __init__(self, src_vocab_size, tgt_vocab_size, embed_size, hidden_size, start_token=1, end_token=2,
                 padding_idx=None, batch_first=True, num_layers=1, bidirectional=False, with_bridge=False,
                 dropout=0.0, rnn_cell='gru'):
        super(Seq2Seq, self).__init__()
        self.hidden_size = hidden_size
        self.start_token = start_token
        self.with_bridge = with_bridge
        enc_embedder = nn.Embedding(src_vocab_size, embed_size, padding_idx=padding_idx)
        self.encoder = SimpleRNN(input_size=embed_size, hidden_size=hidden_size, embedder=enc_embedder,
                                 num_layers=num_layers, bidirectional=bidirectional, dropout=dropout,
                                 batch_first=batch_first, rnn_cell=rnn_cell)
        if self.with_bridge:
            self.bridge = nn.Sequential(nn.Linear(hidden_size, hidden_size), nn.Tanh())
        dec_embedder = nn.Embedding(tgt_vocab_size, embed_size, padding_idx=padding_idx)
        self.decoder = DecoderRNN(input_size=embed_size, hidden_size=hidden_size, output_size=tgt_vocab_size,
                                  embedder=dec_embedder, num_layers=num_layers, rnn_cell=rnn_cell,
                                  dropout=dropout, batch_first=batch_first)

    def encode(self, inputs, hidden=None):
        enc_inputs, enc_input_lengths = inputs
        enc_output_dict = self.encoder(enc_inputs, enc_input_lengths, hidden)
        enc_outputs, enc_hidden = enc_output_dict["outputs"], enc_output_dict["last_hidden_state"]
        if self.with_bridge:
            enc_hidden = self.bridge(enc_hidden)
        return enc_outputs, enc_hidden

    def forward(self, inputs, hidden=None):
        enc_inputs, dec_inputs = inputs["input"], inputs["target"]
        enc_outputs, enc_hidden = self.encode(enc_inputs, hidden)
        dec_inputs, dec_input_lengths = dec_inputs
        sos = torch.full((dec_inputs.size(0), 1), self.start_token, dtype=torch.long)
        dec_inputs = torch.cat([sos, dec_inputs[:, :-1]], dim=1)
        log_probs, _ = self.decoder(dec_inputs, enc_hidden)
        return log_probs


def probe():
    config = json.loads(CONFIG_JSON)
    src_vocab_size = tgt_vocab_size = 40
    model = Seq2Seq(
        src_vocab_size=src_vocab_size,
        tgt_vocab_size=tgt_vocab_size,
        embed_size=config["embed_size"],
        hidden_size=config["hidden_size"],
        start_token=config["SOS_token"],
        end_token=config["EOS_token"],
        padding_idx=config["PAD_token"],
        batch_first=config["batch_first"],
        num_layers=config["num_layers"],
        bidirectional=config["bidirectional"],
        with_bridge=config["with_bridge"],
        dropout=config["dropout"],
        rnn_cell=config["rnn_cell"],
    )
    batch = config["train_batch_size"]
    src = torch.randint(4, src_vocab_size, (batch, 7))
    src_lengths = torch.tensor([7, 5, 6, 3])
    tgt = torch.randint(4, tgt_vocab_size, (batch, 6))
    tgt_lengths = torch.tensor([6, 6, 4, 5])
    log_probs = model({"input": (src, src_lengths), "target": (tgt, tgt_lengths)})
    loss = nn.NLLLoss(ignore_index=config["PAD_token"])(log_probs.reshape(-1, tgt_vocab_size), tgt.reshape(-1))
    loss.backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/laddie132/Match-LSTM/blob/793f0ecd1b1deb69a690602d505cdffe35696be6/models/layers.py
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 40, got 32
"""laddie132/Match-LSTM at 793f0ec (models/layers.py, models/base_model.py,
config/base_model.yaml): "Fix multi-layers rnn" replaces the word encoder's MyRNNBase by a new
MyStackedRNN that stacks `num_layers` one-layer MyRNNBase modules (each packs the sequence,
applies dropout to the packed data and runs a one-layer nn.GRU/nn.LSTM), but builds every layer
with the same `input_size`; from the second layer on the input is the previous layer's output,
hidden_size * num_directions wide, so `encoder: word_layers: 2` in base_model.yaml fails at the
second layer. Layer i > 0 needs `hidden_size * (2 if bidirectional else 1)` as its input size.
GloVe/char embeddings and the hand-crafted features are random tensors of their widths; the
match-LSTM and pointer layers after the encoder are left out."""
import torch


class MyRNNBase(torch.nn.Module):
    """
    RNN with packed sequence and dropout, only one layer
    Inputs: input, mask
        - **input** (seq_len, batch, input_size)
        - **mask** (batch, seq_len)
    Outputs: output, last_state
    """

    def __init__(self, mode, input_size, hidden_size, bidirectional, dropout_p, enable_layer_norm=False):
        super(MyRNNBase, self).__init__()
        self.mode = mode
        self.enable_layer_norm = enable_layer_norm

        if mode == 'LSTM':
            self.hidden = torch.nn.LSTM(input_size=input_size,
                                        hidden_size=hidden_size,
                                        num_layers=1,
                                        bidirectional=bidirectional)
        elif mode == 'GRU':
            self.hidden = torch.nn.GRU(input_size=input_size,
                                       hidden_size=hidden_size,
                                       num_layers=1,
                                       bidirectional=bidirectional)
        else:
            raise ValueError('Wrong mode select %s, change to LSTM or GRU' % mode)
        self.dropout = torch.nn.Dropout(p=dropout_p)

        if enable_layer_norm:
            self.layer_norm = torch.nn.LayerNorm(input_size)

    def forward(self, v, mask):
        if self.enable_layer_norm:
            seq_len, batch, input_size = v.shape
            v = v.view(-1, input_size)
            v = self.layer_norm(v)
            v = v.view(seq_len, batch, input_size)

        # get sorted v
        lengths = mask.eq(1).long().sum(1)
        lengths_sort, idx_sort = torch.sort(lengths, dim=0, descending=True)
        _, idx_unsort = torch.sort(idx_sort, dim=0)

        v_sort = v.index_select(1, idx_sort)

        v_pack = torch.nn.utils.rnn.pack_padded_sequence(v_sort, lengths_sort)
        v_dropout = self.dropout.forward(v_pack.data)
        v_pack_dropout = torch.nn.utils.rnn.PackedSequence(v_dropout, v_pack.batch_sizes)

        o_pack_dropout, _ = self.hidden.forward(v_pack_dropout)
        o, _ = torch.nn.utils.rnn.pad_packed_sequence(o_pack_dropout)

        # unsorted o
        o_unsort = o.index_select(1, idx_unsort)  # Note that here first dim is seq_len

        # get the last time state
        len_idx = (lengths - 1).view(-1, 1).expand(-1, o_unsort.size(2)).unsqueeze(0)
        o_last = o_unsort.gather(0, len_idx)
        o_last = o_last.squeeze(0)

        return o_unsort, o_last


class MyStackedRNN(torch.nn.Module):
    """
    RNN with packed sequence and dropout, multi-layers used
    """

    def __init__(self, mode, input_size, hidden_size, num_layers, bidirectional, dropout_p, enable_layer_norm=False):
        super(MyStackedRNN, self).__init__()
        self.num_layers = num_layers
        self.rnn_list = torch.nn.ModuleList([MyRNNBase(mode, input_size, hidden_size, bidirectional, dropout_p,  # fix: input_size if i == 0 else hidden_size * (2 if bidirectional else 1)
                                                       enable_layer_norm) for _ in range(num_layers)])

    def forward(self, v, mask):
        v_last = None
        for i in range(self.num_layers):
            v, v_last = self.rnn_list[i].forward(v, mask)

        return v, v_last


class BaseEncoder(torch.nn.Module):
    """The word-level encoder part of models/base_model.py BaseModel."""

    def __init__(self, model_config):
        super(BaseEncoder, self).__init__()
        hidden_size = model_config['global']['hidden_size']
        hidden_mode = model_config['global']['hidden_mode']
        emb_dropout_p = model_config['global']['emb_dropout_p']

        word_embedding_size = model_config['encoder']['word_embedding_size']
        encoder_word_layers = model_config['encoder']['word_layers']
        add_features = model_config['encoder']['add_features']
        encoder_bidirection = model_config['encoder']['bidirection']

        encode_in_size = word_embedding_size + add_features
        self.encoder = MyStackedRNN(mode=hidden_mode,
                                    input_size=encode_in_size,
                                    hidden_size=hidden_size,
                                    num_layers=encoder_word_layers,
                                    bidirectional=encoder_bidirection,
                                    dropout_p=emb_dropout_p)

    def forward(self, context_vec, context_f, context_mask):
        context_vec = torch.cat([context_vec, context_f], dim=-1)
        context_encode, _ = self.encoder.forward(context_vec, context_mask)
        return context_encode


# config/base_model.yaml (sizes scaled down), with two word-level encoder layers
MODEL_CONFIG = {
    'global': {'dropout_p': 0.4, 'emb_dropout_p': 0.1, 'hidden_size': 16, 'hidden_mode': 'GRU',
               'layer_norm': False},
    'encoder': {'word_layers': 2, 'word_embedding_size': 30, 'add_features': 10, 'bidirection': True},
}


def probe():
    enc = BaseEncoder(MODEL_CONFIG)
    seq_len, batch = 7, 3
    context_vec = torch.randn(seq_len, batch, 30)   # GloveEmbedding output, (seq_len, batch, emb)
    context_f = torch.randn(seq_len, batch, 10)     # additional features, transposed
    context_mask = torch.tensor([[1] * 7, [1] * 5 + [0] * 2, [1] * 6 + [0]])
    out = enc(context_vec, context_f, context_mask)
    assert out.shape == (seq_len, batch, 32)


if __name__ == "__main__":
    probe()

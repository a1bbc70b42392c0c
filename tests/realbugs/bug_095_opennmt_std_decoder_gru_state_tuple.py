# source: https://github.com/OpenNMT/OpenNMT-py/issues/358
# rule: LC009
# torch: AttributeError: 'tuple' object has no attribute 'dim'
"""OpenNMT-py's StdRNNDecoder (onmt/Models.py, late 2017): the decoder state object always keeps
its hidden state as a tuple, (h, c) for an LSTM and (h,) for a GRU, so that both can be handled
alike; the decoder then hands state.hidden straight to self.rnn. With -rnn_type GRU -input_feed 0
the GRU gets a one-element tuple where it takes a tensor. The fix (PR #353) unpacks it for a GRU:
self.rnn(emb, state.hidden[0])."""
import torch
import torch.nn as nn


def rnn_factory(rnn_type, **kwargs):
    return getattr(nn, rnn_type)(**kwargs)


class RNNDecoderState(object):
    def __init__(self, hidden_size, rnnstate):
        if not isinstance(rnnstate, tuple):
            self.hidden = (rnnstate,)
        else:
            self.hidden = rnnstate
        self.coverage = None
        batch_size = self.hidden[0].size(1)
        self.input_feed = self.hidden[0].new_zeros(batch_size, hidden_size).unsqueeze(0)


class RNNEncoder(nn.Module):
    def __init__(self, rnn_type, num_layers, hidden_size, embeddings):
        super(RNNEncoder, self).__init__()
        self.embeddings = embeddings
        self.rnn = rnn_factory(rnn_type, input_size=embeddings.embedding_dim,
                               hidden_size=hidden_size, num_layers=num_layers)

    def forward(self, src):
        memory_bank, encoder_final = self.rnn(self.embeddings(src))
        return encoder_final, memory_bank


class StdRNNDecoder(nn.Module):
    def __init__(self, rnn_type, num_layers, hidden_size, embeddings):
        super(StdRNNDecoder, self).__init__()
        self.hidden_size = hidden_size
        self.embeddings = embeddings
        self.rnn = rnn_factory(rnn_type, input_size=embeddings.embedding_dim,
                               hidden_size=hidden_size, num_layers=num_layers)

    def init_decoder_state(self, src, memory_bank, encoder_final):
        return RNNDecoderState(self.hidden_size, encoder_final)

    def _run_forward_pass(self, tgt, memory_bank, state):
        emb = self.embeddings(tgt)
        rnn_output, decoder_final = self.rnn(emb, state.hidden)  # fix: a GRU's state is the bare tensor: self.rnn(emb, state.hidden[0]) when self.rnn is an nn.GRU
        return decoder_final, rnn_output

    def forward(self, tgt, memory_bank, state):
        decoder_final, decoder_outputs = self._run_forward_pass(tgt, memory_bank, state)
        return decoder_outputs, decoder_final


class NMTModel(nn.Module):
    def __init__(self, encoder, decoder):
        super(NMTModel, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, tgt):
        enc_final, memory_bank = self.encoder(src)
        enc_state = self.decoder.init_decoder_state(src, memory_bank, enc_final)
        return self.decoder(tgt, memory_bank, enc_state)


def make_base_model(opt, src_vocab, tgt_vocab):
    encoder = RNNEncoder(opt["rnn_type"], opt["enc_layers"], opt["rnn_size"],
                         nn.Embedding(src_vocab, opt["word_vec_size"]))
    decoder = StdRNNDecoder(opt["rnn_type"], opt["dec_layers"], opt["rnn_size"],
                            nn.Embedding(tgt_vocab, opt["word_vec_size"]))
    return NMTModel(encoder, decoder)


def probe():
    opt = {"rnn_type": "GRU", "enc_layers": 1, "dec_layers": 1, "rnn_size": 16,
           "word_vec_size": 12, "input_feed": 0, "batch_size": 4}
    model = make_base_model(opt, 30, 30)
    model(torch.randint(0, 30, (7, 4)), torch.randint(0, 30, (5, 4)))


if __name__ == "__main__":
    probe()

# source: https://github.com/OpenNMT/OpenNMT-py/issues/86
# rule: LC009
# torch: IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
"""OpenNMT-py's Translator (onmt/Translator.py, mid 2017) merges the directions of a
bidirectional (-brnn) encoder's final state before decoding: encStates = (
_fix_enc_hidden(encStates[0]), _fix_enc_hidden(encStates[1])), written for an LSTM, whose state is
the pair (h, c). A GRU's final state is one (layers * 2, batch, dim) tensor, so encStates[0] is
its first row, a 2-D (batch, dim), and _fix_enc_hidden's h.size(2) is out of range: "got an error
when translate a GRU -brnn model"."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, opt, vocab_size):
        super(Encoder, self).__init__()
        self.layers = opt["layers"]
        self.num_directions = 2 if opt["brnn"] else 1
        assert opt["rnn_size"] % self.num_directions == 0
        self.hidden_size = opt["rnn_size"] // self.num_directions
        self.word_lut = nn.Embedding(vocab_size, opt["word_vec_size"])
        self.rnn = getattr(nn, opt["rnn_type"])(opt["word_vec_size"], self.hidden_size,
                                                num_layers=opt["layers"],
                                                bidirectional=opt["brnn"])

    def forward(self, input, hidden=None):
        emb = self.word_lut(input)
        outputs, hidden_t = self.rnn(emb, hidden)
        return hidden_t, outputs


class NMTModel(nn.Module):
    def __init__(self, encoder, decoder):
        super(NMTModel, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def _fix_enc_hidden(self, h):
        #  the encoder hidden is  (layers*directions) x batch x dim
        #  we need to convert it to layers x batch x (directions*dim)
        if self.encoder.num_directions == 2:
            return h.view(h.size(0) // 2, 2, h.size(1), h.size(2)) \
                    .transpose(1, 2).contiguous() \
                    .view(h.size(0) // 2, h.size(1), h.size(2) * 2)
        else:
            return h


class Translator(object):
    def __init__(self, opt, model):
        self.opt = opt
        self.model = model

    def translateBatch(self, srcBatch, tgtBatch):
        encStates, context = self.model.encoder(srcBatch)
        encStates = (self.model._fix_enc_hidden(encStates[0]),  # fix: a GRU's state is one tensor, not (h, c): fix it whole when it is not a tuple
                     self.model._fix_enc_hidden(encStates[1]))
        decOut, decStates = self.model.decoder(self.model.encoder.word_lut(tgtBatch), encStates[0])
        return decOut


def probe():
    opt = {"layers": 2, "rnn_size": 16, "word_vec_size": 12, "brnn": True, "rnn_type": "GRU"}
    encoder = Encoder(opt, 30)
    decoder = nn.GRU(opt["word_vec_size"], opt["rnn_size"], num_layers=opt["layers"])
    translator = Translator(opt, NMTModel(encoder, decoder))
    translator.translateBatch(torch.randint(0, 30, (7, 3)), torch.randint(0, 30, (5, 3)))


if __name__ == "__main__":
    probe()

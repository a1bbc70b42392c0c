# source: https://github.com/fani-lab/RePair/issues/22
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (1, 8, 16), got [1, 8, 32]
"""HREDQS (from context_attentive_ir): with bidirection on, the decoder state is built by
concatenating the encoder's two directions, (layers, B, 2 * nhid), but the decoder's LSTM has
nhid_decoder = nhid features: Expected hidden[0] size (1, 8, 1024), got [1, 8, 2048]."""
import torch
import torch.nn as nn

HYPARAMS = {"rnn_type": "LSTM", "emsize": 12, "nhid": 16, "nhid_decoder": 16,
            "nlayers": 1, "bidirection": True}


class Args:
    def __init__(self, values):
        self.__dict__.update(values)


class Encoder(nn.Module):
    def __init__(self, rnn_type, input_size, bidirection, nlayers, nhid):
        super(Encoder, self).__init__()
        self.rnn = getattr(nn, rnn_type)(input_size, nhid, nlayers, batch_first=True,
                                         bidirectional=bidirection)

    def forward(self, x):
        memory_bank, hidden = self.rnn(x)
        return hidden, memory_bank


class Decoder(nn.Module):
    def __init__(self, rnn_type, input_size, bidirection, nlayers, nhid):
        super(Decoder, self).__init__()
        self.bidirectional_encoder = bidirection
        kwargs = {"input_size": input_size, "hidden_size": nhid, "num_layers": nlayers,
                  "batch_first": True}
        self.rnn = getattr(nn, rnn_type)(**kwargs)

    def init_decoder(self, encoder_final):
        def _fix_enc_hidden(hidden):
            # (layers*directions) x batch x dim  ->  layers x batch x (directions*dim)
            if self.bidirectional_encoder:
                hidden = torch.cat([hidden[0:hidden.size(0):2],
                                    hidden[1:hidden.size(0):2]], 2)
            return hidden

        if isinstance(encoder_final, tuple):
            return tuple(_fix_enc_hidden(h) for h in encoder_final)
        return _fix_enc_hidden(encoder_final)

    def forward(self, tgt, state):
        return self.rnn(tgt, state)


class HredQS(nn.Module):
    def __init__(self, args):
        super(HredQS, self).__init__()
        self.embedder = nn.Embedding(50, args.emsize)
        self.encoder = Encoder(args.rnn_type, args.emsize, args.bidirection, args.nlayers,
                               args.nhid)
        self.decoder = Decoder(rnn_type=args.rnn_type, input_size=args.emsize, bidirection=args.bidirection, nlayers=args.nlayers, nhid=args.nhid_decoder)  # fix: a decoder fed concatenated directions needs nhid_decoder = 2 * nhid

    def forward(self, source, target):
        hidden, memory_bank = self.encoder(self.embedder(source))
        state = self.decoder.init_decoder(hidden)
        return self.decoder(self.embedder(target), state)


def probe():
    model = HredQS(Args(HYPARAMS))
    model(torch.randint(0, 50, (8, 6)), torch.randint(0, 50, (8, 4)))


if __name__ == "__main__":
    probe()

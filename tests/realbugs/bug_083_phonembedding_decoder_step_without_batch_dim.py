# source: https://github.com/mpsilfve/phonembedding/issues/2
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""phonembedding's character decoder (src/rnn.py): the model lives in a dict built by
initmodel(), the encoder is a bidirectional LSTM whose final cell state becomes the context, and
decode() steps the decoder LSTM one character at a time. Each step's input is built as
cat([char_embedding, context], dim=1): (1, features), a 2-D tensor, which nn.LSTM reads as one
unbatched sequence, while the states it carries are (layers, batch=1, hidden). The report's
"input must have 3 dimensions, got 2" is torch 0.4's wording of the same mismatch. (The rebuild
gives the decoder its own one-layer states, so that the step is the only thing wrong.)"""
from copy import copy

from torch import FloatTensor, LongTensor, randn, cat
from torch import max as tmax
from torch.autograd import Variable
from torch.nn import Embedding, Linear, LogSoftmax, NLLLoss, LSTM, ModuleList
from torch.optim import Adam

DTYPE = FloatTensor
LTYPE = LongTensor
LSTMDIM = 32
MAXWFLEN = 40
LOSS = NLLLoss()
LEARNINGRATE = 0.001
BETAS = (0.9, 0.9)

BD = "<#>"


def initmodel(cencoder, tencoder, embdim):
    cencoder = copy(cencoder)
    tencoder = copy(tencoder)
    tencoder[BD] = len(tencoder)
    cencoder[BD] = len(cencoder)
    cembedding = Embedding(len(cencoder), embdim)
    tembedding = Embedding(len(tencoder), embdim)
    enc = LSTM(input_size=embdim,
               hidden_size=LSTMDIM,
               num_layers=1,
               bidirectional=True).type(DTYPE)
    ench0 = randn(2, 1, LSTMDIM).type(DTYPE)
    encc0 = randn(2, 1, LSTMDIM).type(DTYPE)

    dec = LSTM(input_size=2 * LSTMDIM + embdim,
               hidden_size=LSTMDIM,
               num_layers=1).type(DTYPE)
    dech0 = randn(1, 1, LSTMDIM).type(DTYPE)
    decc0 = randn(1, 1, LSTMDIM).type(DTYPE)

    pred = Linear(LSTMDIM, len(cencoder)).type(DTYPE)
    sm = LogSoftmax(dim=1).type(DTYPE)

    model = ModuleList([cembedding, tembedding, enc, dec, pred, sm])
    optimizer = Adam(model.parameters(), lr=LEARNINGRATE, betas=BETAS)

    return {'model': model, 'optimizer': optimizer, 'cencoder': cencoder, 'tencoder': tencoder,
            'cembedding': cembedding, 'tembedding': tembedding, 'enc': enc, 'ench0': ench0,
            'encc0': encc0, 'dec': dec, 'dech0': dech0, 'decc0': decc0, 'pred': pred, 'sm': sm,
            'embdim': embdim}


def encode(lemma, tags, modeldict):
    lemma = [modeldict['cencoder'][BD]] + lemma
    tags = tags + [modeldict['cencoder'][BD]]
    lemmalen = len(lemma)
    tagslen = len(tags)
    lemma = modeldict['cembedding'](Variable(LTYPE(lemma), requires_grad=False))
    tags = modeldict['tembedding'](Variable(LTYPE(tags), requires_grad=False))
    all = cat([lemma, tags], dim=0)
    _, finals = modeldict['enc'](all.view(lemmalen + tagslen, 1, modeldict['embdim']),
                                 (modeldict['ench0'], modeldict['encc0']))
    finalh0, finalc0 = finals
    return finalc0


def decode(encoded, modeldict, wflen=MAXWFLEN):
    pchar = modeldict['cencoder'][BD]
    h = modeldict['dech0']
    c = modeldict['decc0']
    cdistrs = []
    chars = []
    for i in range(min(wflen + 1, MAXWFLEN)):
        pchar = Variable(LTYPE([pchar]), requires_grad=False)
        pemb = modeldict['cembedding'](pchar)
        input = cat([pemb, encoded.view(1, 2 * LSTMDIM)], dim=1)  # fix: one step of one sequence is (seq=1, batch=1, features): input.view(1, 1, -1)
        _, states = modeldict['dec'](input, (h, c))
        h, c = states
        cdistr = modeldict['sm'](modeldict['pred'](c.view(1, LSTMDIM)))
        cdistrs.append(cdistr)
        _, pchar = tmax(cdistr, 1)
        pchar = int(pchar.item())
        chars.append(pchar)
    return cat(cdistrs, dim=0), chars


def probe():
    cencoder = {ch: i for i, ch in enumerate("abcdefghij")}
    tencoder = {tag: i for i, tag in enumerate("N V ADJ PL SG NOM ACC GEN DAT PST PRS FUT".split())}
    modeldict = initmodel(cencoder, tencoder, embdim=16)
    encoded = encode([1, 2, 3], [0, 2], modeldict)
    decode(encoded, modeldict, wflen=4)


if __name__ == "__main__":
    probe()

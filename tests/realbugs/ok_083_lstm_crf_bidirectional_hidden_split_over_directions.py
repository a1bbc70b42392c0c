# source: https://github.com/threelittlemonkeys/lstm-crf-pytorch/blob/master/rnn_encoder.py
"""lstm-crf-pytorch's rnn_encoder (with parameters.py and embedding.py) done right: HIDDEN_SIZE is
the width of the bidirectional output, so each direction gets HIDDEN_SIZE // NUM_DIRS and the
tag layer nn.Linear(HIDDEN_SIZE, num_tags) takes both directions at once; init_state() makes
(NUM_LAYERS * NUM_DIRS, b, HIDDEN_SIZE // NUM_DIRS) states for the batch b read from the mask,
which is time-first (L, B), like the packed input. The RNN's input size is the embedding's
dim, the sum of the embedding sizes. (The original also moves tensors to CUDA.)"""
import torch
import torch.nn as nn

# parameters.py
RNN_TYPE = "GRU"  # LSTM or GRU
NUM_DIRS = 2  # unidirectional: 1, bidirectional: 2
NUM_LAYERS = 2
EMBED = {"lookup": 300}  # embeddings (lookup, cnn, rnn, sae)
HIDDEN_SIZE = 1000
DROPOUT = 0.5
PAD_IDX = 0


def zeros(*args):
    return torch.zeros(*args)


class embed(nn.Module):

    def __init__(self, ls, cti, wti):
        super().__init__()
        self.dim = sum(ls.values())
        self.word_embed = None
        for model, dim in ls.items():
            assert model in ("lookup", "cnn", "rnn", "sae")
            if model == "lookup":
                self.word_embed = nn.Embedding(len(wti), dim, padding_idx=PAD_IDX)

    def forward(self, b, xc, xw):
        hw = self.word_embed(xw)  # [Ls, B] -> [Ls, B, Hw]
        return torch.cat([h for h in [None, hw] if type(h) == torch.Tensor], 2)


class rnn_encoder(nn.Module):

    def __init__(self, cti, wti, num_tags):
        super().__init__()

        # architecture
        self.embed = embed(EMBED, cti, wti)
        self.rnn = getattr(nn, RNN_TYPE)(
            input_size=self.embed.dim,
            hidden_size=HIDDEN_SIZE // NUM_DIRS,
            num_layers=NUM_LAYERS,
            bias=True,
            dropout=DROPOUT,
            bidirectional=(NUM_DIRS == 2)
        )
        self.out = nn.Linear(HIDDEN_SIZE, num_tags)  # RNN output to tag

    def init_state(self, b):  # initialize RNN states
        n = NUM_LAYERS * NUM_DIRS
        h = HIDDEN_SIZE // NUM_DIRS
        hs = zeros(n, b, h)  # hidden state
        if RNN_TYPE == "GRU":
            return hs
        cs = zeros(n, b, h)  # LSTM cell state
        return (hs, cs)

    def forward(self, xc, xw, mask):
        b = mask.size(1)
        s = self.init_state(b)
        lens = mask.sum(0).int().cpu()

        x = self.embed(b, xc, xw)
        x = nn.utils.rnn.pack_padded_sequence(x, lens, enforce_sorted=False)
        h, _ = self.rnn(x, s)
        h, _ = nn.utils.rnn.pad_packed_sequence(h)
        h = self.out(h)
        h *= mask.unsqueeze(2)
        return h


def probe():
    torch.manual_seed(0)
    cti = {"<PAD>": 0, "a": 1, "b": 2}
    wti = {"<PAD>": 0, **{f"w{i}": i for i in range(1, 40)}}
    encoder = rnn_encoder(cti, wti, num_tags=7)
    xw = torch.randint(1, 40, (9, 3))  # [L, B], time first
    xw[6:, 1] = PAD_IDX
    mask = xw.gt(PAD_IDX).float()
    encoder(None, xw, mask).sum().backward()


if __name__ == "__main__":
    probe()

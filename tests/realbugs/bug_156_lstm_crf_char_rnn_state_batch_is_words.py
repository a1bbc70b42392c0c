# source: https://github.com/threelittlemonkeys/lstm-crf-pytorch/commit/25098504ae226e39ac576dafbaacbb1522e01cb2
# rule: LC009
# torch: RuntimeError: Expected hidden size (4, 24, 50), got [4, 4, 50]
"""lstm-crf-pytorch (parameters.py, embedding.py, model.py): with EMBED = ["char-rnn", "lookup"],
each word's characters go through a bidirectional char GRU whose batch is every word of every
sentence (x.view(-1, x.size(2)): B * L rows), but init_hidden() sized its states with the
sentence batch BATCH_SIZE from parameters.py. The fix passed the real batch,
init_hidden(x.size(0) * x.size(1)). (The original also moved tensors to CUDA.)"""
import torch
import torch.nn as nn

# parameters.py
RNN_TYPE = "LSTM"  # LSTM or GRU
NUM_DIRS = 2  # unidirectional: 1, bidirectional: 2
NUM_LAYERS = 2
BATCH_SIZE = 4
EMBED = ["char-rnn", "lookup"]  # embeddings (char-cnn, char-rnn, lookup, sae)
EMBED_SIZE = 200
HIDDEN_SIZE = 120
DROPOUT = 0.5
PAD_IDX = 0


# utils.py
def zeros(*args):
    return torch.zeros(*args)


class embed(nn.Module):
    def __init__(self, char_vocab_size, word_vocab_size, embed_size):
        super().__init__()
        dim = embed_size // len(EMBED)  # dimension of each embedding vector

        # architecture
        if "char-cnn" in EMBED:
            self.char_embed = self.cnn(char_vocab_size, dim)
        elif "char-rnn" in EMBED:
            self.char_embed = self.rnn(char_vocab_size, dim)
        if "lookup" in EMBED:
            self.word_embed = nn.Embedding(word_vocab_size, dim, padding_idx=PAD_IDX)

    def forward(self, xc, xw):
        hc = self.char_embed(xc) if "char-cnn" in EMBED or "char-rnn" in EMBED else None
        hw = self.word_embed(xw) if "lookup" in EMBED or "sae" in EMBED else None
        h = torch.cat([h for h in [hc, hw] if type(h) == torch.Tensor], 2)
        return h

    class rnn(nn.Module):
        def __init__(self, vocab_size, embed_size):
            super().__init__()
            self.dim = embed_size
            self.rnn_type = "GRU"  # LSTM, GRU
            self.num_dirs = 2  # unidirectional: 1, bidirectional: 2
            self.num_layers = 2

            # architecture
            self.embed = nn.Embedding(vocab_size, embed_size, padding_idx=PAD_IDX)
            self.rnn = getattr(nn, self.rnn_type)(
                input_size=self.dim,
                hidden_size=self.dim // self.num_dirs,
                num_layers=self.num_layers,
                bias=True,
                batch_first=True,
                dropout=DROPOUT,
                bidirectional=self.num_dirs == 2
            )

        def init_hidden(self):  # initialize hidden states
            hs = zeros(self.num_layers * self.num_dirs, BATCH_SIZE, self.dim // self.num_dirs)  # fix: init_hidden(b) with b = x.size(0) * x.size(1), the words in the batch
            if self.rnn_type == "LSTM":
                cs = zeros(self.num_layers * self.num_dirs, BATCH_SIZE, self.dim // self.num_dirs)
                return (hs, cs)
            return hs

        def forward(self, x):
            hs = self.init_hidden()
            x = x.view(-1, x.size(2))  # [B * L, char_seq_len]
            x = self.embed(x)
            _, s = self.rnn(x, hs)
            h = s if self.rnn_type == "GRU" else s[-1]
            h = torch.cat([x for x in h[-self.num_dirs:]], 1)  # final hidden state
            h = h.view(BATCH_SIZE, -1, h.size(1))  # [B, L, embed_size]
            return h


class rnn(nn.Module):
    def __init__(self, char_vocab_size, word_vocab_size, num_tags):
        super().__init__()

        # architecture
        self.embed = embed(char_vocab_size, word_vocab_size, EMBED_SIZE)
        self.rnn = getattr(nn, RNN_TYPE)(
            input_size=EMBED_SIZE,
            hidden_size=HIDDEN_SIZE // NUM_DIRS,
            num_layers=NUM_LAYERS,
            bias=True,
            batch_first=True,
            dropout=DROPOUT,
            bidirectional=NUM_DIRS == 2
        )
        self.out = nn.Linear(HIDDEN_SIZE, num_tags)  # RNN output to tag

    def init_hidden(self, b):  # initialize hidden states
        n = NUM_LAYERS * NUM_DIRS
        h = HIDDEN_SIZE // NUM_DIRS
        hs = zeros(n, b, h)  # hidden state
        if RNN_TYPE == "LSTM":
            cs = zeros(n, b, h)  # cell state
            return (hs, cs)
        return hs

    def forward(self, xc, xw, mask):
        hs = self.init_hidden(xw.size(0))
        x = self.embed(xc, xw)
        x = nn.utils.rnn.pack_padded_sequence(x, mask.sum(1).int(), batch_first=True)
        h, _ = self.rnn(x, hs)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True)
        h = self.out(h)
        h *= mask.unsqueeze(2)
        return h


def probe():
    torch.manual_seed(0)
    model = rnn(char_vocab_size=60, word_vocab_size=300, num_tags=9)
    words, chars = 6, 8
    xw = torch.randint(1, 300, (BATCH_SIZE, words))
    xc = torch.randint(1, 60, (BATCH_SIZE, words, chars))
    mask = torch.ones(BATCH_SIZE, words)
    model(xc, xw, mask).sum().backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/xiaojunxu/SQLNet/issues/59
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 300, got 100
"""SQLNet: N_word=300 sizes every LSTM, but the word vectors loaded are GloVe 100d, so the
embedded questions carry 100 features."""
import torch
import torch.nn as nn


class WordEmbedding(nn.Module):
    def __init__(self, word_emb, N_word):
        super(WordEmbedding, self).__init__()
        self.N_word = N_word
        vocab_size = len(word_emb["words"])
        self.embedding = nn.Embedding(vocab_size, word_emb["dim"])

    def gen_x_batch(self, q_ids):
        return self.embedding(q_ids)


class AggPredictor(nn.Module):
    def __init__(self, N_word, N_h, N_depth):
        super(AggPredictor, self).__init__()
        self.agg_lstm = nn.LSTM(input_size=N_word, hidden_size=N_h // 2, num_layers=N_depth,
                                batch_first=True, dropout=0.3, bidirectional=True)
        self.agg_out = nn.Linear(N_h, 6)

    def forward(self, x_emb_var):
        h_enc, _ = self.agg_lstm(x_emb_var)
        return self.agg_out(h_enc[:, -1])


def load_word_emb(file_name):
    # glove.6B.100d.txt: one 100-dimensional vector per word
    return {"words": ["<unk>", "select", "from", "where", "count"], "dim": 100}


def probe():
    N_word = 300  # fix: N_word must equal the dimension of the word vectors loaded (100 for glove.6B.100d)
    B_word = 6
    word_emb = load_word_emb("glove/glove.%dB.100d.txt" % B_word)
    embed_layer = WordEmbedding(word_emb, N_word)
    agg_pred = AggPredictor(N_word, N_h=20, N_depth=2)
    x_emb_var = embed_layer.gen_x_batch(torch.randint(0, 5, (2, 6)))
    agg_pred(x_emb_var)


if __name__ == "__main__":
    probe()

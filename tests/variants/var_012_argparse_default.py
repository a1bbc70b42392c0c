# source: variant of bug_012 (N_word is an argparse default; the vectors' width a module constant)
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 300, got 100
"""bug_012 with N_word from the command line's default: every LSTM is built for 300 features,
the word vectors loaded are 100 wide."""
import argparse

import torch
import torch.nn as nn

GLOVE_DIM = 100


class AggPredictor(nn.Module):
    def __init__(self, n_word, n_h, n_depth):
        super().__init__()
        self.embedding = nn.Embedding(5, GLOVE_DIM)
        self.agg_lstm = nn.LSTM(input_size=n_word, hidden_size=n_h // 2, num_layers=n_depth,
                                batch_first=True, dropout=0.3, bidirectional=True)
        self.agg_out = nn.Linear(n_h, 6)

    def forward(self, q_ids):
        h_enc, _ = self.agg_lstm(self.embedding(q_ids))
        return self.agg_out(h_enc[:, -1])


def probe():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n_word", type=int, default=300)  # fix: N_word must equal the word vectors' dimension (100)
    parser.add_argument("--n_h", type=int, default=20)
    args = parser.parse_args([])
    model = AggPredictor(args.n_word, args.n_h, 2)
    model(torch.randint(0, 5, (2, 6)))


if __name__ == "__main__":
    probe()

"""A part-of-speech tagger: Embedding -> LSTM -> Linear over every hidden state.

One sentence at a time, sequence-first (no batch_first), so the LSTM sees
(seq_len, batch=1, embedding_dim) and gives back (seq_len, 1, hidden_dim).
This one is correct; `lstmcheck check examples/lstm_tagger.py` should stay quiet.
"""

import torch
import torch.nn.functional as F
from torch import nn


class LSTMTagger(nn.Module):
    def __init__(self, vocab_size, tagset_size, embedding_dim=6, hidden_dim=8):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        # input_size first, hidden_size second
        self.lstm = nn.LSTM(embedding_dim, hidden_dim)
        # one score per tag for each hidden state
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        # sentence: (seq_len,) word indices
        embeds = self.word_embeddings(sentence)              # (seq_len, embedding_dim)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))  # (seq_len, 1, hidden_dim)
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))  # (seq_len, tagset_size)
        return F.log_softmax(tag_space, dim=1)


def to_indices(words, vocab):
    return torch.tensor([vocab[w] for w in words], dtype=torch.long)


if __name__ == "__main__":
    training_data = [
        ("the dog ate the apple".split(), ["DET", "NN", "V", "DET", "NN"]),
        ("everybody read that book".split(), ["NN", "V", "DET", "NN"]),
    ]
    word_to_ix = {}
    for words, _ in training_data:
        for word in words:
            word_to_ix.setdefault(word, len(word_to_ix))
    tag_to_ix = {"DET": 0, "NN": 1, "V": 2}

    model = LSTMTagger(len(word_to_ix), len(tag_to_ix))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(200):
        for words, tags in training_data:
            model.zero_grad()
            scores = model(to_indices(words, word_to_ix))
            loss = F.nll_loss(scores, to_indices(tags, tag_to_ix))
            loss.backward()
            optimizer.step()

    with torch.no_grad():
        scores = model(to_indices(training_data[0][0], word_to_ix))
        print(scores.shape, scores.argmax(dim=1).tolist())

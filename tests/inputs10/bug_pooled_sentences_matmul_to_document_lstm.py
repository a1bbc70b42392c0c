# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 32, got 64
# A hierarchical document classifier: each sentence's words go through a bidirectional LSTM
# and are pooled by attention weights (padding masked out) with `@`; the sentence vectors
# then go through a document-level LSTM, which was sized for one direction of the word LSTM.
import torch
from torch import nn


class HierarchicalClassifier(nn.Module):
    def __init__(self, vocab=100, emb=16, hidden=32, classes=4, pad=0):
        super().__init__()
        self.pad = pad
        self.embed = nn.Embedding(vocab, emb, padding_idx=pad)
        self.word_rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Linear(2 * hidden, 1)
        self.doc_rnn = nn.LSTM(hidden, hidden, batch_first=True)  # fix: nn.LSTM(2 * hidden, hidden, batch_first=True): a sentence vector pools both directions
        self.classify = nn.Linear(hidden, classes)

    def encode_sentences(self, words):
        out, _ = self.word_rnn(self.embed(words))
        scores = self.score(out).squeeze(-1).masked_fill(words == self.pad, -1e4)
        weights = torch.softmax(scores, dim=-1)
        return torch.matmul(weights.unsqueeze(1), out).squeeze(1)

    def forward(self, document):
        sentences = self.encode_sentences(document)
        _, (h, _) = self.doc_rnn(sentences.unsqueeze(0))  # one document: a batch of one
        return self.classify(h[-1])


def probe():
    model = HierarchicalClassifier()
    model(torch.randint(1, 100, (6, 9)))

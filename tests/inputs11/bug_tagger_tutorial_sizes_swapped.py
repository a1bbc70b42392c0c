# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 6
# severity: warning
# PyTorch's sequence-models tutorial (the LSTM part-of-speech tagger, copied in many student
# repositories, e.g. the ones rguthrie3/DeepLearningForNLPInPytorch issue #2 discusses,
# https://github.com/rguthrie3/DeepLearningForNLPInPytorch/issues/2) with the LSTM's sizes
# written in the order of the tagger's own parameters.
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMTagger(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, tagset_size):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(hidden_dim, hidden_dim)  # fix: nn.LSTM(embedding_dim, hidden_dim)
        self.hidden2tag = nn.Linear(hidden_dim, tagset_size)

    def forward(self, sentence):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds.view(len(sentence), 1, -1))
        tag_space = self.hidden2tag(lstm_out.view(len(sentence), -1))
        return F.log_softmax(tag_space, dim=1)


def prepare_sequence(seq, to_ix):
    return torch.tensor([to_ix[w] for w in seq], dtype=torch.long)


def probe():
    word_to_ix = {w: i for i, w in enumerate("the dog ate an apple".split())}
    LSTMTagger(6, 8, 9, 3)(prepare_sequence("the dog ate an apple".split(), word_to_ix))

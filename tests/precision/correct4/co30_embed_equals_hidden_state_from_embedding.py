"""The initial state is an embedding of the speaker id, sized hidden; the word embedding is
also 24 wide here. Each Embedding is sized by its own name."""
import torch
import torch.nn as nn

WORD_DIM = 24
HIDDEN = 24


class SpeakerLM(nn.Module):
    def __init__(self, vocab, speakers, word_dim, hidden):
        super().__init__()
        self.words = nn.Embedding(vocab, word_dim)
        self.speaker_state = nn.Embedding(speakers, hidden)
        self.rnn = nn.GRU(word_dim, hidden, batch_first=True)

    def forward(self, ids, speaker):
        h0 = self.speaker_state(speaker).unsqueeze(0)
        return self.rnn(self.words(ids), h0)[0]


def probe():
    m = SpeakerLM(30, 3, WORD_DIM, HIDDEN)
    result = m(torch.randint(0, 30, (2, 5)), torch.tensor([0, 2])).shape
    assert result == (2, 5, HIDDEN)
    result = SpeakerLM(30, 3, 8, 16)(torch.randint(0, 30, (2, 5)), torch.tensor([1, 1])).shape
    assert result == (2, 5, 16)

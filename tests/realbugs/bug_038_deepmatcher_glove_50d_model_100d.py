# source: https://github.com/anhaidgroup/deepmatcher/issues/83
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 100, got 50
"""Entity matching: the attribute summarizer's RNN keeps the word dimension of the first run
(glove.6B.100d) while the second run embeds with glove.6B.50d."""
import torch
import torch.nn as nn

EMBEDDINGS = "glove.6B.50d"
SETTINGS = {"word_dim": 100, "hidden_size": 16, "attr_summarizer": "rnn"}  # fix: word_dim must follow the embeddings in use (50 for glove.6B.50d)


def load_vectors(name, vocab_size=60):
    dim = int(name.rsplit(".", 1)[1][:-1])
    return nn.Embedding(vocab_size, dim)


class RNNSummarizer(nn.Module):
    def __init__(self, word_dim, hidden_size):
        super().__init__()
        self.rnn = nn.GRU(word_dim, hidden_size, batch_first=True, bidirectional=True)

    def forward(self, x):
        output, _ = self.rnn(x)
        return output.max(dim=1)[0]


class MatchingModel(nn.Module):
    def __init__(self, settings, embeddings):
        super().__init__()
        self.embed = embeddings
        self.summarizer = RNNSummarizer(settings["word_dim"], settings["hidden_size"])
        self.classifier = nn.Linear(4 * settings["hidden_size"], 2)

    def forward(self, left, right):
        a = self.summarizer(self.embed(left))
        b = self.summarizer(self.embed(right))
        return self.classifier(torch.cat([a, b], dim=1))


def probe():
    model = MatchingModel(SETTINGS, load_vectors(EMBEDDINGS))
    model(torch.randint(0, 60, (2, 7)), torch.randint(0, 60, (2, 5)))


if __name__ == "__main__":
    probe()

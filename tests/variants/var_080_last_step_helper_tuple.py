# source: variant of bug_080 (the last step comes from a helper method that returns a tuple)
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (10x100 and 50x3)
"""bug_080 with the encoding in a helper that returns (last step, final state); forward unpacks it
and feeds the last step of a bidirectional LSTM to a head sized for one direction."""
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, num_classes, embedding_dim=100, hidden_dim=50, vocab_size=128):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True, bidirectional=True)
        self.classifier = nn.Linear(hidden_dim, num_classes)  # fix: a bidirectional LSTM gives 2 * hidden_dim features

    def _encode(self, tokens):
        out, (h, c) = self.lstm(self.embeddings(tokens))
        return out[:, -1, :], h

    def forward(self, tokens):
        last, _ = self._encode(tokens)
        return self.classifier(last)


def probe():
    model = LSTMClassifier(3)
    model(torch.randint(0, 128, (10, 12)))


if __name__ == "__main__":
    probe()

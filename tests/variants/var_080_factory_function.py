# source: variant of bug_080 (the model built by a factory function whose defaults set bidirectional)
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (10x100 and 50x3)
"""bug_080 with the model made by build_model(), whose default turns the LSTM bidirectional while
the classifier keeps hidden_dim inputs."""
import torch
import torch.nn as nn


class LSTMClassifier(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_dim, num_classes, bidirectional):
        super().__init__()
        self.embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, batch_first=True,
                            bidirectional=bidirectional)
        self.classifier = nn.Linear(hidden_dim, num_classes)  # fix: hidden_dim * (2 if bidirectional else 1)

    def forward(self, tokens):
        lstm_out, _ = self.lstm(self.embeddings(tokens))
        return self.classifier(lstm_out[:, -1])


def build_model(vocab_size=128, hidden_dim=50, bidirectional=True):
    return LSTMClassifier(vocab_size, 100, hidden_dim, 3, bidirectional)


def probe():
    model = build_model()
    model(torch.randint(0, 128, (10, 12)))


if __name__ == "__main__":
    probe()

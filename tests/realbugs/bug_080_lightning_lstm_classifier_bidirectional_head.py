# source: https://github.com/pytorch/pytorch/issues/72417
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (10x100 and 50x3)
"""A Lightning text classifier made bidirectional (the lines marked `# !` in the thread): the LSTM
gets bidirectional=True, but the classifier is still nn.Linear(hidden_dim, ...), while the last
step of a bidirectional LSTM carries 2 * hidden_dim features (the thread's fix:
nn.Linear(2 * hidden_dim, ...))."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LSTMClassifier(nn.Module):

    def __init__(self,
                 num_classes,
                 batch_size=10,
                 embedding_dim=100,
                 hidden_dim=50,
                 vocab_size=128):
        super(LSTMClassifier, self).__init__()
        initrange = 0.1
        self.num_labels = num_classes
        n = len(self.num_labels)
        self.hidden_dim = hidden_dim
        self.batch_size = batch_size
        self.num_layers = 1
        self.word_embeddings = nn.Embedding(vocab_size, embedding_dim)
        self.word_embeddings.weight.data.uniform_(-initrange, initrange)
        self.lstm = nn.LSTM(input_size=embedding_dim, hidden_size=hidden_dim,
                            num_layers=self.num_layers, batch_first=True, bidirectional=True)  # !
        self.classifier = nn.Linear(hidden_dim, self.num_labels[0])  # fix: the bidirectional LSTM gives 2 * hidden_dim features: nn.Linear(2 * hidden_dim, ...)

    def forward(self, sentence, labels=None):
        embeds = self.word_embeddings(sentence)
        lstm_out, _ = self.lstm(embeds)
        logits = self.classifier(lstm_out[:, -1, :])
        if labels is not None:
            return F.cross_entropy(logits, labels), logits
        return logits


def probe():
    model = LSTMClassifier(num_classes=[3], batch_size=10)
    sentences = torch.randint(0, 128, (10, 12))
    model(sentences, torch.randint(0, 3, (10,)))


if __name__ == "__main__":
    probe()

# source: https://github.com/LeonYang95/PLELog/issues/18
# rule: LC007
# torch: RuntimeError: The size of tensor a (16) must match the size of tensor b (8) at non-singleton dimension 2
"""PLELog (models/gru.py, the attention-based GRU for log anomaly detection): represents =
hiddens * sent_probs fails with "The size of tensor a (200) must match the size of tensor b (100)
at non-singleton dimension 2". The maintainer's answer: the GRU is bidirectional, so hiddens are
2 * lstm_hiddens wide, and whatever was sized from lstm_hiddens alone no longer lines up. The
reporter's attention settings are not in the thread; here the per-feature attention gate is
sized from lstm_hiddens in the configuration, the way the width was set for a one-way GRU."""
import torch
import torch.nn as nn
from torch.nn import Parameter


class Configurable:
    def __init__(self, **options):
        self.lstm_layers = options.get("lstm_layers", 1)
        self.lstm_hiddens = options.get("lstm_hiddens", 100)
        self.dropout = options.get("dropout", 0.33)


class Vocab:
    def __init__(self, vocab_size, word_dim):
        self.vocab_size = vocab_size
        self.word_dim = word_dim
        self.PAD = 0
        self.embeddings = torch.randn(vocab_size, word_dim)


class AttGRUModel(nn.Module):
    def __init__(self, vocab, lstm_layers, lstm_hiddens, dropout):
        super(AttGRUModel, self).__init__()
        self.dropout = dropout
        vocab_size, word_dims = vocab.vocab_size, vocab.word_dim
        self.word_embed = nn.Embedding(vocab_size, word_dims, padding_idx=vocab.PAD)
        self.word_embed.weight.data.copy_(vocab.embeddings)
        self.word_embed.weight.requires_grad = False
        self.rnn = nn.GRU(input_size=word_dims, hidden_size=lstm_hiddens, num_layers=lstm_layers,
                          batch_first=True, bidirectional=True, dropout=dropout)

        self.sent_dim = lstm_hiddens  # fix: the GRU is bidirectional: 2 * lstm_hiddens
        self.atten_guide = Parameter(torch.Tensor(self.sent_dim))
        self.atten_guide.data.normal_(0, 1)
        self.atten = nn.Linear(word_dims, self.sent_dim)
        self.proj = nn.Linear(self.sent_dim, 2)

    def forward(self, inputs):
        words, masks, word_len = inputs
        embed = self.word_embed(words)
        hiddens, state = self.rnn(embed)
        sent_probs = torch.sigmoid(self.atten(embed) * self.atten_guide)
        sent_probs = sent_probs * masks.unsqueeze(-1)
        batch_size, srclen, dim = hiddens.size()
        sent_probs = sent_probs.view(batch_size, srclen, -1)
        represents = hiddens * sent_probs
        represents = represents.sum(dim=1)
        outputs = self.proj(represents)
        return outputs


def probe():
    config = Configurable(lstm_layers=2, lstm_hiddens=8, dropout=0.33)
    vocab = Vocab(vocab_size=40, word_dim=12)
    model = AttGRUModel(vocab, config.lstm_layers, config.lstm_hiddens, config.dropout)
    words = torch.randint(1, 40, (4, 10))
    masks = torch.ones(4, 10)
    model((words, masks, torch.full((4,), 10)))


if __name__ == "__main__":
    probe()

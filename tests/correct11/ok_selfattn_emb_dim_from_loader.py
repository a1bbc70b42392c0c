"""Structured self-attention: emb_dim is rebound by a helper that returns (embedding, emb_dim)
(the pretrained matrix's width when given), the state is made once for a fixed batch_size and
the input viewed to (batch_size, max_len, -1) before the LSTM.

source: kaushalshetty/Structured-Self-Attention@84ed64f9cee75f84a5d871a46508a308182e4a6d attention/model.py
"""
import torch
import torch.nn.functional as F
from torch.autograd import Variable


class StructuredSelfAttention(torch.nn.Module):

    def __init__(self, batch_size, lstm_hid_dim, d_a, r, max_len, emb_dim=100, vocab_size=None,
                 use_pretrained_embeddings=False, embeddings=None, type=0, n_classes=1):
        super(StructuredSelfAttention, self).__init__()
        self.embeddings, emb_dim = self._load_embeddings(use_pretrained_embeddings, embeddings, vocab_size, emb_dim)
        self.lstm = torch.nn.LSTM(emb_dim, lstm_hid_dim, 1, batch_first=True)
        self.linear_first = torch.nn.Linear(lstm_hid_dim, d_a)
        self.linear_second = torch.nn.Linear(d_a, r)
        self.n_classes = n_classes
        self.linear_final = torch.nn.Linear(lstm_hid_dim, self.n_classes)
        self.batch_size = batch_size
        self.max_len = max_len
        self.lstm_hid_dim = lstm_hid_dim
        self.hidden_state = self.init_hidden()
        self.r = r
        self.type = type

    def _load_embeddings(self, use_pretrained_embeddings, embeddings, vocab_size, emb_dim):
        if not use_pretrained_embeddings:
            word_embeddings = torch.nn.Embedding(vocab_size, emb_dim, padding_idx=0)
        elif use_pretrained_embeddings:
            word_embeddings = torch.nn.Embedding(embeddings.size(0), embeddings.size(1))
            word_embeddings.weight = torch.nn.Parameter(embeddings)
            emb_dim = embeddings.size(1)
        return word_embeddings, emb_dim

    def init_hidden(self):
        return (Variable(torch.zeros(1, self.batch_size, self.lstm_hid_dim)),
                Variable(torch.zeros(1, self.batch_size, self.lstm_hid_dim)))

    def forward(self, x):
        embeddings = self.embeddings(x)
        outputs, self.hidden_state = self.lstm(embeddings.view(self.batch_size, self.max_len, -1), self.hidden_state)
        x = torch.tanh(self.linear_first(outputs))
        x = self.linear_second(x)
        attention = F.softmax(x, 1).transpose(1, 2)
        sentence_embeddings = attention @ outputs
        avg_sentence_embeddings = torch.sum(sentence_embeddings, 1) / self.r
        return torch.sigmoid(self.linear_final(avg_sentence_embeddings)), attention


def probe():
    glove = torch.randn(500, 300)
    model = StructuredSelfAttention(batch_size=8, lstm_hid_dim=50, d_a=100, r=10, max_len=20,
                                    use_pretrained_embeddings=True, embeddings=glove)
    with torch.no_grad():
        model(torch.randint(0, 500, (8, 20)))

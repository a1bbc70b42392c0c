# source: https://github.com/andrearosasco/BertQuestionGeneration/issues/4
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 2, 16), got [2, 9, 24]
"""Question generation on BERT encodings: the decoder hands its GRU the BERT encodings (the
attention queries, (batch, src_len, 1024)) where the previous hidden state belongs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Attention(nn.Module):
    def __init__(self, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.attn = nn.Linear(enc_hid_dim + dec_hid_dim, dec_hid_dim)
        self.v = nn.Linear(dec_hid_dim, 1, bias=False)

    def forward(self, hidden, encoder_outputs):
        src_len = encoder_outputs.shape[1]
        hidden = hidden[-1].unsqueeze(1).repeat(1, src_len, 1)
        energy = torch.tanh(self.attn(torch.cat((hidden, encoder_outputs), dim=2)))
        return F.softmax(self.v(energy).squeeze(2), dim=1)


class Decoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, enc_hid_dim, dec_hid_dim, dropout):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.attention = Attention(enc_hid_dim, dec_hid_dim)
        self.rnn = nn.GRU(emb_dim, dec_hid_dim, batch_first=True)
        self.out = nn.Linear(dec_hid_dim + enc_hid_dim, vocab_size)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input, queries, hidden):
        embedded = self.dropout(self.embedding(input.unsqueeze(1)))
        output, hidden = self.rnn(embedded, queries)  # fix: the GRU's state is `hidden`, not the BERT encodings
        a = self.attention(hidden, queries).unsqueeze(1)
        weighted = torch.bmm(a, queries)
        prediction = self.out(torch.cat((output, weighted), dim=2).squeeze(1))
        return prediction, hidden


def probe():
    batch, src_len, bert_dim, dec_hid_dim = 2, 9, 24, 16
    decoder = Decoder(vocab_size=30, emb_dim=8, enc_hid_dim=bert_dim, dec_hid_dim=dec_hid_dim,
                      dropout=0.1)
    bert_encodings = torch.randn(batch, src_len, bert_dim)
    hidden = torch.zeros(1, batch, dec_hid_dim)
    decoder(torch.tensor([1, 2]), bert_encodings, hidden)


if __name__ == "__main__":
    probe()

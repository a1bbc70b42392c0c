# source: https://github.com/AdamKaniasty/Transformer_Implementations/blob/5a1d69cbfe025e659080ccda026246a43eb5ff84/seq2seq_attention/layers/encoder.py
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 3, 8), got [4, 3, 8]
"""AdamKaniasty/Transformer_Implementations (seq2seq_attention/layers/encoder.py, decoder.py,
s2s.py): the encoder is the classic LSTM seq2seq encoder made bidirectional,
nn.LSTM(embedding_dim, hidden_dim, n_layers, bidirectional=True, dropout=dropout), and returns its
final (hidden, cell) unchanged; Seq2Seq hands them to a one-way decoder LSTM with the same
n_layers and hidden_dim, nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=dropout). The
encoder's states are (2 * n_layers, batch, hidden_dim), so the decoder's first step fails. The
folder has no training script; not reported; torch confirms it with two layers. Fix: a one-way
encoder (as the seq2seq folder's own encoder) or merge the two directions before the decoder.
A small training step stands in for the notebook that would drive it."""
import random

import torch
import torch.nn as nn


# seq2seq_attention/layers/encoder.py
class Encoder(nn.Module):
    def __init__(self, input_dim, embedding_dim, hidden_dim, n_layers, dropout):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.n_layers = n_layers
        self.input_dim = input_dim
        self.embedding = nn.Embedding(input_dim, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, bidirectional=True, dropout=dropout)  # fix: nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=dropout), or merge the directions
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        embedded = self.dropout(self.embedding(x))
        _, (hidden, cell) = self.lstm(embedded)
        return hidden, cell


# seq2seq_attention/layers/decoder.py
class Decoder(nn.Module):
    def __init__(self, output_dim, embedding_dim, hidden_dim, n_layers, dropout):
        super().__init__()
        self.output_dim = output_dim
        self.embedding = nn.Embedding(output_dim, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim, n_layers, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(hidden_dim, output_dim)

    def forward(self, inp, hidden, cell):
        inp = inp.unsqueeze(0)
        embedded = self.dropout(self.embedding(inp))
        output, (hidden, cell) = self.lstm(embedded, (hidden, cell))

        pred = self.fc(output.squeeze(0))
        return pred, hidden, cell


# seq2seq_attention/layers/s2s.py
class Seq2Seq(nn.Module):
    def __init__(self, encoder: Encoder, decoder: Decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, x, y, teacher_forcing_ratio):
        batch_size = y.shape[1]
        y_len = y.shape[0]
        vocab_size = self.decoder.output_dim

        outputs = torch.zeros(y_len, batch_size, vocab_size)

        hidden, cell = self.encoder(x)
        inp = y[0, :]
        for t in range(1, y_len):
            output, hidden, cell = self.decoder(inp, hidden, cell)
            outputs[t] = output
            teacher_force = random.random() < teacher_forcing_ratio
            top1 = output.argmax(1)
            inp = y[t] if teacher_force else top1

        return outputs


def train_step(model, optimizer, criterion, x, y, clip=1.0):
    model.train()
    optimizer.zero_grad()
    output = model(x, y, teacher_forcing_ratio=0.5)
    output_dim = output.shape[-1]
    loss = criterion(output[1:].view(-1, output_dim), y[1:].reshape(-1))
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
    optimizer.step()
    return loss.item()


def build(src_vocab, trg_vocab, embedding_dim=256, hidden_dim=512, n_layers=2, dropout=0.5):
    encoder = Encoder(src_vocab, embedding_dim, hidden_dim, n_layers, dropout)
    decoder = Decoder(trg_vocab, embedding_dim, hidden_dim, n_layers, dropout)
    return Seq2Seq(encoder, decoder)


def probe():
    model = build(30, 20, embedding_dim=6, hidden_dim=8, n_layers=2, dropout=0.1)
    optimizer = torch.optim.Adam(model.parameters())
    criterion = nn.CrossEntropyLoss()
    x = torch.randint(0, 30, (7, 3))
    y = torch.randint(0, 20, (5, 3))
    train_step(model, optimizer, criterion, x, y)


if __name__ == "__main__":
    probe()

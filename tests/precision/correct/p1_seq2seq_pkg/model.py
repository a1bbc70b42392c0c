"""Encoder-decoder whose depth and width come from the training script's options."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, hidden_size, n_layers, dropout):
        super().__init__()
        self.n_layers = n_layers
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hidden_size, n_layers, dropout=dropout, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden_size, hidden_size)

    def forward(self, src):
        outputs, (h, c) = self.rnn(self.embedding(src))
        h = h.view(self.n_layers, 2, src.size(1), self.hidden_size)
        c = c.view(self.n_layers, 2, src.size(1), self.hidden_size)
        h = torch.tanh(self.bridge(torch.cat([h[:, 0], h[:, 1]], dim=-1)))
        c = torch.tanh(self.bridge(torch.cat([c[:, 0], c[:, 1]], dim=-1)))
        return outputs, (h, c)


class Decoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, hidden_size, n_layers, dropout):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.rnn = nn.LSTM(emb_dim, hidden_size, n_layers, dropout=dropout)
        self.fc_out = nn.Linear(hidden_size, vocab_size)

    def forward(self, token, state):
        output, state = self.rnn(self.embedding(token).unsqueeze(0), state)
        return self.fc_out(output.squeeze(0)), state


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src, trg, teacher_forcing_ratio=0.5):
        _, state = self.encoder(src)
        token = trg[0]
        outputs = []
        for t in range(1, trg.size(0)):
            logits, state = self.decoder(token, state)
            outputs.append(logits)
            teacher_force = torch.rand(1).item() < teacher_forcing_ratio
            token = trg[t] if teacher_force else logits.argmax(1)
        return torch.stack(outputs)

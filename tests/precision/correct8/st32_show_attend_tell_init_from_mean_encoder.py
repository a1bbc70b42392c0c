"""show-attend-tell's init_hidden_state: the mean of the encoder's features through two
Linears gives (h, c) of (B, decoder_dim) for an LSTMCell."""
import torch
import torch.nn as nn


class DecoderWithAttention(nn.Module):
    def __init__(self, encoder_dim, decoder_dim, embed_dim, vocab):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed_dim)
        self.init_h = nn.Linear(encoder_dim, decoder_dim)
        self.init_c = nn.Linear(encoder_dim, decoder_dim)
        self.decode_step = nn.LSTMCell(embed_dim + encoder_dim, decoder_dim, bias=True)
        self.fc = nn.Linear(decoder_dim, vocab)

    def init_hidden_state(self, encoder_out):
        mean_encoder_out = encoder_out.mean(dim=1)
        return self.init_h(mean_encoder_out), self.init_c(mean_encoder_out)

    def forward(self, encoder_out, captions):
        h, c = self.init_hidden_state(encoder_out)
        emb = self.embedding(captions)
        context = encoder_out.mean(dim=1)
        preds = []
        for t in range(captions.size(1)):
            h, c = self.decode_step(torch.cat([emb[:, t], context], dim=1), (h, c))
            preds.append(self.fc(h))
        return torch.stack(preds, 1)


def probe():
    dec = DecoderWithAttention(64, 32, 16, 50)
    out = dec(torch.randn(2, 49, 64), torch.randint(0, 50, (2, 6)))
    assert out.shape == (2, 6, 50)

"""Show-attend-tell: the LSTMCell takes cat(embedding, gated attention-weighted encoding)."""
import torch
import torch.nn as nn


class Decoder(nn.Module):
    def __init__(self, embed_dim=8, decoder_dim=12, encoder_dim=20, vocab=30):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed_dim)
        self.decode_step = nn.LSTMCell(embed_dim + encoder_dim, decoder_dim, bias=True)
        self.init_h = nn.Linear(encoder_dim, decoder_dim)
        self.init_c = nn.Linear(encoder_dim, decoder_dim)
        self.f_beta = nn.Linear(decoder_dim, encoder_dim)
        self.fc = nn.Linear(decoder_dim, vocab)

    def forward(self, encoder_out, captions):
        mean = encoder_out.mean(dim=1)
        h, c = self.init_h(mean), self.init_c(mean)
        embeddings = self.embedding(captions)
        preds = []
        for t in range(captions.size(1)):
            gate = torch.sigmoid(self.f_beta(h))
            awe = gate * encoder_out.mean(dim=1)
            h, c = self.decode_step(torch.cat([embeddings[:, t, :], awe], dim=1), (h, c))
            preds.append(self.fc(h))
        return torch.stack(preds, 1)


def probe():
    assert Decoder()(torch.randn(2, 49, 20), torch.randint(0, 30, (2, 5))).shape == (2, 5, 30)

"""Image captioning (Show, Attend and Tell): states initialised from the mean image feature."""
import torch
import torch.nn as nn


class CaptionDecoder(nn.Module):
    def __init__(self, encoder_dim, embed_dim, decoder_dim, vocab_size, attention_dim):
        super().__init__()
        self.decoder_dim = decoder_dim
        self.embedding = nn.Embedding(vocab_size, embed_dim)
        self.init_h = nn.Linear(encoder_dim, decoder_dim)
        self.init_c = nn.Linear(encoder_dim, decoder_dim)
        self.enc_att = nn.Linear(encoder_dim, attention_dim)
        self.dec_att = nn.Linear(decoder_dim, attention_dim)
        self.full_att = nn.Linear(attention_dim, 1)
        self.f_beta = nn.Linear(decoder_dim, encoder_dim)
        self.decode_step = nn.LSTMCell(embed_dim + encoder_dim, decoder_dim, bias=True)
        self.fc = nn.Linear(decoder_dim, vocab_size)

    def forward(self, encoder_out, captions):
        batch_size = encoder_out.size(0)
        encoder_out = encoder_out.view(batch_size, -1, encoder_out.size(-1))
        mean_out = encoder_out.mean(dim=1)
        h, c = self.init_h(mean_out), self.init_c(mean_out)
        embeddings = self.embedding(captions)
        predictions = []
        for t in range(captions.size(1)):
            att = self.full_att(torch.relu(self.enc_att(encoder_out)
                                           + self.dec_att(h).unsqueeze(1))).squeeze(2)
            alpha = torch.softmax(att, dim=1)
            context = (encoder_out * alpha.unsqueeze(2)).sum(dim=1)
            gate = torch.sigmoid(self.f_beta(h))
            h, c = self.decode_step(torch.cat([embeddings[:, t, :], gate * context], dim=1), (h, c))
            predictions.append(self.fc(h))
        return torch.stack(predictions, dim=1)


def probe():
    decoder = CaptionDecoder(encoder_dim=16, embed_dim=6, decoder_dim=10, vocab_size=25,
                             attention_dim=7)
    out = decoder(torch.randn(2, 3, 3, 16), torch.randint(0, 25, (2, 5)))
    assert out.shape == (2, 5, 25)

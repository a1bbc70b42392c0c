"""Greedy decoding with a while loop that stops at EOS; one sentence (batch of 1)."""
import torch
import torch.nn as nn

SOS, EOS = 0, 1


class Translator(nn.Module):
    def __init__(self, src_vocab, tgt_vocab, hidden):
        super().__init__()
        self.src_embed = nn.Embedding(src_vocab, hidden)
        self.tgt_embed = nn.Embedding(tgt_vocab, hidden)
        self.encoder = nn.GRU(hidden, hidden)
        self.decoder = nn.GRU(hidden, hidden)
        self.out = nn.Linear(hidden, tgt_vocab)

    @torch.no_grad()
    def translate(self, src_ids, max_len=20):
        _, hidden = self.encoder(self.src_embed(src_ids).view(len(src_ids), 1, -1))
        token = torch.tensor([[SOS]])
        result = []
        while len(result) < max_len:
            output, hidden = self.decoder(self.tgt_embed(token).view(1, 1, -1), hidden)
            token = self.out(output[0]).argmax(dim=1, keepdim=True)
            if token.item() == EOS:
                break
            result.append(token.item())
        return result


def probe():
    model = Translator(src_vocab=15, tgt_vocab=12, hidden=8)
    assert len(model.translate(torch.tensor([3, 4, 5, 6]))) <= 20

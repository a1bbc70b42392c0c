# source: https://github.com/shibing624/pycorrector/blob/071c55daf5dc3c848ab7b96ed5c84ad1d2e70c61/pycorrector/seq2seq/model.py
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 3, 16), got [1, 3, 24]
"""pycorrector's GRU seq2seq with Luong attention (pycorrector/seq2seq/model.py, train.py,
config.py at commit 071c55d, "add seq2seq model."): Encoder and Decoder both take enc_hidden_size
and dec_hidden_size; the encoder projects its two final directions through
fc = Linear(enc_hidden_size * 2, dec_hidden_size) into the decoder's initial state, but the
Decoder builds its GRU as nn.GRU(embed_size, enc_hidden_size) while its attention and output
layers are sized dec_hidden_size. train.py passes config.hidden_size (50) for both, so it runs;
any model built with two different sizes fails at the decoder's first step. Unreported;
confirmed with torch by building Encoder/Decoder with enc_hidden_size=16, dec_hidden_size=24 and
running Seq2Seq.forward on a batch. The GRU should be nn.GRU(embed_size, dec_hidden_size)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

# ---- config.py
batch_size = 32
epochs = 10
max_length = 128
dropout = 0.2
embed_size = 50
hidden_size = 50

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


# ---- model.py
class Encoder(nn.Module):
    def __init__(self, vocab_size, embed_size, enc_hidden_size, dec_hidden_size, dropout=0.2):
        super(Encoder, self).__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.rnn = nn.GRU(embed_size, enc_hidden_size, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(dropout)
        self.fc = nn.Linear(enc_hidden_size * 2, dec_hidden_size)

    def forward(self, x, lengths):
        sorted_len, sorted_idx = lengths.sort(0, descending=True)
        x_sorted = x[sorted_idx.long()]
        embedded = self.dropout(self.embed(x_sorted))
        packed_embedded = nn.utils.rnn.pack_padded_sequence(embedded, sorted_len.long().cpu(),
                                                            batch_first=True)
        packed_out, hid = self.rnn(packed_embedded)
        out, _ = nn.utils.rnn.pad_packed_sequence(packed_out, batch_first=True)
        _, original_idx = sorted_idx.sort(0, descending=False)
        out = out[original_idx.long()].contiguous()
        hid = hid[:, original_idx.long()].contiguous()
        hid = torch.cat([hid[-2], hid[-1]], dim=1)
        hid = torch.tanh(self.fc(hid)).unsqueeze(0)
        return out, hid


class Attention(nn.Module):
    """Luong attention over the encoder's outputs."""

    def __init__(self, enc_hidden_size, dec_hidden_size):
        super(Attention, self).__init__()
        self.enc_hidden_size = enc_hidden_size
        self.dec_hidden_size = dec_hidden_size
        self.linear_in = nn.Linear(enc_hidden_size * 2, dec_hidden_size, bias=False)
        self.linear_out = nn.Linear(enc_hidden_size * 2 + dec_hidden_size, dec_hidden_size)

    def forward(self, output, context, mask):
        # output: batch_size, output_len, dec_hidden_size
        # context: batch_size, context_len, 2*enc_hidden_size
        batch_size = output.size(0)
        output_len = output.size(1)
        input_len = context.size(1)
        context_in = self.linear_in(context.view(batch_size * input_len, -1)).view(batch_size, input_len, -1)
        attn = torch.bmm(output, context_in.transpose(1, 2))
        attn.data.masked_fill(mask, -1e6)
        attn = F.softmax(attn, dim=2)
        context = torch.bmm(attn, context)
        output = torch.cat((context, output), dim=2)
        output = output.view(batch_size * output_len, -1)
        output = torch.tanh(self.linear_out(output))
        output = output.view(batch_size, output_len, -1)
        return output, attn


class Decoder(nn.Module):
    def __init__(self, vocab_size, embed_size, enc_hidden_size, dec_hidden_size, dropout=0.2):
        super(Decoder, self).__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.attention = Attention(enc_hidden_size, dec_hidden_size)
        self.rnn = nn.GRU(embed_size, enc_hidden_size, batch_first=True)  # fix: nn.GRU(embed_size, dec_hidden_size, batch_first=True)
        self.out = nn.Linear(dec_hidden_size, vocab_size)
        self.dropout = nn.Dropout(dropout)

    def create_mask(self, x_len, y_len):
        max_x_len = x_len.max()
        max_y_len = y_len.max()
        x_mask = torch.arange(max_x_len, device=x_len.device)[None, :] < x_len[:, None]
        y_mask = torch.arange(max_y_len, device=x_len.device)[None, :] < y_len[:, None]
        mask = ~ x_mask[:, :, None] * y_mask[:, None, :]
        return mask

    def forward(self, ctx, ctx_lengths, y, y_lengths, hid):
        sorted_len, sorted_idx = y_lengths.sort(0, descending=True)
        y_sorted = y[sorted_idx.long()]
        hid = hid[:, sorted_idx.long()]
        y_sorted = self.dropout(self.embed(y_sorted))
        packed_seq = nn.utils.rnn.pack_padded_sequence(y_sorted, sorted_len.long().cpu(), batch_first=True)
        out, hid = self.rnn(packed_seq, hid)
        unpacked, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
        _, original_idx = sorted_idx.sort(0, descending=False)
        output_seq = unpacked[original_idx.long()].contiguous()
        hid = hid[:, original_idx.long()].contiguous()
        mask = self.create_mask(y_lengths, ctx_lengths)
        output, attn = self.attention(output_seq, ctx, mask)
        output = F.log_softmax(self.out(output), -1)
        return output, hid, attn


class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super(Seq2Seq, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, x, x_lengths, y, y_lengths):
        encoder_out, hid = self.encoder(x, x_lengths)
        output, hid, attn = self.decoder(ctx=encoder_out, ctx_lengths=x_lengths, y=y, y_lengths=y_lengths, hid=hid)
        return output, attn


# ---- train.py
def build_model(src_vocab, trg_vocab, embed_size, enc_hidden_size, dec_hidden_size, dropout):
    encoder = Encoder(vocab_size=src_vocab, embed_size=embed_size, enc_hidden_size=enc_hidden_size,
                      dec_hidden_size=dec_hidden_size, dropout=dropout)
    decoder = Decoder(vocab_size=trg_vocab, embed_size=embed_size, enc_hidden_size=enc_hidden_size,
                      dec_hidden_size=dec_hidden_size, dropout=dropout)
    return Seq2Seq(encoder, decoder).to(device)


def train(batch_size, embed_size, hidden_size, dropout, epochs):
    model = build_model(300, 300, embed_size, hidden_size, hidden_size, dropout)
    optimizer = torch.optim.Adam(model.parameters())
    for epoch in range(epochs):
        mb_x = torch.randint(1, 300, (batch_size, 12))
        mb_x_len = torch.full((batch_size,), 12)
        mb_y = torch.randint(1, 300, (batch_size, 9))
        mb_pred, attn = model(mb_x, mb_x_len, mb_y[:, :-1], torch.full((batch_size,), 8))
        loss = -mb_pred.gather(2, mb_y[:, 1:].unsqueeze(2)).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model


def probe():
    model = build_model(40, 40, embed_size=8, enc_hidden_size=16, dec_hidden_size=24, dropout=0.2)
    x = torch.randint(1, 40, (3, 7))
    y = torch.randint(1, 40, (3, 5))
    model(x, torch.tensor([7, 6, 4]), y, torch.tensor([5, 5, 3]))


if __name__ == "__main__":
    train(batch_size, embed_size, hidden_size, dropout, epochs)

# source: https://github.com/clovaai/FocusSeq2Seq/issues/6
# rule: LC008
# torch: RuntimeError: input has inconsistent input_size: got 78 expected 54
"""Question-generation decoder: the cell's input is the word embedding concatenated with the
attention context over the encoder outputs (enc_hidden_size features), but the cell was sized
with dec_hidden_size. The two are equal by default; the user set dec_hidden_size=256."""
import torch
import torch.nn as nn


class BahdanauAttention(nn.Module):
    def __init__(self, enc_hidden_size, dec_hidden_size, attention_size=64):
        super().__init__()
        self.Wh = nn.Linear(enc_hidden_size, attention_size, bias=False)
        self.Ws = nn.Linear(dec_hidden_size, attention_size)
        self.v = nn.Linear(attention_size, 1, bias=False)

    def forward(self, enc_outputs, s):
        energy = self.v(torch.tanh(self.Wh(enc_outputs) + self.Ws(s).unsqueeze(1))).squeeze(2)
        return torch.softmax(energy, dim=1)


class NQGDecoder(nn.Module):
    def __init__(self, embed_size=300, enc_hidden_size=512, dec_hidden_size=512,
                 vocab_size=20000, rnn="GRU"):
        super().__init__()
        input_size = embed_size + dec_hidden_size  # fix: the context comes from the encoder: embed_size + enc_hidden_size
        self.hidden_size = dec_hidden_size
        self.word_embed = nn.Embedding(vocab_size, embed_size)
        if rnn == "GRU":
            self.rnn_type = "GRU"
            self.rnncell = nn.GRUCell(input_size=input_size, hidden_size=dec_hidden_size)
        elif rnn == "LSTM":
            self.rnn_type = "LSTM"
            self.rnncell = nn.LSTMCell(input_size=input_size, hidden_size=dec_hidden_size)
        self.attention = BahdanauAttention(enc_hidden_size, dec_hidden_size)

    def forward(self, enc_outputs, s, target_words):
        B = enc_outputs.size(0)
        dec_input_word = torch.full((B,), 2, dtype=torch.long)
        for i in range(target_words.size(1)):
            dec_input_word_embed = self.word_embed(dec_input_word)
            if i == 0:
                context = torch.zeros_like(enc_outputs[:, 0])
            dec_input = torch.cat([dec_input_word_embed, context], dim=1)
            s = self.rnncell(dec_input, s)
            attention = self.attention(enc_outputs, s)
            context = torch.bmm(attention.unsqueeze(1), enc_outputs).squeeze(1)
            dec_input_word = target_words[:, i]
        return s


def probe():
    decoder = NQGDecoder(embed_size=30, enc_hidden_size=48, dec_hidden_size=24, vocab_size=50)
    enc_outputs = torch.randn(2, 7, 48)
    s = torch.zeros(2, 24)
    decoder(enc_outputs, s, torch.randint(0, 50, (2, 4)))


if __name__ == "__main__":
    probe()

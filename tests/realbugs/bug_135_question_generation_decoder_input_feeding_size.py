# source: https://github.com/gauthierdmn/question_generation/commit/9c256d09f656925a040662bed2bc394846a5012c
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 600, got 400
"""question_generation (model.py, layers.py), "Added gradient clipping, accuracy reporting": the
attention decoder feeds its LSTM the word embedding of the previous question token concatenated
with the attention context over the encoder outputs. The bidirectional encoder splits hidden_size
between its two directions, so the context is hidden_size wide and the step input is
emb_dim + hidden_size; Seq2Seq built the decoder with input_size=2 * hidden_size. The fix changed
it to in_vocab.vectors.size(1) + hidden_size (and guarded the dropouts on one-layer LSTMs)."""
import math
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

# config.py
config = SimpleNamespace(word_embedding_size=100, max_len_sentence=12, batch_size=8,
                         drop_prob=0.2, hidden_size=300, in_vocab_size=500, out_vocab_size=400)


class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers, word_vectors, bidirectional, drop_prob=0.):
        super(Encoder, self).__init__()
        num_directions = 2 if bidirectional else 1
        assert hidden_size % num_directions == 0
        hidden_size = hidden_size // num_directions
        self.embedding = nn.Embedding.from_pretrained(word_vectors, freeze=True)
        self.drop_prob = drop_prob
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True,
                           bidirectional=bidirectional, dropout=drop_prob if num_layers > 1 else 0.)

    def forward(self, x, lengths):
        x = self.embedding(x)
        orig_len = x.size(1)
        lengths, sort_idx = lengths.sort(0, descending=True)
        x = pack_padded_sequence(x[sort_idx], lengths, batch_first=True)
        x, (hidden, cell) = self.rnn(x)
        x, _ = pad_packed_sequence(x, batch_first=True, total_length=orig_len)
        _, unsort_idx = sort_idx.sort(0)
        x = x[unsort_idx]  # (batch_size, seq_len, 2 * hidden_size)
        hidden, cell = hidden[:, unsort_idx, :], cell[:, unsort_idx, :]
        x = F.dropout(x, self.drop_prob, self.training)
        return x, (hidden, cell)


class Attn(nn.Module):
    def __init__(self, method, hidden_size):
        super(Attn, self).__init__()
        self.method = method
        self.hidden_size = hidden_size
        self.attn = nn.Linear(self.hidden_size * 2, hidden_size)
        self.v = nn.Parameter(torch.rand(hidden_size))
        self.v.data.normal_(mean=0, std=1. / math.sqrt(self.v.size(0)))

    def forward(self, hidden, encoder_outputs):
        max_len = encoder_outputs.size(1)
        H = hidden.repeat(max_len, 1, 1).transpose(0, 1)
        energy = torch.tanh(self.attn(torch.cat([H, encoder_outputs], 2))).transpose(2, 1)
        v = self.v.repeat(encoder_outputs.size(0), 1).unsqueeze(1)
        return F.softmax(torch.bmm(v, energy).squeeze(1), dim=1).unsqueeze(1)


class Generator(nn.Module):
    def __init__(self, decoder_size, output_dim):
        super(Generator, self).__init__()
        self.gen_func = nn.LogSoftmax(dim=-1)
        self.generator = nn.Linear(decoder_size, output_dim)

    def forward(self, x):
        return self.gen_func(self.generator(x)).squeeze(1)


class Decoder(nn.Module):
    def __init__(self, input_size, hidden_size, output_dim, word_vectors, n_layers, dropout, attention=None):
        super().__init__()
        self.output_dim = output_dim
        self.embedding = nn.Embedding.from_pretrained(word_vectors, freeze=True)
        self.rnn = nn.LSTM(input_size, hidden_size, n_layers, batch_first=True, bidirectional=False, dropout=dropout)
        self.attn = Attn(method="general", hidden_size=hidden_size) if attention else None
        self.gen = Generator(decoder_size=hidden_size, output_dim=output_dim)
        self.dropout = nn.Dropout(dropout)

    def forward(self, enc_out, enc_hidden, question=None):
        batch_size = enc_out.size(0)
        outputs = torch.zeros(batch_size, config.max_len_sentence, self.output_dim)
        if isinstance(enc_hidden, tuple):  # meaning we have a LSTM encoder
            enc_hidden = tuple((torch.cat((hidden[-1], hidden[-2]), dim=1).unsqueeze(0) for hidden in enc_hidden))
        else:  # GRU layer
            enc_hidden = torch.cat((enc_hidden[-1], enc_hidden[-2]), dim=1).unsqueeze(0)
        dec_hidden = enc_hidden
        for t in range(0, config.max_len_sentence):
            dec_input = question[:, t].unsqueeze(1)
            embedded = self.dropout(self.embedding(dec_input))  # (batch size, 1, emb dim)
            attn_weights = self.attn(dec_hidden[-1], enc_out)
            context = attn_weights.bmm(enc_out)  # (B, 1, V)
            dec_input = torch.cat((embedded, context), dim=2).float()
            dec_output, dec_hidden = self.rnn(dec_input, dec_hidden)
            outputs[:, t, :] = self.gen(self.dropout(dec_output))
        return outputs


class Seq2Seq(nn.Module):
    def __init__(self, in_vocab, hidden_size, output_dim, drop_prob=0.):
        super(Seq2Seq, self).__init__()
        self.enc = Encoder(input_size=in_vocab.vectors.size(1),
                           hidden_size=hidden_size,
                           num_layers=1,
                           word_vectors=in_vocab.vectors,
                           bidirectional=True,
                           drop_prob=drop_prob)
        self.dec = Decoder(input_size=2 * hidden_size,  # fix: in_vocab.vectors.size(1) + hidden_size
                           hidden_size=hidden_size,
                           output_dim=output_dim,
                           word_vectors=in_vocab.vectors,
                           n_layers=1,
                           dropout=drop_prob,
                           attention=True)

    def forward(self, sentence, sentence_len, question):
        enc_output, enc_hidden = self.enc(sentence, sentence_len)
        return self.dec(enc_output, enc_hidden, question)


def probe():
    src_vocab = SimpleNamespace(vectors=torch.randn(config.in_vocab_size, config.word_embedding_size))
    model = Seq2Seq(in_vocab=src_vocab, hidden_size=config.hidden_size,
                    output_dim=config.out_vocab_size, drop_prob=config.drop_prob)
    sentence = torch.randint(1, config.in_vocab_size, (config.batch_size, 20))
    len_sentence = torch.randint(5, 21, (config.batch_size,))
    question = torch.randint(1, config.in_vocab_size, (config.batch_size, config.max_len_sentence))
    pred = model(sentence, len_sentence, question)
    nn.NLLLoss()(pred.view(-1, pred.size(2)), question.reshape(-1) % config.out_vocab_size).backward()


if __name__ == "__main__":
    probe()

# source: https://discuss.pytorch.org/t/question-about-encoder/32279
"""The Annotated Encoder-Decoder's encoder, as asked about on the PyTorch forum ("Question about
Encoder"): a bidirectional multi-layer GRU over a packed batch, whose final state
(num_layers * 2, batch, dim) interleaves directions per layer; final[0:final.size(0):2] takes
every layer's forward state and final[1:final.size(0):2] the backward one, concatenated on dim 2
to (num_layers, batch, 2 * dim). A bridge Linear(2 * hidden, hidden) with tanh turns it into the
decoder GRU's (num_layers, batch, hidden) initial state; the decoder's input is the embedding
plus a 2 * hidden attention context over the encoder's outputs, and its pre-output layer reads
[embedding, state, context]. The decoder runs one step at a time, batch first."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Encoder(nn.Module):
    """Encodes a sequence of word embeddings"""

    def __init__(self, input_size, hidden_size, num_layers=1, dropout=0.):
        super(Encoder, self).__init__()
        self.num_layers = num_layers
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=True,
                          dropout=dropout)

    def forward(self, x, mask, lengths):
        packed = pack_padded_sequence(x, lengths, batch_first=True)
        output, final = self.rnn(packed)
        output, _ = pad_packed_sequence(output, batch_first=True)
        # the final states of both directions, layer by layer
        fwd_final = final[0:final.size(0):2]
        bwd_final = final[1:final.size(0):2]
        final = torch.cat([fwd_final, bwd_final], dim=2)  # [num_layers, batch, 2*dim]
        return output, final


class BahdanauAttention(nn.Module):
    def __init__(self, hidden_size, key_size=None, query_size=None):
        super(BahdanauAttention, self).__init__()
        key_size = 2 * hidden_size if key_size is None else key_size
        query_size = hidden_size if query_size is None else query_size
        self.key_layer = nn.Linear(key_size, hidden_size, bias=False)
        self.query_layer = nn.Linear(query_size, hidden_size, bias=False)
        self.energy_layer = nn.Linear(hidden_size, 1, bias=False)

    def forward(self, query, proj_key, value, mask):
        query = self.query_layer(query)
        scores = self.energy_layer(torch.tanh(query + proj_key))
        scores = scores.squeeze(2).unsqueeze(1)
        scores = scores.masked_fill(mask == 0, -float('inf'))
        alphas = F.softmax(scores, dim=-1)
        context = torch.bmm(alphas, value)
        return context, alphas


class Decoder(nn.Module):
    """A conditional RNN decoder with attention."""

    def __init__(self, emb_size, hidden_size, attention, num_layers=1, dropout=0.5, bridge=True):
        super(Decoder, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.attention = attention
        self.rnn = nn.GRU(emb_size + 2 * hidden_size, hidden_size, num_layers, batch_first=True,
                          dropout=dropout)
        self.bridge = nn.Linear(2 * hidden_size, hidden_size, bias=True) if bridge else None
        self.dropout_layer = nn.Dropout(p=dropout)
        self.pre_output_layer = nn.Linear(hidden_size + 2 * hidden_size + emb_size, hidden_size, bias=False)

    def forward_step(self, prev_embed, encoder_hidden, src_mask, proj_key, hidden):
        # the last layer's state is the query
        query = hidden[-1].unsqueeze(1)  # [#layers, B, D] -> [B, 1, D]
        context, attn_probs = self.attention(query=query, proj_key=proj_key, value=encoder_hidden, mask=src_mask)
        rnn_input = torch.cat([prev_embed, context], dim=2)
        output, hidden = self.rnn(rnn_input, hidden)
        pre_output = torch.cat([prev_embed, output, context], dim=2)
        pre_output = self.dropout_layer(pre_output)
        pre_output = self.pre_output_layer(pre_output)
        return output, hidden, pre_output

    def init_hidden(self, encoder_final):
        if encoder_final is None:
            return None
        return torch.tanh(self.bridge(encoder_final))

    def forward(self, trg_embed, encoder_hidden, encoder_final, src_mask, trg_mask, hidden=None, max_len=None):
        if max_len is None:
            max_len = trg_mask.size(-1)
        if hidden is None:
            hidden = self.init_hidden(encoder_final)
        proj_key = self.attention.key_layer(encoder_hidden)
        decoder_states, pre_output_vectors = [], []
        for i in range(max_len):
            prev_embed = trg_embed[:, i].unsqueeze(1)
            output, hidden, pre_output = self.forward_step(prev_embed, encoder_hidden, src_mask, proj_key, hidden)
            decoder_states.append(output)
            pre_output_vectors.append(pre_output)
        return torch.cat(decoder_states, dim=1), hidden, torch.cat(pre_output_vectors, dim=1)


class EncoderDecoder(nn.Module):
    def __init__(self, encoder, decoder, src_embed, trg_embed, generator):
        super(EncoderDecoder, self).__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.src_embed = src_embed
        self.trg_embed = trg_embed
        self.generator = generator

    def forward(self, src, trg, src_mask, trg_mask, src_lengths):
        encoder_hidden, encoder_final = self.encoder(self.src_embed(src), src_mask, src_lengths)
        return self.decoder(self.trg_embed(trg), encoder_hidden, encoder_final, src_mask, trg_mask)


def make_model(src_vocab, tgt_vocab, emb_size=32, hidden_size=64, num_layers=2, dropout=0.1):
    attention = BahdanauAttention(hidden_size)
    return EncoderDecoder(
        Encoder(emb_size, hidden_size, num_layers=num_layers, dropout=dropout),
        Decoder(emb_size, hidden_size, attention, num_layers=num_layers, dropout=dropout),
        nn.Embedding(src_vocab, emb_size),
        nn.Embedding(tgt_vocab, emb_size),
        nn.Linear(hidden_size, tgt_vocab, bias=False))


def probe():
    model = make_model(11, 13)
    src = torch.randint(1, 11, (3, 9))
    src[1, 7:] = 0
    src[2, 5:] = 0
    src_lengths = [9, 7, 5]
    trg = torch.randint(1, 13, (3, 6))
    src_mask = (src != 0).unsqueeze(-2)
    trg_mask = (trg != 0)
    _, _, pre_output = model(src, trg, src_mask, trg_mask, src_lengths)
    logits = model.generator(pre_output)
    F.cross_entropy(logits.reshape(-1, 13), trg.reshape(-1)).backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/atulkum/pointer_summarizer/blob/HEAD/training_ptr_gen/model.py
"""pointer_summarizer (training_ptr_gen/model.py, data_util/config.py): the encoder is a one-layer
bidirectional LSTM; ReduceState turns its (2, B, H) final states into the one-directional
decoder's (1, B, H) by transposing to (B, 2, H), flattening to (B, 2H) and projecting with
Linear(2H, H) before unsqueeze(0) (the transpose was the fix of commit 5e51169). The decoder is
run one step at a time, batch first, on x.unsqueeze(1); the attention reads s_t_hat, the decoder's
h and c viewed as (B, H) each and concatenated to 2H. Hyperparameters are module globals of
config.py, read as config.hidden_dim."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class config:
    """data_util/config.py: module-level hyperparameters."""
    hidden_dim = 256
    emb_dim = 128
    vocab_size = 500
    is_coverage = False
    pointer_gen = True
    rand_unif_init_mag = 0.02
    trunc_norm_init_std = 1e-4


def init_lstm_wt(lstm):
    for names in lstm._all_weights:
        for name in names:
            if name.startswith('weight_'):
                wt = getattr(lstm, name)
                wt.data.uniform_(-config.rand_unif_init_mag, config.rand_unif_init_mag)
            elif name.startswith('bias_'):
                # set forget bias to 1
                bias = getattr(lstm, name)
                n = bias.size(0)
                start, end = n // 4, n // 2
                bias.data.fill_(0.)
                bias.data[start:end].fill_(1.)


def init_linear_wt(linear):
    linear.weight.data.normal_(std=config.trunc_norm_init_std)
    if linear.bias is not None:
        linear.bias.data.normal_(std=config.trunc_norm_init_std)


class Encoder(nn.Module):
    def __init__(self):
        super(Encoder, self).__init__()
        self.embedding = nn.Embedding(config.vocab_size, config.emb_dim)
        self.lstm = nn.LSTM(config.emb_dim, config.hidden_dim, num_layers=1, batch_first=True, bidirectional=True)
        init_lstm_wt(self.lstm)
        self.W_h = nn.Linear(config.hidden_dim * 2, config.hidden_dim * 2, bias=False)

    # seq_lens should be in descending order
    def forward(self, input, seq_lens):
        embedded = self.embedding(input)
        packed = pack_padded_sequence(embedded, seq_lens, batch_first=True)
        output, hidden = self.lstm(packed)
        encoder_outputs, _ = pad_packed_sequence(output, batch_first=True)  # h dim = B x t_k x n
        encoder_outputs = encoder_outputs.contiguous()
        encoder_feature = encoder_outputs.view(-1, 2 * config.hidden_dim)  # B * t_k x 2*hidden_dim
        encoder_feature = self.W_h(encoder_feature)
        return encoder_outputs, encoder_feature, hidden


class ReduceState(nn.Module):
    def __init__(self):
        super(ReduceState, self).__init__()
        self.reduce_h = nn.Linear(config.hidden_dim * 2, config.hidden_dim)
        init_linear_wt(self.reduce_h)
        self.reduce_c = nn.Linear(config.hidden_dim * 2, config.hidden_dim)
        init_linear_wt(self.reduce_c)

    def forward(self, hidden):
        h, c = hidden  # h, c dim = 2 x b x hidden_dim
        h_in = h.transpose(0, 1).contiguous().view(-1, config.hidden_dim * 2)
        hidden_reduced_h = F.relu(self.reduce_h(h_in))
        c_in = c.transpose(0, 1).contiguous().view(-1, config.hidden_dim * 2)
        hidden_reduced_c = F.relu(self.reduce_c(c_in))
        return (hidden_reduced_h.unsqueeze(0), hidden_reduced_c.unsqueeze(0))  # h, c dim = 1 x b x hidden_dim


class Attention(nn.Module):
    def __init__(self):
        super(Attention, self).__init__()
        self.decode_proj = nn.Linear(config.hidden_dim * 2, config.hidden_dim * 2)
        self.v = nn.Linear(config.hidden_dim * 2, 1, bias=False)

    def forward(self, s_t_hat, encoder_outputs, encoder_feature, enc_padding_mask):
        b, t_k, n = list(encoder_outputs.size())
        dec_fea = self.decode_proj(s_t_hat)  # B x 2*hidden_dim
        dec_fea_expanded = dec_fea.unsqueeze(1).expand(b, t_k, n).contiguous()
        dec_fea_expanded = dec_fea_expanded.view(-1, n)  # B * t_k x 2*hidden_dim
        att_features = encoder_feature + dec_fea_expanded
        e = torch.tanh(att_features)
        scores = self.v(e).view(-1, t_k)  # B x t_k
        attn_dist_ = F.softmax(scores, dim=1) * enc_padding_mask
        attn_dist = attn_dist_ / attn_dist_.sum(1, keepdim=True)
        attn_dist = attn_dist.unsqueeze(1)  # B x 1 x t_k
        c_t = torch.bmm(attn_dist, encoder_outputs)  # B x 1 x n
        c_t = c_t.view(-1, config.hidden_dim * 2)  # B x 2*hidden_dim
        return c_t, attn_dist.view(-1, t_k)


class Decoder(nn.Module):
    def __init__(self):
        super(Decoder, self).__init__()
        self.attention_network = Attention()
        self.embedding = nn.Embedding(config.vocab_size, config.emb_dim)
        self.x_context = nn.Linear(config.hidden_dim * 2 + config.emb_dim, config.emb_dim)
        self.lstm = nn.LSTM(config.emb_dim, config.hidden_dim, num_layers=1, batch_first=True, bidirectional=False)
        init_lstm_wt(self.lstm)
        if config.pointer_gen:
            self.p_gen_linear = nn.Linear(config.hidden_dim * 4 + config.emb_dim, 1)
        self.out1 = nn.Linear(config.hidden_dim * 3, config.hidden_dim)
        self.out2 = nn.Linear(config.hidden_dim, config.vocab_size)

    def forward(self, y_t_1, s_t_1, encoder_outputs, encoder_feature, enc_padding_mask, c_t_1):
        y_t_1_embd = self.embedding(y_t_1)
        x = self.x_context(torch.cat((c_t_1, y_t_1_embd), 1))
        lstm_out, s_t = self.lstm(x.unsqueeze(1), s_t_1)

        h_decoder, c_decoder = s_t
        s_t_hat = torch.cat((h_decoder.view(-1, config.hidden_dim),
                             c_decoder.view(-1, config.hidden_dim)), 1)  # B x 2*hidden_dim
        c_t, attn_dist = self.attention_network(s_t_hat, encoder_outputs, encoder_feature, enc_padding_mask)

        p_gen = None
        if config.pointer_gen:
            p_gen_input = torch.cat((c_t, s_t_hat, x), 1)  # B x (2*2*hidden_dim + emb_dim)
            p_gen = torch.sigmoid(self.p_gen_linear(p_gen_input))

        output = torch.cat((lstm_out.view(-1, config.hidden_dim), c_t), 1)  # B x hidden_dim * 3
        output = self.out2(self.out1(output))  # B x vocab_size
        vocab_dist = F.softmax(output, dim=1)
        final_dist = p_gen * vocab_dist + (1 - p_gen) * attn_dist.sum(1, keepdim=True) / vocab_dist.size(1)
        return final_dist, s_t, c_t, attn_dist, p_gen


class Model(object):
    def __init__(self):
        self.encoder = Encoder()
        self.decoder = Decoder()
        self.reduce_state = ReduceState()
        # shared the embedding between encoder and decoder
        self.decoder.embedding.weight = self.encoder.embedding.weight


def train_one_batch(model, enc_batch, enc_lens, dec_batch, max_dec_len):
    enc_padding_mask = (enc_batch != 0).float()
    batch_size = enc_batch.size(0)
    c_t_1 = torch.zeros((batch_size, 2 * config.hidden_dim))
    encoder_outputs, encoder_feature, encoder_hidden = model.encoder(enc_batch, enc_lens)
    enc_padding_mask = enc_padding_mask[:, :encoder_outputs.size(1)]
    s_t_1 = model.reduce_state(encoder_hidden)
    step_losses = []
    for di in range(min(max_dec_len, dec_batch.size(1))):
        y_t_1 = dec_batch[:, di]  # Teacher forcing
        final_dist, s_t_1, c_t_1, attn_dist, p_gen = model.decoder(
            y_t_1, s_t_1, encoder_outputs, encoder_feature, enc_padding_mask, c_t_1)
        step_losses.append(-torch.log(final_dist.gather(1, y_t_1.unsqueeze(1)) + 1e-12).squeeze(1))
    return torch.stack(step_losses, 1).sum(1).mean()


def probe():
    model = Model()
    enc_batch = torch.randint(1, config.vocab_size, (4, 12))
    enc_batch[2, 10:] = 0
    enc_batch[3, 8:] = 0
    enc_lens = [12, 12, 10, 8]
    dec_batch = torch.randint(1, config.vocab_size, (4, 6))
    loss = train_one_batch(model, enc_batch, enc_lens, dec_batch, max_dec_len=6)
    loss.backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/CorentinJ/Real-Time-Voice-Cloning/commit/2d5773941e0127c1921a12312b0d1ac49e7185c1
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (40x768 and 384x128)
"""Real-Time-Voice-Cloning (synthesizer/models/tacotron.py, synthesizer/hparams.py), "Fix model
dimensions": the PyTorch Tacotron's CBHG ends in a bidirectional GRU of `channels` units per
direction, so the encoder's output is 2 * encoder_dims wide (plus the speaker embedding the
encoder concatenates), while encoder_proj, the decoder's attention RNN and rnn_input were sized
with decoder_dims. With the shipped hparams (encoder_dims 256, decoder_dims 128) the projection
of the encoder sequence fails on the first batch. The fix halved the GRU (channels // 2 per
direction, so the CBHG returns `channels`) and sized the consumers from encoder_dims."""
import torch
import torch.nn as nn
import torch.nn.functional as F

# synthesizer/hparams.py
hparams = dict(tts_embed_dims=512, tts_encoder_dims=256, tts_decoder_dims=128, tts_postnet_dims=512,
               tts_encoder_K=5, tts_lstm_dims=1024, tts_postnet_K=5, tts_num_highways=4,
               tts_dropout=0.5, tts_stop_threshold=-3.4, num_mels=80, speaker_embedding_size=256)


class HighwayNetwork(nn.Module):
    def __init__(self, size):
        super().__init__()
        self.W1 = nn.Linear(size, size)
        self.W2 = nn.Linear(size, size)
        self.W1.bias.data.fill_(0.)

    def forward(self, x):
        g = torch.sigmoid(self.W2(x))
        return g * F.relu(self.W1(x)) + (1. - g) * x


class BatchNormConv(nn.Module):
    def __init__(self, in_channels, out_channels, kernel, relu=True):
        super().__init__()
        self.conv = nn.Conv1d(in_channels, out_channels, kernel, stride=1, padding=kernel // 2, bias=False)
        self.bnorm = nn.BatchNorm1d(out_channels)
        self.relu = relu

    def forward(self, x):
        x = self.conv(x)
        x = F.relu(x) if self.relu is True else x
        return self.bnorm(x)


class CBHG(nn.Module):
    def __init__(self, K, in_channels, channels, proj_channels, num_highways):
        super().__init__()
        self.bank_kernels = [i for i in range(1, K + 1)]
        self.conv1d_bank = nn.ModuleList([BatchNormConv(in_channels, channels, k) for k in self.bank_kernels])
        self.maxpool = nn.MaxPool1d(kernel_size=2, stride=1, padding=1)
        self.conv_project1 = BatchNormConv(len(self.bank_kernels) * channels, proj_channels[0], 3)
        self.conv_project2 = BatchNormConv(proj_channels[0], proj_channels[1], 3, relu=False)
        if proj_channels[-1] != channels:
            self.highway_mismatch = True
            self.pre_highway = nn.Linear(proj_channels[-1], channels, bias=False)
        else:
            self.highway_mismatch = False
        self.highways = nn.ModuleList([HighwayNetwork(channels) for _ in range(num_highways)])
        self.rnn = nn.GRU(channels, channels, batch_first=True, bidirectional=True)  # fix: channels // 2 per direction, so the CBHG returns `channels`

    def forward(self, x):
        residual = x
        seq_len = x.size(-1)
        conv_bank = torch.cat([conv(x)[:, :, :seq_len] for conv in self.conv1d_bank], dim=1)
        x = self.maxpool(conv_bank)[:, :, :seq_len]
        x = self.conv_project2(self.conv_project1(x))
        x = x + residual
        x = x.transpose(1, 2)
        if self.highway_mismatch is True:
            x = self.pre_highway(x)
        for h in self.highways:
            x = h(x)
        x, _ = self.rnn(x)
        return x


class PreNet(nn.Module):
    def __init__(self, in_dims, fc1_dims=256, fc2_dims=128, dropout=0.5):
        super().__init__()
        self.fc1 = nn.Linear(in_dims, fc1_dims)
        self.fc2 = nn.Linear(fc1_dims, fc2_dims)
        self.p = dropout

    def forward(self, x):
        x = F.dropout(F.relu(self.fc1(x)), self.p, training=True)
        return F.dropout(F.relu(self.fc2(x)), self.p, training=True)


class Encoder(nn.Module):
    def __init__(self, embed_dims, num_chars, encoder_dims, K, num_highways, dropout):
        super().__init__()
        prenet_dims = (encoder_dims * 2, encoder_dims)
        cbhg_channels = encoder_dims
        self.embedding = nn.Embedding(num_chars, embed_dims)
        self.pre_net = PreNet(embed_dims, fc1_dims=prenet_dims[0], fc2_dims=prenet_dims[1], dropout=dropout)
        self.cbhg = CBHG(K=K, in_channels=cbhg_channels, channels=cbhg_channels,
                         proj_channels=[cbhg_channels, cbhg_channels], num_highways=num_highways)

    def forward(self, x, speaker_embedding=None):
        x = self.pre_net(self.embedding(x))
        x.transpose_(1, 2)
        x = self.cbhg(x)
        if speaker_embedding is not None:
            x = self.add_speaker_embedding(x, speaker_embedding)
        return x

    def add_speaker_embedding(self, x, speaker_embedding):
        # SV2TTS: concat the speaker embedding to every char of the encoder output
        batch_size, num_chars = x.size()[0], x.size()[1]
        idx = 0 if speaker_embedding.dim() == 1 else 1
        speaker_embedding_size = speaker_embedding.size()[idx]
        e = speaker_embedding.repeat_interleave(num_chars, dim=idx)
        e = e.reshape(batch_size, speaker_embedding_size, num_chars).transpose(1, 2)
        return torch.cat((x, e), 2)


class LSA(nn.Module):
    def __init__(self, attn_dim, kernel_size=31, filters=32):
        super().__init__()
        self.conv = nn.Conv1d(2, filters, padding=(kernel_size - 1) // 2, kernel_size=kernel_size, bias=False)
        self.L = nn.Linear(filters, attn_dim, bias=True)
        self.W = nn.Linear(attn_dim, attn_dim, bias=True)
        self.v = nn.Linear(attn_dim, 1, bias=False)

    def forward(self, encoder_seq_proj, query, t):
        if t == 0:
            b, t_in, c = encoder_seq_proj.size()
            self.cumulative = torch.zeros(b, t_in)
            self.attention = torch.zeros(b, t_in)
        processed_query = self.W(query).unsqueeze(1)
        location = torch.cat([self.cumulative.unsqueeze(1), self.attention.unsqueeze(1)], dim=1)
        processed_loc = self.L(self.conv(location).transpose(1, 2))
        u = self.v(torch.tanh(processed_query + encoder_seq_proj + processed_loc)).squeeze(-1)
        scores = torch.sigmoid(u) / torch.sigmoid(u).sum(dim=1, keepdim=True)
        self.attention = scores
        self.cumulative = self.cumulative + scores
        return scores.unsqueeze(-1).transpose(1, 2)


class Decoder(nn.Module):
    max_r = 20

    def __init__(self, n_mels, decoder_dims, lstm_dims, dropout, speaker_embedding_size):
        super().__init__()
        self.register_buffer("r", torch.tensor(1, dtype=torch.int))
        self.n_mels = n_mels
        prenet_dims = (decoder_dims, decoder_dims // 2)
        self.prenet = PreNet(n_mels, fc1_dims=prenet_dims[0], fc2_dims=prenet_dims[1], dropout=dropout)
        self.attn_net = LSA(decoder_dims)
        self.attn_rnn = nn.GRUCell(decoder_dims + prenet_dims[1] + speaker_embedding_size, decoder_dims)
        self.rnn_input = nn.Linear(2 * decoder_dims + speaker_embedding_size, lstm_dims)
        self.res_rnn1 = nn.LSTMCell(lstm_dims, lstm_dims)
        self.res_rnn2 = nn.LSTMCell(lstm_dims, lstm_dims)
        self.mel_proj = nn.Linear(lstm_dims, n_mels * self.max_r, bias=False)

    def forward(self, encoder_seq, encoder_seq_proj, prenet_in, hidden_states, cell_states, context_vec, t):
        batch_size = encoder_seq.size(0)
        attn_hidden, rnn1_hidden, rnn2_hidden = hidden_states
        rnn1_cell, rnn2_cell = cell_states
        prenet_out = self.prenet(prenet_in)
        attn_rnn_in = torch.cat([context_vec, prenet_out], dim=-1)
        attn_hidden = self.attn_rnn(attn_rnn_in.squeeze(1), attn_hidden)
        scores = self.attn_net(encoder_seq_proj, attn_hidden, t)
        context_vec = (scores @ encoder_seq).squeeze(1)
        x = self.rnn_input(torch.cat([context_vec, attn_hidden], dim=1))
        rnn1_hidden, rnn1_cell = self.res_rnn1(x, (rnn1_hidden, rnn1_cell))
        x = x + rnn1_hidden
        rnn2_hidden, rnn2_cell = self.res_rnn2(x, (rnn2_hidden, rnn2_cell))
        x = x + rnn2_hidden
        mels = self.mel_proj(x).view(batch_size, self.n_mels, self.max_r)[:, :, :self.r]
        return mels, scores, (attn_hidden, rnn1_hidden, rnn2_hidden), (rnn1_cell, rnn2_cell), context_vec


class Tacotron(nn.Module):
    def __init__(self, embed_dims, num_chars, encoder_dims, decoder_dims, n_mels,
                 fft_bins, postnet_dims, encoder_K, lstm_dims, postnet_K, num_highways,
                 dropout, stop_threshold, speaker_embedding_size):
        super().__init__()
        self.n_mels = n_mels
        self.lstm_dims = lstm_dims
        self.decoder_dims = decoder_dims
        self.speaker_embedding_size = speaker_embedding_size
        self.encoder = Encoder(embed_dims, num_chars, encoder_dims, encoder_K, num_highways, dropout)
        self.encoder_proj = nn.Linear(decoder_dims + speaker_embedding_size, decoder_dims, bias=False)
        self.decoder = Decoder(n_mels, decoder_dims, lstm_dims, dropout, speaker_embedding_size)
        self.postnet = CBHG(postnet_K, n_mels, postnet_dims, [postnet_dims * 2, fft_bins], num_highways)
        self.post_proj = nn.Linear(postnet_dims * 2, fft_bins, bias=False)

    @property
    def r(self):
        return self.decoder.r.item()

    def forward(self, x, m, speaker_embedding):
        batch_size, _, steps = m.size()
        attn_hidden = torch.zeros(batch_size, self.decoder_dims)
        rnn1_hidden = torch.zeros(batch_size, self.lstm_dims)
        rnn2_hidden = torch.zeros(batch_size, self.lstm_dims)
        hidden_states = (attn_hidden, rnn1_hidden, rnn2_hidden)
        cell_states = (torch.zeros(batch_size, self.lstm_dims), torch.zeros(batch_size, self.lstm_dims))
        go_frame = torch.zeros(batch_size, self.n_mels)
        context_vec = torch.zeros(batch_size, self.decoder_dims + self.speaker_embedding_size)

        # SV2TTS: Run the encoder with the speaker embedding
        # The projection avoids unnecessary matmuls in the decoder loop
        encoder_seq = self.encoder(x, speaker_embedding)
        encoder_seq_proj = self.encoder_proj(encoder_seq)

        mel_outputs, attn_scores = [], []
        for t in range(0, steps, self.r):
            prenet_in = m[:, :, t - 1] if t > 0 else go_frame
            mel_frames, scores, hidden_states, cell_states, context_vec = \
                self.decoder(encoder_seq, encoder_seq_proj, prenet_in,
                             hidden_states, cell_states, context_vec, t)
            mel_outputs.append(mel_frames)
            attn_scores.append(scores)
        mel_outputs = torch.cat(mel_outputs, dim=2)
        linear = self.post_proj(self.postnet(mel_outputs)).transpose(1, 2)
        return mel_outputs, linear, torch.cat(attn_scores, 1)


def probe():
    hp = hparams
    model = Tacotron(embed_dims=hp['tts_embed_dims'], num_chars=70, encoder_dims=hp['tts_encoder_dims'],
                     decoder_dims=hp['tts_decoder_dims'], n_mels=hp['num_mels'], fft_bins=hp['num_mels'],
                     postnet_dims=hp['tts_postnet_dims'], encoder_K=hp['tts_encoder_K'],
                     lstm_dims=hp['tts_lstm_dims'], postnet_K=hp['tts_postnet_K'],
                     num_highways=hp['tts_num_highways'], dropout=hp['tts_dropout'],
                     stop_threshold=hp['tts_stop_threshold'],
                     speaker_embedding_size=hp['speaker_embedding_size'])
    texts = torch.randint(1, 70, (2, 20))
    mels = torch.randn(2, hp['num_mels'], 6)
    embeds = torch.randn(2, hp['speaker_embedding_size'])
    m1_hat, m2_hat, attention = model(texts, mels, embeds)
    F.mse_loss(m1_hat, mels).backward()


if __name__ == "__main__":
    probe()

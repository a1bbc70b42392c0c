# source: https://github.com/khoihd/RecommendationSystem/blob/00178839d7fa15e8d8e918aa6f69d9ac7f4e234d/sequence_2_sequence/seq2seq/Decoder_GRU.py
"""khoihd/RecommendationSystem (sequence_2_sequence/seq2seq: Encoder_GRU, Decoder_GRU, Seq2Seq,
Seq2Seq_LSTM; the attention model as 8d256fd left it): a bidirectional encoder's final state
(layers * 2, batch, hidden) is handed unchanged to a one-directional decoder built with
`rnn_num_layers * 2` layers of the same hidden size: each direction's state seeds a decoder
layer. Looks like a decoder given the wrong state (bug_158's answer); torch runs it, both with
the bidirectional option and without, for GRU, LSTM and the attention model."""
import torch
import torch.nn as nn
import torch.nn.functional as F


# seq2seq/Encoder_GRU.py
class Encoder_GRU(nn.Module):
    def __init__(self, input_dim, embedding_dim, rnn_hidden_dim, rnn_num_layers, bidirectional):
        super().__init__()
        self.embedding = nn.Embedding(input_dim, embedding_dim)
        self.encoder = nn.GRU(embedding_dim, rnn_hidden_dim, rnn_num_layers, bidirectional=bidirectional, batch_first=True, bias=True)

    def forward(self, x):
        # final hidden state at every layer: layer (* 2), batch, hidden_dim
        x = self.embedding(x)
        _, state_layer = self.encoder(x)
        return state_layer


# seq2seq/Decoder_GRU.py
class Decoder_GRU(nn.Module):
    def __init__(self, output_dim, embedding_dim, rnn_hidden_dim, rnn_num_layers, bidirectional):
        super().__init__()
        if bidirectional:
            rnn_num_layers = rnn_num_layers * 2

        self.embedding = nn.Embedding(output_dim, embedding_dim)
        self.decoder = nn.GRU(embedding_dim, rnn_hidden_dim, rnn_num_layers, batch_first=True, bias=True)
        self.fc = nn.Linear(rnn_hidden_dim, output_dim)

    def forward(self, x, latent):
        x = self.embedding(x)
        state_sequence, state_layer = self.decoder(x, latent)
        return self.fc(state_sequence), state_layer


# seq2seq/Seq2Seq.py
class Seq2Seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, encoder_input, decoder_input):
        z = self.encoder(encoder_input)
        decoder_output, decoder_state_layer = self.decoder(decoder_input, z)
        return decoder_output, decoder_state_layer


# seq2seq/Seq2Seq_LSTM.py
class Seq2Seq_LSTM(nn.Module):
    def __init__(self, input_dim, input_emb_dim, encoder_hidden_dim,
                 output_dim, output_emb_dim, decoder_hidden_dim, layer=1, bidirectional=False):
        super().__init__()
        self.encoder_emb = nn.Embedding(input_dim, input_emb_dim)
        self.encoder = nn.LSTM(input_emb_dim, encoder_hidden_dim, layer, batch_first=True, bidirectional=bidirectional)

        if bidirectional:
            layer = layer * 2

        self.decoder_emb = nn.Embedding(output_dim, output_emb_dim)
        self.decoder = nn.LSTM(output_emb_dim, decoder_hidden_dim, layer, batch_first=True)
        self.fcc = nn.Linear(decoder_hidden_dim, output_dim)

    def forward(self, encoder_input, decoder_input):
        encoder_emb_input = self.encoder_emb(encoder_input)
        _, (state, cell) = self.encoder(encoder_emb_input)
        decoder_emb_input = self.decoder_emb(decoder_input)
        output, (state, cell) = self.decoder(decoder_emb_input, (state, cell))
        return self.fcc(output), state, cell


# seq2seq/Seq2Seq_GRU_Attention.py (8d256fd)
class Seq2Seq_GRU_Attention(nn.Module):
    def __init__(self, input_dim, input_emb_dim, output_dim, output_emb_dim,
                 hidden_dim, layer, bidirectional):
        super().__init__()
        self.encoder_emb = nn.Embedding(input_dim, input_emb_dim)
        self.decoder_emb = nn.Embedding(output_dim, output_emb_dim)
        self.encoder = nn.GRU(input_emb_dim, hidden_dim, num_layers=layer, batch_first=True, bidirectional=bidirectional)

        if not bidirectional:
            self.encoder_attn = nn.Linear(hidden_dim, hidden_dim)
            self.decoder = nn.GRU(output_emb_dim, hidden_dim, num_layers=layer, batch_first=True)
        else:
            self.encoder_attn = nn.Linear(hidden_dim * 2, hidden_dim)
            self.decoder = nn.GRU(output_emb_dim, hidden_dim, num_layers=layer * 2, batch_first=True)

        self.fcc = nn.Linear(hidden_dim * 2, output_dim)

    def forward(self, encoder_input, decoder_input):
        encoder_emb = self.encoder_emb(encoder_input)
        encoder_sequence_state, encoder_layer_state = self.encoder(encoder_emb)
        decoder_emb = self.decoder_emb(decoder_input)
        decoder_sequence_state, _ = self.decoder(decoder_emb, encoder_layer_state)

        projected_encoder_attn = self.encoder_attn(encoder_sequence_state)
        attention_scores = decoder_sequence_state @ projected_encoder_attn.permute(0, 2, 1)
        attention_weights = F.softmax(attention_scores, dim=-1)
        attention_values = attention_weights @ projected_encoder_attn
        concat = torch.concat((decoder_sequence_state, attention_values), dim=-1)
        output = self.fcc(concat)
        return output, decoder_sequence_state


def probe():
    input_dim, output_dim = 40, 30
    input_emb_dim = output_emb_dim = 16
    rnn_hidden_dim = 32
    rnn_num_layers = 2
    de_batch = torch.randint(0, input_dim, (4, 9))
    en_batch = torch.randint(0, output_dim, (4, 7))
    for bidirectional in (True, False):
        encoder = Encoder_GRU(input_dim, input_emb_dim, rnn_hidden_dim, rnn_num_layers, bidirectional)
        decoder = Decoder_GRU(output_dim, output_emb_dim, rnn_hidden_dim, rnn_num_layers, bidirectional)
        seq2seq_gru = Seq2Seq(encoder, decoder)
        out, _ = seq2seq_gru(de_batch, en_batch[:, :-1])
        assert out.shape == (4, 6, output_dim)

        seq2seq_lstm = Seq2Seq_LSTM(input_dim, input_emb_dim, rnn_hidden_dim,
                                    output_dim, output_emb_dim, rnn_hidden_dim,
                                    rnn_num_layers, bidirectional)
        out, _, _ = seq2seq_lstm(de_batch, en_batch[:, :-1])
        assert out.shape == (4, 6, output_dim)

        attn = Seq2Seq_GRU_Attention(input_dim, input_emb_dim, output_dim, output_emb_dim,
                                     rnn_hidden_dim, rnn_num_layers, bidirectional=bidirectional)
        out, _ = attn(de_batch, en_batch[:, :-1])
        assert out.shape == (4, 6, output_dim)


if __name__ == "__main__":
    probe()

# source: https://github.com/coqui-ai/TTS/commit/4ef3ecf37f3bdd677aca1f100206adfc0aa1c3f7
# rule: LC008
# torch: RuntimeError: input has inconsistent input_size: got 384 expected 256
"""Mozilla TTS, now coqui-ai/TTS (layers/attention.py, layers/tacotron.py), "loca sens attn fix":
the Tacotron decoder's AttentionRNNCell feeds its GRUCell the prenet's memory concatenated with
the previous attention context, and built it as GRUCell(out_dim + memory_dim, rnn_dim) with
out_dim=128. The context the cell computes is a weighted sum of the encoder's annotations, so it
is annot_dim (= the encoder's 2 * 128 = 256) wide; only the first step, whose context the decoder
zero-fills as (B, 128), fits. The second decoder step fails. The fix sized the cell
GRUCell(annot_dim + memory_dim, rnn_dim) and zero-filled the first context with in_features.
(The same commit also gave the location convolution its two input channels, attention and
cumulative attention; that part is kept fixed here so that the cell is what fails.)"""
import torch
from torch import nn
from torch.nn import functional as F


class LocationSensitiveAttention(nn.Module):
    """Location sensitive attention following
    https://arxiv.org/pdf/1506.07503.pdf"""
    def __init__(self, annot_dim, query_dim, attn_dim,
                 kernel_size=31, filters=32):
        super(LocationSensitiveAttention, self).__init__()
        self.kernel_size = kernel_size
        self.filters = filters
        padding = int((kernel_size - 1) / 2)
        self.loc_conv = nn.Conv1d(2, filters,
                                  kernel_size=kernel_size, stride=1,
                                  padding=padding, bias=False)
        self.loc_linear = nn.Linear(filters, attn_dim)
        self.query_layer = nn.Linear(query_dim, attn_dim, bias=True)
        self.annot_layer = nn.Linear(annot_dim, attn_dim, bias=True)
        self.v = nn.Linear(attn_dim, 1, bias=False)

    def forward(self, annot, query, loc):
        if query.dim() == 2:
            # insert time-axis for broadcasting
            query = query.unsqueeze(1)
        loc_conv = self.loc_conv(loc)
        loc_conv = loc_conv.transpose(1, 2)
        processed_loc = self.loc_linear(loc_conv)
        processed_query = self.query_layer(query)
        processed_annots = self.annot_layer(annot)
        alignment = self.v(torch.tanh(
            processed_query + processed_annots + processed_loc))
        # (batch, max_time)
        return alignment.squeeze(-1)


class AttentionRNNCell(nn.Module):
    def __init__(self, out_dim, rnn_dim, annot_dim, memory_dim, align_model):
        r"""
        General Attention RNN wrapper

        Args:
            out_dim (int): context vector feature dimension.
            rnn_dim (int): rnn hidden state dimension.
            annot_dim (int): annotation vector feature dimension.
            memory_dim (int): memory vector (decoder autogression) feature dimension.
            align_model (str): 'b' for Bahdanau, 'ls' Location Sensitive alignment.
        """
        super(AttentionRNNCell, self).__init__()
        self.align_model = align_model
        self.rnn_cell = nn.GRUCell(out_dim + memory_dim, rnn_dim)  # fix: nn.GRUCell(annot_dim + memory_dim, rnn_dim)
        if align_model == 'ls':
            self.alignment_model = LocationSensitiveAttention(annot_dim, rnn_dim, out_dim)
        else:
            raise RuntimeError(" Wrong alignment model name: {}. Use\
                'b' (Bahdanau) or 'ls' (Location Sensitive).".format(align_model))

    def forward(self, memory, context, rnn_state, annots, atten, annot_lens=None):
        # Concat input query and previous context context
        rnn_input = torch.cat((memory, context), -1)
        # Feed it to RNN
        # s_i = f(y_{i-1}, c_{i}, s_{i-1})
        rnn_output = self.rnn_cell(rnn_input, rnn_state)
        # Alignment
        # (batch, max_time)
        # e_{ij} = a(s_{i-1}, h_j)
        alignment = self.alignment_model(annots, rnn_output, atten)
        # Normalize context weight
        alignment = F.softmax(alignment, dim=-1)
        # Attention context vector
        # (batch, 1, dim)
        # c_i = \sum_{j=1}^{T_x} \alpha_{ij} h_j
        context = torch.bmm(alignment.unsqueeze(1), annots)
        context = context.squeeze(1)
        return rnn_output, context, alignment


class Prenet(nn.Module):
    def __init__(self, in_features, out_features=[256, 128]):
        super(Prenet, self).__init__()
        in_features = [in_features] + out_features[:-1]
        self.layers = nn.ModuleList(
            [nn.Linear(in_size, out_size)
             for (in_size, out_size) in zip(in_features, out_features)])
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(0.5)

    def forward(self, inputs):
        for linear in self.layers:
            inputs = self.dropout(self.relu(linear(inputs)))
        return inputs


class StopNet(nn.Module):
    def __init__(self, r, memory_dim):
        super(StopNet, self).__init__()
        self.rnn = nn.GRUCell(memory_dim * r, memory_dim * r)
        self.relu = nn.ReLU()
        self.linear = nn.Linear(r * memory_dim, 1)
        self.sigmoid = nn.Sigmoid()

    def forward(self, inputs, rnn_hidden):
        rnn_hidden = self.rnn(inputs, rnn_hidden)
        outputs = self.relu(rnn_hidden)
        outputs = self.linear(outputs)
        outputs = self.sigmoid(outputs)
        return outputs, rnn_hidden


class Decoder(nn.Module):
    r"""Decoder module.

    Args:
        in_features (int): input vector (encoder output) sample size.
        memory_dim (int): memory vector (prev. time-step output) sample size.
        r (int): number of outputs per time step.
    """

    def __init__(self, in_features, memory_dim, r):
        super(Decoder, self).__init__()
        self.r = r
        self.max_decoder_steps = 200
        self.memory_dim = memory_dim
        # memory -> |Prenet| -> processed_memory
        self.prenet = Prenet(memory_dim * r, out_features=[256, 128])
        # processed_inputs, processed_memory -> |Attention| -> Attention, attention, RNN_State
        self.attention_rnn = AttentionRNNCell(out_dim=128, rnn_dim=256, annot_dim=in_features,
                                              memory_dim=128, align_model='ls')
        # (processed_memory | attention context) -> |Linear| -> decoder_RNN_input
        self.project_to_decoder_in = nn.Linear(256 + in_features, 256)
        # decoder_RNN_input -> |RNN| -> RNN_state
        self.decoder_rnns = nn.ModuleList(
            [nn.GRUCell(256, 256) for _ in range(2)])
        # RNN_state -> |Linear| -> mel_spec
        self.proj_to_mel = nn.Linear(256, memory_dim * r)
        self.stopnet = StopNet(r, memory_dim)

    def forward(self, inputs, memory=None, input_lens=None):
        B = inputs.size(0)
        T = inputs.size(1)
        # Grouping multiple frames if necessary
        if memory.size(-1) == self.memory_dim:
            memory = memory.view(B, memory.size(1) // self.r, -1)
        T_decoder = memory.size(1)
        # go frame as zeros matrix
        initial_memory = inputs.data.new(B, self.memory_dim * self.r).zero_()
        # decoder states
        attention_rnn_hidden = inputs.data.new(B, 256).zero_()
        decoder_rnn_hiddens = [inputs.data.new(B, 256).zero_()
                               for _ in range(len(self.decoder_rnns))]
        current_context_vec = inputs.data.new(B, 128).zero_()
        stopnet_rnn_hidden = inputs.data.new(B, self.r * self.memory_dim).zero_()
        # attention states
        attention = inputs.data.new(B, T).zero_()
        attention_cum = inputs.data.new(B, T).zero_()
        # Time first (T_decoder, B, memory_dim)
        memory = memory.transpose(0, 1)
        outputs, attentions, stop_tokens = [], [], []
        t = 0
        memory_input = initial_memory
        while t < T_decoder:
            if t > 0:
                memory_input = memory[t - 1]
            # Prenet
            processed_memory = self.prenet(memory_input)
            # Attention RNN
            attention_cat = torch.cat((attention.unsqueeze(1), attention_cum.unsqueeze(1)), dim=1)
            attention_rnn_hidden, current_context_vec, attention = self.attention_rnn(
                processed_memory, current_context_vec, attention_rnn_hidden,
                inputs, attention_cat, input_lens)
            attention_cum = attention_cum + attention
            # Concat RNN output and attention context vector
            decoder_input = self.project_to_decoder_in(
                torch.cat((attention_rnn_hidden, current_context_vec), -1))
            # Pass through the decoder RNNs
            for idx in range(len(self.decoder_rnns)):
                decoder_rnn_hiddens[idx] = self.decoder_rnns[idx](
                    decoder_input, decoder_rnn_hiddens[idx])
                # Residual connectinon
                decoder_input = decoder_rnn_hiddens[idx] + decoder_input
            # predict mel vectors from decoder vectors
            output = self.proj_to_mel(decoder_input)
            stop_token, stopnet_rnn_hidden = self.stopnet(output, stopnet_rnn_hidden)
            outputs += [output]
            attentions += [attention]
            stop_tokens += [stop_token]
            t += 1
        attentions = torch.stack(attentions).transpose(0, 1)
        outputs = torch.stack(outputs).transpose(0, 1).contiguous()
        stop_tokens = torch.stack(stop_tokens).transpose(0, 1)
        return outputs, attentions, stop_tokens


def probe():
    # models/tacotron.py: Decoder(256, mel_dim, r), the encoder's CBHG returning 2 * 128 features
    mel_dim, r = 80, 5
    decoder = Decoder(256, mel_dim, r)
    encoder_outputs = torch.randn(2, 17, 256)
    mel_specs = torch.randn(2, 30, mel_dim)
    mel_outputs, alignments, stop_tokens = decoder(encoder_outputs, mel_specs)
    F.l1_loss(mel_outputs.view(2, -1, mel_dim), mel_specs).backward()


if __name__ == "__main__":
    probe()

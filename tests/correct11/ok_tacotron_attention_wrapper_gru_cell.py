"""Tacotron decoder: a GRUCell of 256 + 128 handed to an AttentionWrapper that concatenates the
prenet output (128) with the previous attention context (256); residual GRUCells after a
Linear of 512 (cell output + context).

source: r9y9/tacotron_pytorch@62db7217c10da3edb34f67b185cc0e2b04cdf77e tacotron_pytorch/tacotron.py,
tacotron_pytorch/attention.py
"""
import torch
from torch import nn
from torch.autograd import Variable
from torch.nn import functional as F


class Prenet(nn.Module):
    def __init__(self, in_dim, sizes=[256, 128]):
        super(Prenet, self).__init__()
        in_sizes = [in_dim] + sizes[:-1]
        self.layers = nn.ModuleList(
            [nn.Linear(in_size, out_size) for (in_size, out_size) in zip(in_sizes, sizes)])
        self.relu = nn.ReLU()

    def forward(self, inputs):
        for linear in self.layers:
            inputs = self.relu(linear(inputs))
        return inputs


class BahdanauAttention(nn.Module):
    def __init__(self, dim):
        super(BahdanauAttention, self).__init__()
        self.query_layer = nn.Linear(dim, dim, bias=False)
        self.tanh = nn.Tanh()
        self.v = nn.Linear(dim, 1, bias=False)

    def forward(self, query, processed_memory):
        if query.dim() == 2:
            query = query.unsqueeze(1)
        processed_query = self.query_layer(query)
        alignment = self.v(self.tanh(processed_query + processed_memory))
        return alignment.squeeze(-1)


class AttentionWrapper(nn.Module):
    def __init__(self, rnn_cell, attention_mechanism):
        super(AttentionWrapper, self).__init__()
        self.rnn_cell = rnn_cell
        self.attention_mechanism = attention_mechanism

    def forward(self, query, attention, cell_state, memory, processed_memory=None):
        if processed_memory is None:
            processed_memory = memory
        cell_input = torch.cat((query, attention), -1)
        cell_output = self.rnn_cell(cell_input, cell_state)
        alignment = self.attention_mechanism(cell_output, processed_memory)
        alignment = F.softmax(alignment, dim=-1)
        attention = torch.bmm(alignment.unsqueeze(1), memory)
        attention = attention.squeeze(1)
        return cell_output, attention, alignment


class Decoder(nn.Module):
    def __init__(self, in_dim, r):
        super(Decoder, self).__init__()
        self.in_dim = in_dim
        self.r = r
        self.prenet = Prenet(in_dim * r, sizes=[256, 128])
        self.attention_rnn = AttentionWrapper(
            nn.GRUCell(256 + 128, 256),
            BahdanauAttention(256)
        )
        self.memory_layer = nn.Linear(256, 256, bias=False)
        self.project_to_decoder_in = nn.Linear(512, 256)
        self.decoder_rnns = nn.ModuleList(
            [nn.GRUCell(256, 256) for _ in range(2)])
        self.proj_to_mel = nn.Linear(256, in_dim * r)

    def forward(self, encoder_outputs, inputs):
        B = encoder_outputs.size(0)
        processed_memory = self.memory_layer(encoder_outputs)
        if inputs.size(-1) == self.in_dim:
            inputs = inputs.view(B, inputs.size(1) // self.r, -1)
        T_decoder = inputs.size(1)
        initial_input = Variable(encoder_outputs.data.new(B, self.in_dim * self.r).zero_())
        attention_rnn_hidden = Variable(encoder_outputs.data.new(B, 256).zero_())
        decoder_rnn_hiddens = [Variable(encoder_outputs.data.new(B, 256).zero_())
                               for _ in range(len(self.decoder_rnns))]
        current_attention = Variable(encoder_outputs.data.new(B, 256).zero_())
        inputs = inputs.transpose(0, 1)
        outputs = []
        current_input = initial_input
        for t in range(T_decoder):
            if t > 0:
                current_input = inputs[t - 1]
            current_input = self.prenet(current_input)
            attention_rnn_hidden, current_attention, alignment = self.attention_rnn(
                current_input, current_attention, attention_rnn_hidden,
                encoder_outputs, processed_memory=processed_memory)
            decoder_input = self.project_to_decoder_in(
                torch.cat((attention_rnn_hidden, current_attention), -1))
            for idx in range(len(self.decoder_rnns)):
                decoder_rnn_hiddens[idx] = self.decoder_rnns[idx](
                    decoder_input, decoder_rnn_hiddens[idx])
                decoder_input = decoder_rnn_hiddens[idx] + decoder_input
            outputs += [self.proj_to_mel(decoder_input)]
        return torch.stack(outputs).transpose(0, 1)


def probe():
    Decoder(80, 5)(torch.randn(2, 17, 256), torch.randn(2, 30, 80))

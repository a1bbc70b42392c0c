"""OpenNMT's InputFeedRNNDecoder: the StackedLSTM's input is emb + hidden (the fed-back
attention output), its state (h, c) of (layers, B, H)."""
import torch
import torch.nn as nn


class StackedLSTM(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size):
        super().__init__()
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.LSTMCell(input_size, rnn_size))
            input_size = rnn_size

    def forward(self, x, hidden):
        h_0, c_0 = hidden
        hs, cs = [], []
        for i, layer in enumerate(self.layers):
            h, c = layer(x, (h_0[i], c_0[i]))
            x = h
            hs.append(h)
            cs.append(c)
        return x, (torch.stack(hs), torch.stack(cs))


class InputFeedDecoder(nn.Module):
    def __init__(self, emb, hidden, layers):
        super().__init__()
        self.rnn = StackedLSTM(layers, emb + hidden, hidden)
        self.attn_out = nn.Linear(2 * hidden, hidden)

    def forward(self, tgt_emb, memory, state):
        input_feed = memory.new_zeros(tgt_emb.size(1), self.attn_out.out_features)
        outs = []
        for emb_t in tgt_emb.split(1):
            rnn_out, state = self.rnn(torch.cat([emb_t.squeeze(0), input_feed], 1), state)
            scores = torch.bmm(memory.transpose(0, 1), rnn_out.unsqueeze(2)).squeeze(2)
            ctx = torch.bmm(scores.softmax(1).unsqueeze(1), memory.transpose(0, 1)).squeeze(1)
            input_feed = torch.tanh(self.attn_out(torch.cat([rnn_out, ctx], 1)))
            outs.append(input_feed)
        return torch.stack(outs), state


def probe():
    enc = nn.LSTM(5, 8, 2)
    memory, state = enc(torch.randn(6, 3, 5))
    out, state = InputFeedDecoder(5, 8, 2)(torch.randn(4, 3, 5), memory, state)
    assert out.shape == (4, 3, 8)

# source: https://github.com/EdGENetworks/attention-networks-for-classification/issues/12
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 3, 8), got [1, 3, 8]
"""Hierarchical attention network: in the bidirectional=False branch the sentence GRU is still
built with bidirectional=True, while init_hidden gives it the one-direction state (1, B, H):
Expected hidden size (2, B, H), got [1, B, H]."""
import torch
import torch.nn as nn
from torch.autograd import Variable


class AttentionSentRNN(nn.Module):
    def __init__(self, batch_size, sent_gru_hidden, word_gru_hidden, n_classes, bidirectional=True):
        super(AttentionSentRNN, self).__init__()
        self.batch_size = batch_size
        self.sent_gru_hidden = sent_gru_hidden
        self.n_classes = n_classes
        self.word_gru_hidden = word_gru_hidden
        self.bidirectional = bidirectional
        if bidirectional == True:
            self.sent_gru = nn.GRU(2 * word_gru_hidden, sent_gru_hidden, bidirectional=True)
            self.weight_W_sent = nn.Parameter(torch.Tensor(2 * sent_gru_hidden, 2 * sent_gru_hidden))
            self.bias_sent = nn.Parameter(torch.Tensor(2 * sent_gru_hidden, 1))
            self.weight_proj_sent = nn.Parameter(torch.Tensor(2 * sent_gru_hidden, 1))
            self.final_linear = nn.Linear(2 * sent_gru_hidden, n_classes)
        else:
            self.sent_gru = nn.GRU(word_gru_hidden, sent_gru_hidden, bidirectional=True)  # fix: this branch is the one-direction model: bidirectional=False
            self.weight_W_sent = nn.Parameter(torch.Tensor(sent_gru_hidden, sent_gru_hidden))
            self.bias_sent = nn.Parameter(torch.Tensor(sent_gru_hidden, 1))
            self.weight_proj_sent = nn.Parameter(torch.Tensor(sent_gru_hidden, 1))
            self.final_linear = nn.Linear(sent_gru_hidden, n_classes)
        self.weight_W_sent.data.uniform_(-0.1, 0.1)
        self.weight_proj_sent.data.uniform_(-0.1, 0.1)

    def forward(self, word_attention_vectors, state_sent):
        output_sent, state_sent = self.sent_gru(word_attention_vectors, state_sent)
        sent_squish = torch.tanh(output_sent @ self.weight_W_sent + self.bias_sent.squeeze(1))
        sent_attn = torch.softmax(sent_squish @ self.weight_proj_sent, dim=0)
        sent_attn_vectors = (sent_attn * output_sent).sum(0)
        final_map = self.final_linear(sent_attn_vectors)
        return torch.log_softmax(final_map, dim=1), state_sent, sent_attn

    def init_hidden(self):
        if self.bidirectional == True:
            return Variable(torch.zeros(2, self.batch_size, self.sent_gru_hidden))
        else:
            return Variable(torch.zeros(1, self.batch_size, self.sent_gru_hidden))


def probe():
    batch_size, word_gru_hidden = 3, 6
    sent_attn = AttentionSentRNN(batch_size=batch_size, sent_gru_hidden=8,
                                 word_gru_hidden=word_gru_hidden, n_classes=4, bidirectional=False)
    state_sent = sent_attn.init_hidden()
    sent_attn(torch.randn(5, batch_size, word_gru_hidden), state_sent)


if __name__ == "__main__":
    probe()

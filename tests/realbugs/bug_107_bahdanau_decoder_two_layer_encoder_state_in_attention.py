# source: https://github.com/gabrielloye/Attention_Seq2seq-Translation/issues/6
# rule: LC007
# torch: RuntimeError: The size of tensor a (3) must match the size of tensor b (5) at non-singleton dimension 1
"""Attention_Seq2seq-Translation (the Bahdanau/Luong tutorial notebook): the decoder's additive
attention adds fc_hidden(hidden[0]) to fc_encoder(encoder_outputs). The tutorial trains one
sentence at a time with a one-layer encoder, where hidden[0] is (1, 1, H); the reporter builds the
encoder with n_layers=2 and a batch of 3, so hidden[0] is (layers, batch, H) and no longer lines
up with the (batch, seq, H) encoder outputs."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class EncoderLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1, drop_prob=0):
        super(EncoderLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.embedding = nn.Embedding(input_size, hidden_size)
        self.lstm = nn.LSTM(hidden_size, hidden_size, n_layers, dropout=drop_prob, batch_first=True)

    def forward(self, inputs, hidden):
        embedded = self.embedding(inputs)
        output, hidden = self.lstm(embedded, hidden)
        return output, hidden

    def init_hidden(self, batch_size=1):
        return (torch.zeros(self.n_layers, batch_size, self.hidden_size),
                torch.zeros(self.n_layers, batch_size, self.hidden_size))


class BahdanauDecoder(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, drop_prob=0.1):
        super(BahdanauDecoder, self).__init__()
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.drop_prob = drop_prob

        self.embedding = nn.Embedding(self.output_size, self.hidden_size)

        self.fc_hidden = nn.Linear(self.hidden_size, self.hidden_size, bias=False)
        self.fc_encoder = nn.Linear(self.hidden_size, self.hidden_size, bias=False)
        self.weight = nn.Parameter(torch.FloatTensor(1, hidden_size))
        self.attn_combine = nn.Linear(self.hidden_size * 2, self.hidden_size)
        self.dropout = nn.Dropout(self.drop_prob)
        self.lstm = nn.LSTM(self.hidden_size * 2, self.hidden_size, batch_first=True)
        self.classifier = nn.Linear(self.hidden_size, self.output_size)

    def forward(self, inputs, hidden, encoder_outputs):
        encoder_outputs = encoder_outputs.squeeze()
        embedded = self.embedding(inputs).view(1, -1)
        embedded = self.dropout(embedded)

        # Calculating Alignment Scores
        x = torch.tanh(self.fc_hidden(hidden[0]) + self.fc_encoder(encoder_outputs))  # fix: score with the top layer only, hidden[0][-1].unsqueeze(1), one query per sample
        alignment_scores = x.bmm(self.weight.unsqueeze(2))

        attn_weights = F.softmax(alignment_scores.view(1, -1), dim=1)
        context_vector = torch.bmm(attn_weights.unsqueeze(0), encoder_outputs.unsqueeze(0))
        output = torch.cat((embedded, context_vector[0]), 1).unsqueeze(0)
        output, hidden = self.lstm(output, hidden)
        output = F.log_softmax(self.classifier(output[0]), dim=1)
        return output, hidden, attn_weights


def probe():
    encoder = EncoderLSTM(input_size=100, hidden_size=16, n_layers=2, drop_prob=0)
    inputs = torch.randint(0, 8, (3, 5))  # (batch, seq)
    target = torch.randint(1, 20, (3, 9))
    hidden = encoder.init_hidden(3)
    encoder_output, hidden = encoder(inputs, hidden)

    attn = BahdanauDecoder(hidden_size=16, output_size=64)
    attn(target, hidden, encoder_output)


if __name__ == "__main__":
    probe()

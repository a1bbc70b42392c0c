# source: https://github.com/sooftware/kospeech/commit/984339cf009a7949a19c6ac942c7685a57d75247
"""KoSpeech's spelling-corrector decoder layer after "Fix size error" (bug_124's answer): the layer
concatenates its query with the attention context on the feature dim, and its RNN is built for
input_size = hidden_dim << 1, through the BaseRNN wrapper, from the decoder's constructor."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BaseRNN(nn.Module):
    supported_rnns = {'lstm': nn.LSTM, 'gru': nn.GRU, 'rnn': nn.RNN}

    def __init__(self, input_size, hidden_dim=512, num_layers=1, rnn_type='lstm', dropout_p=0.3,
                 bidirectional=True, device='cuda'):
        super(BaseRNN, self).__init__()
        rnn_cell = self.supported_rnns[rnn_type]
        self.rnn = rnn_cell(input_size, hidden_dim, num_layers, True, True, dropout_p, bidirectional)
        self.hidden_dim = hidden_dim
        self.device = device


class SpellingCorrectorDecoderLayer(BaseRNN):
    def __init__(self, hidden_dim, rnn_type, dropout_p, device):
        super(SpellingCorrectorDecoderLayer, self).__init__(
            input_size=hidden_dim << 1, hidden_dim=hidden_dim, num_layers=1, rnn_type=rnn_type,
            dropout_p=0.0, bidirectional=False, device=device)
        self.dropout = nn.Dropout(p=dropout_p)

    def forward(self, query, context):
        residual = query
        output, _ = self.rnn(torch.cat((query, context), dim=2))
        return self.dropout(output) + residual


class SpellingCorrectorDecoder(nn.Module):
    def __init__(self, num_classes, hidden_dim=1024, num_heads=4, num_layers=3, rnn_type='lstm',
                 dropout_p=0.3, device='cuda'):
        super(SpellingCorrectorDecoder, self).__init__()
        self.embedding = nn.Embedding(num_classes, hidden_dim)
        self.layers = nn.ModuleList([SpellingCorrectorDecoderLayer(hidden_dim, rnn_type, dropout_p, device)
                                     for _ in range(num_layers)])
        self.attention = nn.MultiheadAttention(hidden_dim, num_heads, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, inputs, encoder_outputs):
        output = self.embedding(inputs)
        context, _ = self.attention(output, encoder_outputs, encoder_outputs)
        for layer in self.layers:
            output = layer(output, context)
        return F.log_softmax(self.fc(output), dim=-1)


def probe():
    decoder = SpellingCorrectorDecoder(num_classes=30, hidden_dim=64, num_layers=3, rnn_type='gru', device='cpu')
    decoder(torch.randint(0, 30, (2, 7)), torch.randn(2, 11, 64))


if __name__ == "__main__":
    probe()

# source: https://github.com/sooftware/kospeech/commit/984339cf009a7949a19c6ac942c7685a57d75247
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 64, got 128
"""KoSpeech (kospeech/models/spelling_corrector/decoder.py), "Fix size error": each decoder layer
of the spelling corrector concatenates its query with the attention context on the feature dim
before its RNN, but the layer built the RNN (through the BaseRNN wrapper of modules.py) with
input_size=hidden_dim. The fix doubled it (hidden_dim << 1). The layers and the attention are
built from the decoder's constructor parameters."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch import Tensor


class BaseRNN(nn.Module):
    supported_rnns = {'lstm': nn.LSTM, 'gru': nn.GRU, 'rnn': nn.RNN}

    def __init__(self, input_size: int, hidden_dim: int = 512, num_layers: int = 1,
                 rnn_type: str = 'lstm', dropout_p: float = 0.3, bidirectional: bool = True,
                 device: str = 'cuda') -> None:
        super(BaseRNN, self).__init__()
        rnn_cell = self.supported_rnns[rnn_type]
        self.rnn = rnn_cell(input_size, hidden_dim, num_layers, True, True, dropout_p, bidirectional)
        self.hidden_dim = hidden_dim
        self.device = device


class SpellingCorrectorDecoderLayer(BaseRNN):
    def __init__(self, hidden_dim, rnn_type, dropout_p, device):
        super(SpellingCorrectorDecoderLayer, self).__init__(
            input_size=hidden_dim,  # fix: the layer's input is cat(query, context): hidden_dim << 1
            hidden_dim=hidden_dim,
            num_layers=1,
            rnn_type=rnn_type,
            dropout_p=dropout_p,
            bidirectional=False,
            device=device
        )
        self.dropout = nn.Dropout(p=dropout_p)

    def forward(self, query, context):
        residual = query
        output = torch.cat((query, context), dim=2)
        output, _ = self.rnn(output)
        output = self.dropout(output)
        return output + residual


class SpellingCorrectorDecoder(nn.Module):
    def __init__(self, num_classes: int, hidden_dim: int = 1024, num_heads: int = 4,
                 num_layers: int = 3, rnn_type: str = 'lstm', dropout_p: float = 0.3,
                 device: str = 'cuda') -> None:
        super(SpellingCorrectorDecoder, self).__init__()
        self.embedding = nn.Embedding(num_classes, hidden_dim)
        self.input_dropout = nn.Dropout(dropout_p)
        self.layers = nn.ModuleList([
            SpellingCorrectorDecoderLayer(hidden_dim=hidden_dim, rnn_type=rnn_type,
                                          dropout_p=dropout_p, device=device)
            for _ in range(num_layers)
        ])
        self.attention = nn.MultiheadAttention(hidden_dim, num_heads, batch_first=True)
        self.fc = nn.Linear(hidden_dim, num_classes)

    def forward(self, inputs: Tensor, encoder_outputs: Tensor) -> Tensor:
        output = self.input_dropout(self.embedding(inputs))
        context, _ = self.attention(output, encoder_outputs, encoder_outputs)
        for layer in self.layers:
            output = layer(output, context)
        return F.log_softmax(self.fc(output), dim=-1)


def probe():
    decoder = SpellingCorrectorDecoder(num_classes=30, hidden_dim=64, num_heads=4, num_layers=3,
                                       device='cpu')
    targets = torch.randint(0, 30, (2, 7))
    encoder_outputs = torch.randn(2, 11, 64)
    decoder(targets, encoder_outputs)


if __name__ == "__main__":
    probe()

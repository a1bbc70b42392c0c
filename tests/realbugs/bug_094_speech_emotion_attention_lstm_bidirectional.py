# source: https://github.com/PiotrSobczak/speech-emotion-recognition/issues/21
# rule: LC007
# torch: RuntimeError: batch2 must be a 3D tensor
"""speech-emotion-recognition's AttentionLSTM (models.py, "taken from Text-Classification-Pytorch's
LSTM_Attn"): the linguistic config has a bidirectional option that the model did not use; the
reporter passed it to the LSTM. The self-attention reads the final state with
final_state.squeeze(0), one direction's (batch, hidden), and scores it against the outputs; with
two directions h_n is (2, batch, hidden), squeeze(0) leaves it 3-D, and the bmm gets a 4-D
tensor where the outputs are already 2*hidden wide ("Expected 3-dimensional tensor, but got
4-dimensional tensor for argument #2 'batch2'" in the torch of the report)."""
import torch
import torch.nn as nn
from torch.nn import functional as F


class LinguisticConfig(object):
    def __init__(self, **kwargs):
        self.batch_size = kwargs.get("batch_size", 4)
        self.num_classes = kwargs.get("num_classes", 4)
        self.hidden_dim = kwargs.get("hidden_dim", 16)
        self.emb_dim = kwargs.get("emb_dim", 12)
        self.dropout = kwargs.get("dropout", 0.3)
        self.dropout2 = kwargs.get("dropout2", 0.3)
        self.bidirectional = kwargs.get("bidirectional", True)


class AttentionLSTM(nn.Module):
    def __init__(self, cfg):
        super(AttentionLSTM, self).__init__()
        self.batch_size = cfg.batch_size
        self.output_size = cfg.num_classes
        self.hidden_size = cfg.hidden_dim
        self.embedding_length = cfg.emb_dim

        self.dropout = torch.nn.Dropout(cfg.dropout)
        self.dropout2 = torch.nn.Dropout(cfg.dropout2)

        self.lstm = nn.LSTM(self.embedding_length, self.hidden_size, bidirectional=cfg.bidirectional)
        self.label = nn.Linear(self.hidden_size, self.output_size)

    def attention_net(self, lstm_output, final_state):
        hidden = final_state.squeeze(0)  # fix: with two directions use both final states: torch.cat((final_state[-2], final_state[-1]), 1), and size self.label for 2 * hidden_size
        attn_weights = torch.bmm(lstm_output, hidden.unsqueeze(2)).squeeze(2)
        soft_attn_weights = F.softmax(attn_weights, 1)
        new_hidden_state = torch.bmm(lstm_output.transpose(1, 2), soft_attn_weights.unsqueeze(2)).squeeze(2)
        return new_hidden_state

    def extract(self, input):
        input = input.transpose(0, 1)
        input = self.dropout(input)
        output, (final_hidden_state, final_cell_state) = self.lstm(input)
        output = output.permute(1, 0, 2)
        return self.attention_net(output, final_hidden_state)

    def classify(self, attn_output):
        attn_output = self.dropout2(attn_output)
        logits = self.label(attn_output)
        return logits.squeeze(1)

    def forward(self, input):
        return self.classify(self.extract(input))


def probe():
    cfg = LinguisticConfig()
    model = AttentionLSTM(cfg)
    model(torch.randn(cfg.batch_size, 9, cfg.emb_dim))


if __name__ == "__main__":
    probe()

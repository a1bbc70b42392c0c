# source: https://github.com/RaleLee/DialogueGCN/issues/5
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 100, got 250
"""DialogueGCN's training script for DailyDialog keeps IEMOCAP's utterance size, D_m = 100, while
the DailyDialog features it loads are 250-dimensional: the base LSTM model is built for 100
input features and fed 250."""
import argparse

import torch
import torch.nn as nn


class LSTMModel(nn.Module):

    def __init__(self, D_m, D_e, D_h, n_classes=7, dropout=0.5):
        super(LSTMModel, self).__init__()
        self.n_classes = n_classes
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(input_size=D_m, hidden_size=D_e, num_layers=2, bidirectional=True,
                            dropout=dropout)
        self.linear = nn.Linear(2 * D_e, D_h)
        self.smax_fc = nn.Linear(D_h, n_classes)

    def forward(self, U, qmask, umask):
        """U -> seq_len, batch, D_m"""
        emotions, hidden = self.lstm(U)
        hidden = torch.relu(self.linear(emotions))
        hidden = self.dropout(hidden)
        return torch.log_softmax(self.smax_fc(hidden), 2)


class DailyDialogueDataset:
    """Stands in for DailyDialogueDataset3: the pickled utterance features of each dialogue."""

    def __init__(self, split, path):
        self.split, self.path = split, path

    def batch(self, n_dialogues, n_utterances):
        features = torch.randn(n_utterances, n_dialogues, 250)  # what pickle.load gives back
        qmask = torch.zeros(n_utterances, n_dialogues, 2)
        umask = torch.ones(n_dialogues, n_utterances)
        return features, qmask, umask


def main(args):
    n_classes = 7
    # change D_m into
    D_m = 100  # fix: the DailyDialog features are 250-dimensional, D_m = 250
    D_e = 100
    D_h = 100
    model = LSTMModel(D_m, D_e, D_h, n_classes=n_classes, dropout=args.dropout)
    trainset = DailyDialogueDataset('train', 'dailydialog/daily_dialogue2.pkl')
    textf, qmask, umask = trainset.batch(args.batch_size, 6)
    return model(textf, qmask, umask)


def probe():
    parser = argparse.ArgumentParser()
    parser.add_argument('--dropout', type=float, default=0.5, metavar='dropout', help='dropout rate')
    parser.add_argument('--batch-size', type=int, default=32, metavar='BS', help='batch size')
    main(parser.parse_args([]))


if __name__ == "__main__":
    probe()

# source: variant of bug_035 (the head is applied in a predict() method under torch.no_grad(); the model built in main())
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (60x24 and 12x29)
"""bug_035 with the forward pass in a `with torch.no_grad():` block of a predict method, and the
model built in main() with keywords."""
import torch
import torch.nn as nn


class LSTMDecoder(nn.Module):
    def __init__(self, feat_in, num_classes, lstm_hidden_size, bidirectional=False):
        super().__init__()
        self.lstm_layer = nn.LSTM(feat_in, lstm_hidden_size, batch_first=True,
                                  bidirectional=bidirectional)
        self.linear_layer = nn.Linear(lstm_hidden_size, num_classes + 1)  # fix: 2 * lstm_hidden_size when bidirectional

    def predict(self, features):
        with torch.no_grad():
            output, _ = self.lstm_layer(features)
            logits = self.linear_layer(output)
        return logits.argmax(dim=-1)


def main():
    decoder = LSTMDecoder(feat_in=16, num_classes=28, lstm_hidden_size=12, bidirectional=True)
    return decoder.predict(torch.randn(2, 30, 16))


def probe():
    main()


if __name__ == "__main__":
    probe()

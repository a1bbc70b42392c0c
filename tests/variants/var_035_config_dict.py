# source: variant of bug_035 (sizes and the bidirectional flag from a config dict read with [key] and .get)
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (60x24 and 12x29)
"""bug_035 with its options in a dict: the LSTM is bidirectional, the output layer is sized for
one direction."""
import torch
import torch.nn as nn

DECODER_CONFIG = {"feat_in": 16, "num_classes": 28, "hidden": 12, "bidirectional": True}


class LSTMDecoder(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["feat_in"], cfg["hidden"], num_layers=cfg.get("layers", 1),
                            batch_first=True, bidirectional=cfg.get("bidirectional", False))
        self.linear = nn.Linear(cfg["hidden"], cfg["num_classes"] + 1)  # fix: 2 * cfg["hidden"] when bidirectional

    def forward(self, encoder_output):
        output, _ = self.lstm(encoder_output.transpose(1, 2))
        return self.linear(output).log_softmax(dim=-1)


def probe():
    decoder = LSTMDecoder(DECODER_CONFIG)
    decoder(torch.randn(2, 16, 30))


if __name__ == "__main__":
    probe()

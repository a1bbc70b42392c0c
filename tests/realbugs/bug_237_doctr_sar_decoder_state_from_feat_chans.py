# source: https://github.com/mindee/doctr/blob/8a88feaf7ff5140e5f4c5c860cb9414dda128656/doctr/models/recognition/sar/pytorch.py
# rule: LC009
# torch: RuntimeError: hidden0 has inconsistent hidden_size: got 512, expected 256
"""mindee/doctr at 8a88fea (doctr/models/recognition/sar/pytorch.py): the SAR text recogniser
takes `rnn_units` ("number of hidden units in both encoder and decoder LSTM", default 512), builds
the decoder's nn.LSTMCell(rnn_units, rnn_units), but at the first step creates the cell's zero
state from the backbone's feature map, `torch.zeros(features.size(0), features.size(1))`: the
channel count of the ResNet-31 features (512), not rnn_units. Only the default, where both are
512, works; `sar_resnet31(rnn_units=256)` fails at the first decoding step. The state needs
`self.lstm_cell.hidden_size` (rnn_units) columns; the same assumption sits one step later in
`output_dense = nn.Linear(2 * rnn_units, ...)`, which receives the hidden state concatenated with
a glimpse of feat_chans (512) width, so it has to be sized rnn_units + feat_chans as well. The ResNet-31 backbone is a single strided
convolution with the same 512 output channels, the vocab a short string, and the
post-processor and target building are left out (inference path, no targets)."""
from typing import Any, Dict, List, Optional, Tuple

import torch
from torch import nn


class SAREncoder(nn.Module):
    def __init__(self, in_feats: int, rnn_units: int, dropout_prob: float = 0.0) -> None:
        super().__init__()
        self.rnn = nn.LSTM(in_feats, rnn_units, 2, batch_first=True, dropout=dropout_prob)
        self.linear = nn.Linear(rnn_units, rnn_units)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (N, L, C) --> (N, T, C)
        encoded = self.rnn(x)[0]
        # (N, C)
        return self.linear(encoded[:, -1, :])


class AttentionModule(nn.Module):
    def __init__(self, feat_chans: int, state_chans: int, attention_units: int) -> None:
        super().__init__()
        self.feat_conv = nn.Conv2d(feat_chans, attention_units, kernel_size=3, padding=1)
        self.state_conv = nn.Conv2d(state_chans, attention_units, kernel_size=1, bias=False)
        self.attention_projector = nn.Conv2d(attention_units, 1, kernel_size=1, bias=False)

    def forward(self, features: torch.Tensor, hidden_state: torch.Tensor) -> torch.Tensor:
        H_f, W_f = features.shape[2:]
        feat_projection = self.feat_conv(features)
        hidden_state = hidden_state.view(hidden_state.size(0), hidden_state.size(1), 1, 1)
        state_projection = self.state_conv(hidden_state)
        state_projection = state_projection.expand(-1, -1, H_f, W_f)
        attention_weights = torch.tanh(feat_projection + state_projection)
        attention_weights = self.attention_projector(attention_weights)
        B, C, H, W = attention_weights.size()
        attention_weights = torch.softmax(attention_weights.view(B, -1), dim=-1).view(B, C, H, W)
        return (features * attention_weights).sum(dim=(2, 3))


class SARDecoder(nn.Module):
    def __init__(self, rnn_units: int, max_length: int, vocab_size: int, embedding_units: int,
                 attention_units: int, feat_chans: int = 512, dropout_prob: float = 0.0) -> None:
        super().__init__()
        self.vocab_size = vocab_size
        self.max_length = max_length

        self.embed = nn.Linear(self.vocab_size + 1, embedding_units)
        self.embed_tgt = nn.Embedding(embedding_units, self.vocab_size + 1)
        self.attention_module = AttentionModule(feat_chans, rnn_units, attention_units)
        self.lstm_cell = nn.LSTMCell(rnn_units, rnn_units)
        self.output_dense = nn.Linear(2 * rnn_units, self.vocab_size + 1)
        self.dropout = nn.Dropout(dropout_prob)

    def forward(self, features: torch.Tensor, holistic: torch.Tensor,
                gt: Optional[torch.Tensor] = None) -> torch.Tensor:
        if gt is not None:
            gt_embedding = self.embed_tgt(gt)

        logits_list: List[torch.Tensor] = []

        for t in range(self.max_length + 1):
            if t == 0:
                # step to init the first states of the LSTMCell
                hidden_state_init = cell_state_init = torch.zeros(
                    features.size(0), features.size(1), device=features.device, dtype=features.dtype  # fix: features.size(0), self.lstm_cell.hidden_size (and output_dense then needs rnn_units + feat_chans inputs)
                )
                hidden_state, cell_state = hidden_state_init, cell_state_init
                prev_symbol = holistic
            elif t == 1:
                prev_symbol = torch.zeros(
                    features.size(0), self.vocab_size + 1, device=features.device, dtype=features.dtype
                )
                prev_symbol = self.embed(prev_symbol)
            else:
                if gt is not None and self.training:
                    prev_symbol = self.embed(gt_embedding[:, t - 2])
                else:
                    index = logits_list[t - 1].argmax(-1)
                    prev_symbol = self.embed(self.embed_tgt(index))

            hidden_state_init, cell_state_init = self.lstm_cell(prev_symbol, (hidden_state_init, cell_state_init))
            hidden_state, cell_state = self.lstm_cell(hidden_state_init, (hidden_state, cell_state))
            glimpse = self.attention_module(features, hidden_state)
            logits = torch.cat([hidden_state, glimpse], dim=1)
            logits = self.dropout(logits)
            logits_list.append(self.output_dense(logits))

        return torch.stack(logits_list[1:]).permute(1, 0, 2)


class SAR(nn.Module):
    def __init__(self, feature_extractor, vocab: str, rnn_units: int = 512, embedding_units: int = 512,
                 attention_units: int = 512, max_length: int = 30, dropout_prob: float = 0.0,
                 input_shape: Tuple[int, int, int] = (3, 32, 128), exportable: bool = False,
                 cfg: Optional[Dict[str, Any]] = None) -> None:
        super().__init__()
        self.vocab = vocab
        self.exportable = exportable
        self.cfg = cfg
        self.max_length = max_length + 1  # Add 1 timestep for EOS after the longest word
        self.feat_extractor = feature_extractor

        # Size the LSTM
        self.feat_extractor.eval()
        with torch.no_grad():
            out_shape = self.feat_extractor(torch.zeros((1, *input_shape)))["features"].shape
        self.feat_extractor.train()

        self.encoder = SAREncoder(out_shape[1], rnn_units, dropout_prob)
        self.decoder = SARDecoder(rnn_units, self.max_length, len(self.vocab), embedding_units,
                                  attention_units, dropout_prob=dropout_prob)

    def forward(self, x: torch.Tensor) -> Dict[str, Any]:
        features = self.feat_extractor(x)["features"]
        pooled_features = features.max(dim=-2).values
        pooled_features = pooled_features.permute(0, 2, 1).contiguous()
        encoded = self.encoder(pooled_features)
        decoded_features = self.decoder(features, encoded)
        return {"out_map": decoded_features}


class ResNet31Stub(nn.Module):
    """Stands for resnet31's IntermediateLayerGetter: {"features": (N, 512, H/8, W/4)}."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 512, kernel_size=(8, 4), stride=(8, 4))

    def forward(self, x):
        return {"features": self.conv(x)}


def sar_resnet31(**kwargs: Any) -> SAR:
    return SAR(ResNet31Stub(), vocab="0123456789abcdefghij", **kwargs)


def probe():
    model = sar_resnet31(rnn_units=256, max_length=4)
    model.eval()
    with torch.no_grad():
        out = model(torch.rand(2, 3, 32, 128))
    assert out["out_map"].shape == (2, 5, 21)


if __name__ == "__main__":
    probe()

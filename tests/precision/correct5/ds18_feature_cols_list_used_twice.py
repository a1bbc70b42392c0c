"""The same feature_cols list builds the tensor and counts input_size."""
import torch
import torch.nn as nn

table = {name: torch.randn(120) for name in ["temp", "humidity", "wind", "pressure", "rain"]}
feature_cols = ["temp", "humidity", "wind", "pressure"]
target_col = "rain"

features = torch.stack([table[c] for c in feature_cols], dim=1)      # (120, 4)
windows = features.unfold(0, 24, 1).permute(0, 2, 1)                 # (97, 24, 4)

model = nn.LSTM(input_size=len(feature_cols), hidden_size=16, batch_first=True)


def probe():
    out, _ = model(windows[:8])
    assert out.shape == (8, 24, 16)

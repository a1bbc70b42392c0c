"""Experiment configuration, imported by the training script."""

CONFIG = {
    "model": {"n_mels": 80, "hidden": 256, "layers": 3, "bidirectional": True, "n_tokens": 29},
    "train": {"batch_size": 8, "lr": 3e-4},
}

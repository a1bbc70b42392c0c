"""Project defaults; train.py overrides some of them for the run."""


def get_config():
    return {
        "data": {"n_features": 40},
        "model": {"hidden": 256, "layers": 1, "bidirectional": False, "dropout": 0.0},
    }

"""Settings of the p_config_head project: plain Python, no torch import."""
EMBED_DIM = 24
HIDDEN_DIM = 32
BIDIRECTIONAL = True
NUM_TAGS = 9

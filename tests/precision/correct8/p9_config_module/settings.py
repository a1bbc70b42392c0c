"""Settings of the p9_config_module project: plain Python, no torch import; the output width
is derived here from the direction flag."""
EMBED_DIM = 24
HIDDEN_DIM = 32
BIDIRECTIONAL = True
NUM_DIRECTIONS = 2 if BIDIRECTIONAL else 1
ENCODER_OUT = HIDDEN_DIM * NUM_DIRECTIONS
NUM_TAGS = 9

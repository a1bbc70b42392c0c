import torch.nn as nn
layer = nn.GRU(10, 20, mode=1)

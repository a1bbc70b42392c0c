import torch.nn as nn
layer = nn.RNN(10, 20, nonlinearity='re\x00lu')

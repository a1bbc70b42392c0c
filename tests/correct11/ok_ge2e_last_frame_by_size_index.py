"""GE2E speaker embedder: sizes from a nested hparam object, a batch-first LSTM stack, and the
last frame taken as x[:, x.size(1)-1] (a 2-D result) into the projection.

source: HarryVolek/PyTorch_Speaker_Verification@10e159a8d3255503c0184cde4eb7097968857a31 speech_embedder_net.py
"""
import types

import torch
import torch.nn as nn

hp = types.SimpleNamespace(data=types.SimpleNamespace(nmels=40),
                           model=types.SimpleNamespace(hidden=768, num_layer=3, proj=256))


class SpeechEmbedder(nn.Module):

    def __init__(self):
        super(SpeechEmbedder, self).__init__()
        self.LSTM_stack = nn.LSTM(hp.data.nmels, hp.model.hidden, num_layers=hp.model.num_layer, batch_first=True)
        for name, param in self.LSTM_stack.named_parameters():
            if 'bias' in name:
                nn.init.constant_(param, 0.0)
            elif 'weight' in name:
                nn.init.xavier_normal_(param)
        self.projection = nn.Linear(hp.model.hidden, hp.model.proj)

    def forward(self, x):
        x, _ = self.LSTM_stack(x.float())
        x = x[:,x.size(1)-1]
        x = self.projection(x.float())
        x = x / torch.norm(x, dim=1).unsqueeze(1)
        return x


def probe():
    with torch.no_grad():
        SpeechEmbedder()(torch.randn(8, 160, 40))

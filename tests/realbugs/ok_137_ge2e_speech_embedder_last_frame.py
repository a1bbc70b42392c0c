# source: https://github.com/HarryVolek/PyTorch_Speaker_Verification/blob/10e159a8d3255503c0184cde4eb7097968857a31/speech_embedder_net.py
"""HarryVolek/PyTorch_Speaker_Verification at 10e159a (speech_embedder_net.py, config/config.yaml,
train_speech_embedder.py), correct: the GE2E speaker embedder is a three-layer batch-first
nn.LSTM over (N*M utterances, frames, n_mels) log-mel frames whose input size and width come
from the yaml (`nmels: 40`, `hidden: 768`, `num_layer: 3`); it takes the last frame of the top
layer's output, `x[:, x.size(1)-1]` (batch-first, so that is (N*M, hidden)), and projects it
with `nn.Linear(hp.model.hidden, hp.model.proj)`, the width the unidirectional stack gives. The
training loop reshapes the (N, M, frames, n_mels) batch to (N*M, frames, n_mels) before the
call and back to (N, M, proj) for the GE2E loss. The hparam singleton is a namespace with the
yaml's values scaled down; the loss's centroid similarity is reduced to a cosine matrix."""
import types

import torch
import torch.nn as nn

hp = types.SimpleNamespace(
    data=types.SimpleNamespace(nmels=40, tisv_frame=180),
    model=types.SimpleNamespace(hidden=48, num_layer=3, proj=16),
    train=types.SimpleNamespace(N=4, M=5),
)


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
        x, _ = self.LSTM_stack(x.float())  # (batch, frames, n_mels)
        # only use last frame
        x = x[:, x.size(1)-1]
        x = self.projection(x.float())
        x = x / torch.norm(x, dim=1).unsqueeze(1)
        return x


def probe():
    embedder_net = SpeechEmbedder()
    frames = 30
    mel_db_batch = torch.randn(hp.train.N, hp.train.M, frames, hp.data.nmels)
    # train_speech_embedder.py: flatten speakers x utterances for the LSTM
    mel_db_batch = torch.reshape(mel_db_batch, (hp.train.N * hp.train.M, mel_db_batch.size(2), mel_db_batch.size(3)))
    embeddings = embedder_net(mel_db_batch)
    embeddings = torch.reshape(embeddings, (hp.train.N, hp.train.M, embeddings.size(1)))
    centroids = embeddings.mean(dim=1)
    cossim = torch.einsum('nmp,kp->nmk', embeddings, centroids)
    assert cossim.shape == (hp.train.N, hp.train.M, hp.train.N)


if __name__ == "__main__":
    probe()

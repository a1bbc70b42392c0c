# source: https://github.com/yistLin/dvector/commit/5d874506d52e0f7bcad2acd8ea7ef0accf7d7cae
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 80, got 40
"""yistLin/dvector (train.py, modules/dvector.py, modules/audiotoolkit.py, prepare.py,
modules/se_dataset.py before commit 5d87450, "adapt training to the new preprocessing method"):
the new preprocessing saves each utterance as AudioToolkit.file_to_mel(...), a (n_frames,
n_mels) tensor with the toolkit's class attribute n_mels = 40, but train() still builds
DVector(**dvector_init) with 'dim_input': 80 (the old preprocessing's 80 mel bands), so the
first batch fails in the d-vector's LSTM. The commit sets dim_input to 40 (and the cell and
embedding sizes to 256 and 128). torchaudio's MelSpectrogram and librosa's loading are replaced
by a torch.stft with a fixed filter bank of the same output shape; the GE2E loss by a short
version of it; the saved .pt files by a dict."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


# ---- modules/audiotoolkit.py
class AudioToolkit:
    """Load and process audio data."""

    sample_rate = 16000
    min_db_to_trim = 10
    negative_cutoff_db = 80
    n_fft = 512
    n_mels = 40
    hop_len = 256

    @classmethod
    def normalize_wav(cls, tensor):
        return tensor / tensor.norm(float('inf'))

    @classmethod
    def mel_filters(cls):
        generator = torch.Generator().manual_seed(0)
        return torch.rand(cls.n_fft // 2 + 1, cls.n_mels, generator=generator)

    @classmethod
    def wav_to_mel(cls, tensor, normalization=True, to_db=True):
        """Mel Spectrogram from raw audio tensor: a tensor of shape (n_frames, n_mels)."""
        if normalization:
            tensor = cls.normalize_wav(tensor)
        spec = torch.stft(tensor, n_fft=cls.n_fft, hop_length=cls.hop_len, return_complex=True).abs()
        mel = cls.mel_filters().T @ spec  # (n_mels, n_frames)
        if to_db:
            mel = 20 * torch.log10(mel.clamp(min=1e-5))
        return mel.T

    @classmethod
    def file_to_mel(cls, waveform, normalization=True, to_db=True):
        """Tensor of melspectrogram from the audio file (here: its samples)."""
        return cls.wav_to_mel(waveform, normalization, to_db)


# ---- prepare.py
def prepare(speakers):
    """Turn every speaker's utterances into spectrograms (saved as .pt files in the original)."""
    saved = {}
    for spkr_id, waveforms in speakers.items():
        with torch.no_grad():
            saved[spkr_id] = [AudioToolkit.file_to_mel(u) for u in waveforms]
    return saved


# ---- modules/se_dataset.py
class SEDataset(Dataset):
    """Sample utterances from speakers."""

    def __init__(self, data, n_utterances=5, seg_len=128):
        self.n_utterances = n_utterances
        self.seg_len = seg_len
        self.spkrs = [uttrs for uttrs in data.values() if len(uttrs) > n_utterances]

    def __len__(self):
        return len(self.spkrs)

    def __getitem__(self, sid):
        uttrs = random.sample(self.spkrs[sid], self.n_utterances)
        lefts = [random.randint(0, len(uttr) - self.seg_len) if len(uttr) > self.seg_len else None
                 for uttr in uttrs]
        return [uttr[left:left + self.seg_len, :] if left is not None else uttr
                for uttr, left in zip(uttrs, lefts)]


def pad_batch(batch):
    """Pad a whole batch of utterances."""
    flatten = [u for s in batch for u in s]
    return pad_sequence(flatten, batch_first=True, padding_value=0)


# ---- modules/dvector.py
class DVector(nn.Module):
    """d-vector network"""

    def __init__(self, num_layers=3, dim_input=80, dim_cell=768, dim_emb=256):
        super(DVector, self).__init__()
        self.lstm = nn.LSTM(input_size=dim_input,
                            hidden_size=dim_cell,
                            num_layers=num_layers,
                            batch_first=True)
        self.embedding = nn.Linear(dim_cell, dim_emb)

    def forward(self, x):
        """Forward data through network."""
        self.lstm.flatten_parameters()
        lstm_out, _ = self.lstm(x)
        embeds = self.embedding(lstm_out[:, -1, :])
        norm = embeds.norm(p=2, dim=-1, keepdim=True)
        return embeds.div(norm)


# ---- modules/ge2e.py
class GE2ELoss(nn.Module):
    """Generalized end-to-end loss (softmax version)."""

    def __init__(self, init_w=10.0, init_b=-5.0):
        super(GE2ELoss, self).__init__()
        self.w = nn.Parameter(torch.tensor(init_w))
        self.b = nn.Parameter(torch.tensor(init_b))

    def forward(self, dvecs):
        n_spkr, n_uttr, _ = dvecs.size()
        centroids = dvecs.mean(dim=1)
        cos = F.cosine_similarity(dvecs.unsqueeze(2), centroids.view(1, 1, n_spkr, -1), dim=-1)
        logits = self.w * cos + self.b
        targets = torch.arange(n_spkr).repeat_interleave(n_uttr)
        return F.cross_entropy(logits.view(n_spkr * n_uttr, n_spkr), targets)


# ---- train.py
def train(train_data, n_steps, n_speakers, n_utterances, seg_len):
    """Train a d-vector network."""
    dvector_init = {
        'num_layers': 2,
        'dim_input': 80,  # fix: 'dim_input': 40 (AudioToolkit.n_mels)
        'dim_cell': 768,
        'dim_emb': 256,
    }
    train_set = SEDataset(train_data, n_utterances, seg_len)
    train_loader = DataLoader(train_set, batch_size=n_speakers, shuffle=True,
                              collate_fn=pad_batch, drop_last=True)
    train_iter = iter(train_loader)
    assert len(train_set) >= n_speakers

    dvector = DVector(**dvector_init)
    criterion = GE2ELoss()
    optimizer = torch.optim.SGD(list(dvector.parameters()) + list(criterion.parameters()), lr=0.01)
    for step in range(n_steps):
        try:
            batch = next(train_iter)
        except StopIteration:
            train_iter = iter(train_loader)
            batch = next(train_iter)
        embd = dvector(batch).view(n_speakers, n_utterances, -1)
        loss = criterion(embd)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return dvector


def probe():
    random.seed(0)
    speakers = {f"spk{s}": [torch.randn(4000 + 500 * u) for u in range(4)] for s in range(2)}
    train(prepare(speakers), n_steps=1, n_speakers=2, n_utterances=3, seg_len=8)


if __name__ == "__main__":
    probe()

# source: https://github.com/karvinmc/story-captioning-lstm/commit/2a6b323ddb63089f7321b5c81ddb3500395d0542
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""karvinmc/story-captioning-lstm (models/story_encoder.py, models/lstm.py, models/cnn.py,
train.py, config.py): commit 2a6b323 ("model tweak") gave both recurrent models a `dropout=0.3`
parameter and passed it to their one-layer LSTMs as well as to an nn.Dropout:
nn.LSTM(feature_dim, hidden_dim, batch_first=True, dropout=dropout) in StoryEncoder and the same
in CaptionLSTM; train.py builds both with dropout=0.3, so torch warns twice at construction and
applies no recurrent dropout (the nn.Dropout after each LSTM is what regularizes). Not reported;
the repository's HEAD (1d3be10) still has it. Fix: no dropout argument for the one-layer LSTMs.
Storytelling images and captions are replaced by random tensors."""
import torch
from torch import nn, optim

# config.py
IMG_SIZE = (128, 128)
BATCH_SIZE = 32
EMBEDDING_DIM = 256
HIDDEN_DIM = 512
MAX_CAPTION_LEN = 30


# models/cnn.py
class SimpleCNN(nn.Module):
    def __init__(self, output_dim=256):
        super().__init__()
        self.cnn = nn.Sequential(
            nn.Conv2d(3, 32, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(64, 128, 3, padding=1),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d((1, 1)),
        )
        self.fc = nn.Linear(128, output_dim)

    def forward(self, x):
        x = self.cnn(x).view(x.size(0), -1)
        return self.fc(x)


# models/story_encoder.py
class StoryEncoder(nn.Module):
    def __init__(self, feature_dim, hidden_dim, dropout=0.3):
        super().__init__()
        self.lstm = nn.LSTM(feature_dim, hidden_dim, batch_first=True, dropout=dropout)  # fix: nn.LSTM(feature_dim, hidden_dim, batch_first=True) (one layer: the nn.Dropout below does the dropping)
        self.dropout = nn.Dropout(dropout)

    def forward(self, features):
        # features: [batch, seq_len, feature_dim]
        _, (h_n, _) = self.lstm(features)
        out = self.dropout(h_n[-1])
        return out  # [batch, hidden_dim]


# models/lstm.py
class CaptionLSTM(nn.Module):
    def __init__(self, embed_size, hidden_size, vocab_size, feature_size=256, dropout=0.3):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.lstm = nn.LSTM(embed_size + feature_size, hidden_size, batch_first=True, dropout=dropout)
        self.dropout = nn.Dropout(dropout)
        self.linear = nn.Linear(hidden_size, vocab_size)

    def forward(self, features, captions):
        embeddings = self.embed(captions)  # [B, T, E]
        features = features.unsqueeze(1).repeat(1, embeddings.size(1), 1)
        lstm_input = torch.cat((features, embeddings), dim=2)
        out, _ = self.lstm(lstm_input)
        out = self.dropout(out)
        return self.linear(out)


# utils/preprocessing.py (StoryDataset: five images per story, padded caption ids)
def story_batches(n_batches, batch_size, vocab_size, n_images=5, img_size=IMG_SIZE, max_len=MAX_CAPTION_LEN):
    for _ in range(n_batches):
        imgs = torch.rand(batch_size, n_images, 3, *img_size)
        caps = torch.randint(0, vocab_size, (batch_size, max_len))
        yield imgs, caps


# train.py
def main(vocab_size=40, batch_size=BATCH_SIZE, epochs=50, n_batches=10, device="cpu"):
    cnn = SimpleCNN(output_dim=EMBEDDING_DIM).to(device)
    story_encoder = StoryEncoder(
        feature_dim=EMBEDDING_DIM, hidden_dim=EMBEDDING_DIM, dropout=0.3
    ).to(device)
    lstm = CaptionLSTM(
        embed_size=EMBEDDING_DIM,
        hidden_size=HIDDEN_DIM,
        vocab_size=vocab_size,
        feature_size=EMBEDDING_DIM,  # Ensure this matches CNN output
        dropout=0.3
    ).to(device)

    criterion = nn.CrossEntropyLoss(ignore_index=0)
    params = (
        list(cnn.parameters())
        + list(story_encoder.parameters())
        + list(lstm.parameters())
    )
    optimizer = optim.Adam(params, lr=3e-4, weight_decay=1e-5)

    for epoch in range(epochs):
        cnn.train()
        story_encoder.train()
        lstm.train()
        for imgs, caps in story_batches(n_batches, batch_size, vocab_size):
            # imgs: [B, N, 3, H, W] (N = number of images per story)
            B, N, C, H, W = imgs.shape
            imgs = imgs.view(B * N, C, H, W).to(device)
            caps = caps.to(device)
            optimizer.zero_grad()

            features = cnn(imgs)  # [B*N, feature_dim]
            features = features.view(B, N, -1)  # [B, N, feature_dim]
            story_feature = story_encoder(features)  # [B, feature_dim]

            outputs = lstm(story_feature, caps[:, :-1])  # input
            loss = criterion(
                outputs.reshape(-1, outputs.shape[2]), caps[:, 1:].reshape(-1)
            )  # target
            loss.backward()
            optimizer.step()


def probe():
    main(vocab_size=20, batch_size=2, epochs=1, n_batches=1)


if __name__ == "__main__":
    main()

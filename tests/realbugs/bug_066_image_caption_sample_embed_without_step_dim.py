# source: https://github.com/yunjey/pytorch-tutorial/issues/60
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""The image-captioning tutorial's greedy sampler: outputs.max(1) stopped keeping its dim, so the
predicted ids are (B,), their embedding is (B, E), and from the second step on the batch_first
LSTM receives a 2-D input next to the (num_layers, B, H) states it returned the step before."""
import torch
import torch.nn as nn


class EncoderCNN(nn.Module):
    """Stands in for the ResNet-152 encoder: image -> (batch, embed_size) feature vector."""

    def __init__(self, embed_size):
        super(EncoderCNN, self).__init__()
        self.linear = nn.Linear(3 * 8 * 8, embed_size)
        self.bn = nn.BatchNorm1d(embed_size, momentum=0.01)

    def forward(self, images):
        return self.bn(self.linear(images.view(images.size(0), -1)))


class DecoderRNN(nn.Module):
    def __init__(self, embed_size, hidden_size, vocab_size, num_layers, max_seq_length=20):
        super(DecoderRNN, self).__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.lstm = nn.LSTM(embed_size, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, vocab_size)
        self.max_seg_length = max_seq_length

    def forward(self, features, captions):
        embeddings = self.embed(captions)
        embeddings = torch.cat((features.unsqueeze(1), embeddings), 1)
        hiddens, _ = self.lstm(embeddings)
        return self.linear(hiddens)

    def sample(self, features, states=None):
        """Generate captions for given image features using greedy search."""
        sampled_ids = []
        inputs = features.unsqueeze(1)
        for i in range(self.max_seg_length):
            hiddens, states = self.lstm(inputs, states)          # (batch_size, 1, hidden_size)
            outputs = self.linear(hiddens.squeeze(1))            # (batch_size, vocab_size)
            predicted = outputs.max(1)[1]
            sampled_ids.append(predicted)
            inputs = self.embed(predicted)  # fix: add the step dim back, self.embed(predicted).unsqueeze(1)
        sampled_ids = torch.stack(sampled_ids, 1)
        return sampled_ids


def probe():
    embed_size, hidden_size, vocab_size, num_layers = 16, 24, 40, 1
    encoder = EncoderCNN(embed_size).eval()
    decoder = DecoderRNN(embed_size, hidden_size, vocab_size, num_layers)
    image = torch.randn(1, 3, 8, 8)
    feature = encoder(image)
    decoder.sample(feature)


if __name__ == "__main__":
    probe()

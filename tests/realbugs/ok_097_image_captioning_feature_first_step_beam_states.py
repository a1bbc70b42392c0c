# source: https://github.com/ntrang086/image_captioning/blob/HEAD/model.py
"""ntrang086/image_captioning (model.py, Udacity's CV nanodegree captioning project): a
batch_first LSTM decoder whose first step is the image feature (features.unsqueeze(1), embed_size
wide like the word embeddings) concatenated before the caption embeddings on dim 1; greedy and
beam-search sampling feed one (1, 1, embed_size) step at a time and carry each candidate's
(h, c) from the previous call (None the first time). Looks like a state never made, a
feature-first concatenation on the wrong dim, and a state reused across candidates; all right
for a batch of one image. The ResNet-50 encoder is replaced by a Linear over pooled features."""
import torch
import torch.nn as nn
from torch.nn import functional as F


class EncoderCNN(nn.Module):
    def __init__(self, embed_size, in_features=2048):
        super(EncoderCNN, self).__init__()
        self.embed = nn.Linear(in_features, embed_size)
        self.bn = nn.BatchNorm1d(embed_size, momentum=0.01)

    def forward(self, pooled):
        features = pooled.view(pooled.size(0), -1)
        return self.bn(self.embed(features))


class DecoderRNN(nn.Module):
    def __init__(self, embed_size, hidden_size, vocab_size, num_layers=1):
        """Set the hyper-parameters and build the layers."""
        super(DecoderRNN, self).__init__()
        self.embed = nn.Embedding(vocab_size, embed_size)
        self.lstm = nn.LSTM(embed_size, hidden_size, num_layers, batch_first=True)
        self.linear = nn.Linear(hidden_size, vocab_size)

    def forward(self, features, captions):
        """Decode image feature vectors and generates captions."""
        captions = captions[:, :-1]
        embeddings = self.embed(captions)
        inputs = torch.cat((features.unsqueeze(1), embeddings), 1)
        hiddens, _ = self.lstm(inputs)
        outputs = self.linear(hiddens)
        return outputs

    def sample(self, inputs, states=None, max_len=20):
        """Greedy search: inputs is a pre-processed image tensor (1, 1, embed_size)."""
        sampled_ids = []
        for i in range(max_len):
            hiddens, states = self.lstm(inputs, states)
            outputs = self.linear(hiddens.squeeze(1))
            predicted = outputs.argmax(1)
            sampled_ids.append(predicted.item())
            inputs = self.embed(predicted)
            inputs = inputs.unsqueeze(1)
        return sampled_ids

    def sample_beam_search(self, inputs, states=None, max_len=20, beam_width=5):
        """Beam search: the top sequences, each with its own inputs and states."""
        idx_sequences = [[[], 0.0, inputs, states]]
        for _ in range(max_len):
            all_candidates = []
            for idx_seq in idx_sequences:
                hiddens, states = self.lstm(idx_seq[2], idx_seq[3])
                outputs = self.linear(hiddens.squeeze(1))
                log_probs = F.log_softmax(outputs, -1)
                top_log_probs, top_idx = log_probs.topk(beam_width, 1)
                top_idx = top_idx.squeeze(0)
                for i in range(beam_width):
                    next_idx_seq, log_prob = idx_seq[0][:], idx_seq[1]
                    next_idx_seq.append(top_idx[i].item())
                    log_prob += top_log_probs[0][i].item()
                    inputs = self.embed(top_idx[i].unsqueeze(0)).unsqueeze(0)
                    all_candidates.append([next_idx_seq, log_prob, inputs, states])
            ordered = sorted(all_candidates, key=lambda x: x[1], reverse=True)
            idx_sequences = ordered[:beam_width]
        return [idx_seq[0] for idx_seq in idx_sequences]


def probe():
    embed_size, hidden_size, vocab_size = 16, 24, 50
    encoder = EncoderCNN(embed_size, in_features=32)
    decoder = DecoderRNN(embed_size, hidden_size, vocab_size, num_layers=2)
    features = encoder(torch.randn(4, 32))
    captions = torch.randint(0, vocab_size, (4, 9))
    outputs = decoder(features, captions)
    assert outputs.shape == (4, 9, vocab_size)
    encoder.eval()
    image_feature = encoder(torch.randn(1, 32)).unsqueeze(1)
    assert len(decoder.sample(image_feature, max_len=5)) == 5
    assert len(decoder.sample_beam_search(image_feature, max_len=3, beam_width=2)) == 2


if __name__ == "__main__":
    probe()

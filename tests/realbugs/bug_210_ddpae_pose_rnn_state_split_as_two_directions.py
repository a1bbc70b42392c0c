# source: https://github.com/jthsieh/DDPAE-video-prediction/issues/3
# rule: LC007
# torch: RuntimeError: Sizes of tensors must match except in dimension 2. Expected size 1 but got size 0 for tensor number 1 in the list.
"""jthsieh/DDPAE-video-prediction (models/networks/pose_rnn.py, models/DDPAE.py,
scripts/train_mnist.sh): the pose RNN of DDPAE unrolls a one-layer, one-direction
`nn.LSTM(image_latent_size + hidden_size, hidden_size, num_layers=1, batch_first=True)` one frame at
a time and after each step merges the state as if it held two slices along dim 0:
`h = torch.cat([hidden[0][0:1], hidden[0][1:]], dim=2)` (and the same for c). With one layer and
one direction `hidden[0][1:]` is empty, (0, batch, hidden), and the concatenation along the
feature dim fails at the first frame of training (issue #3, "possibly a bug?"; the reporters'
fix: `h = hidden[0]`, `c = hidden[1]`). The original moves states with `.cuda()` and takes log2 from numpy; the probe runs
on CPU, and the CNN image encoder is a small stand-in with the same output size."""
import math
import torch
import torch.nn as nn
import torch.nn.functional as F


class ImageEncoder(nn.Module):
  '''Stand-in for models/networks/encoder.py: frames -> image_latent_size vector.'''
  def __init__(self, n_channels, output_size, ngf, n_layers):
    super(ImageEncoder, self).__init__()
    self.conv = nn.Conv2d(n_channels, ngf, 4, 2, 1)
    self.pool = nn.AdaptiveAvgPool2d(1)
    self.fc = nn.Linear(ngf, output_size)

  def forward(self, x):
    return self.fc(self.pool(F.leaky_relu(self.conv(x), 0.2)).flatten(1))


class PoseRNN(nn.Module):
  def __init__(self, n_components, n_frames_output, n_channels, image_size,
               image_latent_size, hidden_size, ngf, output_size, independent_components):
    super(PoseRNN, self).__init__()

    n_layers = int(math.log2(image_size)) - 1
    self.image_encoder = ImageEncoder(n_channels, image_latent_size, ngf, n_layers)
    # Encoder
    self.encode_rnn = nn.LSTM(image_latent_size + hidden_size, hidden_size,
                              num_layers=1, batch_first=True)
    if independent_components:
      predict_input_size = hidden_size
    else:
      predict_input_size = hidden_size * 2
    self.predict_rnn = nn.LSTM(predict_input_size, hidden_size, num_layers=1, batch_first=True)

    # Beta
    self.beta_mu_layer = nn.Linear(hidden_size, output_size)
    self.beta_sigma_layer = nn.Linear(hidden_size, output_size)

    self.n_components = n_components
    self.n_frames_output = n_frames_output
    self.image_latent_size = image_latent_size
    self.hidden_size = hidden_size
    self.output_size = output_size
    self.independent_components = independent_components

  def encode(self, input):
    batch_size, n_frames_input, n_channels, H, W = input.size()
    # encode each frame
    input_reprs = self.image_encoder(input.view(-1, n_channels, H, W))
    input_reprs = input_reprs.view(batch_size, n_frames_input, -1)
    # Initial zero hidden states (as input to lstm)
    prev_hidden = [torch.zeros(batch_size, 1, self.hidden_size)] * n_frames_input

    encoder_outputs = []  # all components
    hidden_states = []
    for i in range(self.n_components):
      frame_outputs = []
      hidden = None
      for j in range(n_frames_input):
        rnn_input = torch.cat([input_reprs[:, j:(j+1), :], prev_hidden[j]], dim=2)
        output, hidden = self.encode_rnn(rnn_input, hidden)
        h = torch.cat([hidden[0][0:1], hidden[0][1:]], dim=2)  # fix: h = hidden[0] (and c = hidden[1] on the next line)
        c = torch.cat([hidden[1][0:1], hidden[1][1:]], dim=2)
        prev_hidden[j] = h.view(batch_size, 1, -1)
        frame_outputs.append(output)

      frame_outputs = torch.cat(frame_outputs, dim=1)  # for 1 component
      encoder_outputs.append(frame_outputs)
      hidden_states.append((h, c))

    # batch_size x n_frames_input x n_components x hidden_size
    encoder_outputs = torch.stack(encoder_outputs, dim=2)
    input_beta_mu = self.beta_mu_layer(encoder_outputs).view(-1, self.output_size)
    return input_beta_mu, encoder_outputs, hidden_states

  def predict(self, encoder_outputs, hidden_states):
    batch_size = encoder_outputs.size(0)
    pred_outputs = []
    prev_hidden = [torch.zeros(batch_size, 1, self.hidden_size)] * self.n_frames_output
    for i in range(self.n_components):
      hidden = hidden_states[i]
      prev_outputs = encoder_outputs[:, -1:, i, :]
      frame_outputs = []
      for j in range(self.n_frames_output):
        if self.independent_components:
          rnn_input = prev_outputs
        else:
          rnn_input = torch.cat([prev_outputs, prev_hidden[j]], dim=2)
        output, hidden = self.predict_rnn(rnn_input, hidden)
        prev_outputs = output
        prev_hidden[j] = hidden[0].view(batch_size, 1, -1)
        frame_outputs.append(output)
      pred_outputs.append(torch.cat(frame_outputs, dim=1))
    pred_outputs = torch.stack(pred_outputs, dim=2)
    return self.beta_mu_layer(pred_outputs).view(-1, self.output_size)

  def forward(self, input):
    input_beta_mu, encoder_outputs, hidden_states = self.encode(input)
    pred_beta_mu = self.predict(encoder_outputs, hidden_states)
    return input_beta_mu, pred_beta_mu


def probe():
  # scripts/train_mnist.sh: two components, 10 input and 10 output frames, 64x64 frames
  pose_model = PoseRNN(n_components=2, n_frames_output=3, n_channels=1, image_size=16,
                       image_latent_size=8, hidden_size=6, ngf=4, output_size=3,
                       independent_components=False)
  pose_model(torch.randn(2, 4, 1, 16, 16))


if __name__ == "__main__":
  probe()

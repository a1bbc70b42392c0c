# source: https://github.com/airaria/CaptchaRecognition/issues/6
# rule: LC008
# torch: ValueError: GRU: Expected input to be 2D or 3D, got 4D instead
"""airaria/CaptchaRecognition at 48df533 (model.py, GenCaptcha.py, data_utils_torch.py,
main.py): the CNN+RNN encoder turns the captcha image into a sequence for a batch-first nn.GRU by
running three strided convolutions and `.squeeze()`-ing the height axis away, then transposing
to (batch, width, channels). The kernel sizes and strides bring exactly 48 rows (GenCaptcha's
TARGET_HEIGHT) down to 1; the issue's dataset was generated at 100x60 ("100_60_4_captcha.npz"),
where two rows are left after layer3, `.squeeze()` removes nothing and the GRU receives a 4-D
tensor (the issue's torch 1.0 said "input must have 3 dimensions, got 4"). The image size the
generator writes must match the height the encoder reduces to one row (or the encoder must pool
the height away). The generator's PIL drawing and the npz/pickle files are replaced by random
images of the generated size; the attention decoder is left out."""
import torch
import torch.nn as nn
from torch.autograd import Variable

# GenCaptcha.py
TARGET_HEIGHT = 60  # fix: TARGET_HEIGHT=48, the height the encoder's convolutions reduce to one row
TARGET_WIDTH = 100


class Encoder(nn.Module):
    def __init__(self, ENC_TYPE, num_rnn_layers=1, rnn_hidden_size=128, dropout=0):
        super(Encoder, self).__init__()
        self.num_rnn_layers = num_rnn_layers
        self.rnn_hidden_size = rnn_hidden_size
        self.ENC_TYPE = ENC_TYPE
        self.layer1 = nn.Sequential(
            nn.Conv2d(3, 32, kernel_size=(3, 4), stride=(3, 2)),
            nn.BatchNorm2d(32),
            nn.ReLU(),
            nn.Dropout2d(dropout)
        )
        self.layer2 = nn.Sequential(
            nn.Conv2d(32, 64, kernel_size=(4, 3), stride=(4, 2)),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.Dropout2d(dropout)
        )
        self.layer3 = nn.Sequential(
            nn.Conv2d(64, 128, kernel_size=(4, 2), stride=(1, 1)),
            nn.BatchNorm2d(128),
            nn.ReLU()
        )
        self.gru = nn.GRU(128, rnn_hidden_size, num_rnn_layers,
                          batch_first=True,
                          dropout=dropout)
        self.linear = nn.Linear(128, rnn_hidden_size * num_rnn_layers)

    def forward(self, x, hidden):
        if self.ENC_TYPE == 'CNNRNN':
            h0 = hidden
            out = self.layer1(x)
            out = self.layer2(out)
            out = self.layer3(out).squeeze()
            out = out.transpose(1, 2)
            out, hidden = self.gru(out, h0)
            return out, hidden
        else:
            raise NotImplementedError

    def initHidden(self, batch_size, use_cuda=False):
        h0 = Variable(torch.zeros(self.num_rnn_layers, batch_size, self.rnn_hidden_size))
        if use_cuda:
            return (h0.cuda())
        else:
            return h0


def gen_captcha_images(num):
    # GenCaptcha.gen_captcha: img_buffer = np.zeros((num, TARGET_HEIGHT, TARGET_WIDTH, 3))
    return torch.randint(0, 256, (num, TARGET_HEIGHT, TARGET_WIDTH, 3)).float()


def load_dataset_images(raw):
    # data_utils_torch.load_dataset: scale to [-1, 1], NHWC -> NCHW
    image = raw / 127.5 - 1
    return image.permute(0, 3, 1, 2)


def probe():
    # main.py settings, sizes scaled down
    HIDDEN_SIZE = 32
    NUM_RNN_LAYERS = 2
    DROPOUT = 0
    ENC_TYPE = 'CNNRNN'
    encoder = Encoder(ENC_TYPE, num_rnn_layers=NUM_RNN_LAYERS, rnn_hidden_size=HIDDEN_SIZE, dropout=DROPOUT)

    inputs = load_dataset_images(gen_captcha_images(4))
    batch_size = inputs.size()[0]
    init_hidden = encoder.initHidden(batch_size)
    encoder_outputs, encoder_hidden = encoder(inputs, init_hidden)
    assert encoder_outputs.dim() == 3


if __name__ == "__main__":
    probe()

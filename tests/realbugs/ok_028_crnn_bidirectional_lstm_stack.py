# source: https://github.com/clovaai/deep-text-recognition-benchmark/issues/104
"""The text-recognition benchmark's BidirectionalLSTM (also questioned in ku21fan/STR-Fewer-Labels
PR 7): each block's Linear maps the LSTM's 2 * hidden_size output back to output_size, so blocks
stack on output_size and the 512-channel visual features become 256 after the first block, by
design."""
import torch
import torch.nn as nn


class BidirectionalLSTM(nn.Module):

    def __init__(self, input_size, hidden_size, output_size):
        super(BidirectionalLSTM, self).__init__()
        self.rnn = nn.LSTM(input_size, hidden_size, bidirectional=True, batch_first=True)
        self.linear = nn.Linear(hidden_size * 2, output_size)

    def forward(self, input):
        """input : visual feature [batch_size x T x input_size]
        output : contextual feature [batch_size x T x output_size]"""
        self.rnn.flatten_parameters()
        recurrent, _ = self.rnn(input)  # batch_size x T x input_size -> batch_size x T x (2*hidden_size)
        output = self.linear(recurrent)  # batch_size x T x output_size
        return output


class Model(nn.Module):
    def __init__(self, opt):
        super(Model, self).__init__()
        self.FeatureExtraction_output = opt.output_channel  # int(imgH/16-1) * 512
        self.AdaptiveAvgPool = nn.AdaptiveAvgPool2d((None, 1))  # Transform final (imgH/16-1) -> 1
        self.SequenceModeling = nn.Sequential(
            BidirectionalLSTM(self.FeatureExtraction_output, opt.hidden_size, opt.hidden_size),
            BidirectionalLSTM(opt.hidden_size, opt.hidden_size, opt.hidden_size))
        self.SequenceModeling_output = opt.hidden_size
        self.Prediction = nn.Linear(self.SequenceModeling_output, opt.num_class)

    def forward(self, visual_feature):
        visual_feature = self.AdaptiveAvgPool(visual_feature.permute(0, 3, 1, 2))  # [b, c, h, w] -> [b, w, c, h]
        visual_feature = visual_feature.squeeze(3)
        contextual_feature = self.SequenceModeling(visual_feature)
        return self.Prediction(contextual_feature.contiguous())


class Options:
    output_channel = 32
    hidden_size = 16
    num_class = 38


def probe():
    model = Model(Options())
    prediction = model(torch.randn(2, 32, 1, 26))  # CNN features: [batch, channels, h, w]
    assert prediction.shape == (2, 26, 38)


if __name__ == "__main__":
    probe()

# source: https://github.com/tbmoon/basic_vqa/blob/HEAD/models.py
"""tbmoon/basic_vqa (models.py QstEncoder and VqaModel, train.py's argparse): the question encoder
is a sequence-first LSTM of `--num_layers` (default 2) fed a batch-first embedding transposed
with transpose(0, 1); its final h and c are concatenated on the feature dim (layers, B, 2H),
moved batch-first, flattened to (B, 2 * num_layers * H) and fed to
Linear(2 * num_layers * hidden_size, embed_size). Looks like a state of several layers read as
one layer's and an LSTM pair concatenated; the head counts both states and every layer, and the
probe runs it with one and with two layers. The VGG image encoder is replaced by a Linear over
precomputed 4096-d features."""
import argparse

import torch
import torch.nn as nn


class ImgEncoder(nn.Module):

    def __init__(self, embed_size, in_features=4096):
        super(ImgEncoder, self).__init__()
        self.fc = nn.Linear(in_features, embed_size)  # feature vector of image

    def forward(self, image_feature):
        img_feature = self.fc(image_feature)  # [batch_size, embed_size]
        l2_norm = img_feature.norm(p=2, dim=1, keepdim=True).detach()
        return img_feature.div(l2_norm)


class QstEncoder(nn.Module):

    def __init__(self, qst_vocab_size, word_embed_size, embed_size, num_layers, hidden_size):
        super(QstEncoder, self).__init__()
        self.word2vec = nn.Embedding(qst_vocab_size, word_embed_size)
        self.tanh = nn.Tanh()
        self.lstm = nn.LSTM(word_embed_size, hidden_size, num_layers)
        self.fc = nn.Linear(2 * num_layers * hidden_size, embed_size)  # 2 for hidden and cell states

    def forward(self, question):
        qst_vec = self.word2vec(question)  # [batch_size, max_qst_length=30, word_embed_size=300]
        qst_vec = self.tanh(qst_vec)
        qst_vec = qst_vec.transpose(0, 1)  # [max_qst_length=30, batch_size, word_embed_size=300]
        _, (hidden, cell) = self.lstm(qst_vec)  # [num_layers=2, batch_size, hidden_size=512]
        qst_feature = torch.cat((hidden, cell), 2)  # [num_layers=2, batch_size, 2*hidden_size=1024]
        qst_feature = qst_feature.transpose(0, 1)  # [batch_size, num_layers=2, 2*hidden_size=1024]
        qst_feature = qst_feature.reshape(qst_feature.size()[0], -1)  # [batch_size, 2*num_layers*hidden_size=2048]
        qst_feature = self.tanh(qst_feature)
        qst_feature = self.fc(qst_feature)  # [batch_size, embed_size]
        return qst_feature


class VqaModel(nn.Module):

    def __init__(self, embed_size, qst_vocab_size, ans_vocab_size, word_embed_size, num_layers, hidden_size):
        super(VqaModel, self).__init__()
        self.img_encoder = ImgEncoder(embed_size)
        self.qst_encoder = QstEncoder(qst_vocab_size, word_embed_size, embed_size, num_layers, hidden_size)
        self.tanh = nn.Tanh()
        self.dropout = nn.Dropout(0.5)
        self.fc1 = nn.Linear(embed_size, ans_vocab_size)
        self.fc2 = nn.Linear(ans_vocab_size, ans_vocab_size)

    def forward(self, img, qst):
        img_feature = self.img_encoder(img)  # [batch_size, embed_size]
        qst_feature = self.qst_encoder(qst)  # [batch_size, embed_size]
        combined_feature = torch.mul(img_feature, qst_feature)  # [batch_size, embed_size]
        combined_feature = self.tanh(combined_feature)
        combined_feature = self.dropout(combined_feature)
        combined_feature = self.fc1(combined_feature)  # [batch_size, ans_vocab_size=1000]
        combined_feature = self.tanh(combined_feature)
        combined_feature = self.dropout(combined_feature)
        combined_feature = self.fc2(combined_feature)  # [batch_size, ans_vocab_size=1000]
        return combined_feature


def parse(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument('--max_qst_length', type=int, default=30, help='maximum length of question.')
    parser.add_argument('--embed_size', type=int, default=1024, help='embedding size of feature vector for both image and question.')
    parser.add_argument('--word_embed_size', type=int, default=300, help='embedding size of word used for the input in the LSTM.')
    parser.add_argument('--num_layers', type=int, default=2, help='number of layers of the RNN(LSTM).')
    parser.add_argument('--hidden_size', type=int, default=512, help='hidden_size in the LSTM.')
    parser.add_argument('--batch_size', type=int, default=256, help='batch_size.')
    return parser.parse_args(argv)


def main(args, qst_vocab_size=500, ans_vocab_size=100):
    model = VqaModel(
        embed_size=args.embed_size,
        qst_vocab_size=qst_vocab_size,
        ans_vocab_size=ans_vocab_size,
        word_embed_size=args.word_embed_size,
        num_layers=args.num_layers,
        hidden_size=args.hidden_size)
    image = torch.randn(args.batch_size, 4096)
    question = torch.randint(0, qst_vocab_size, (args.batch_size, args.max_qst_length))
    label = torch.randint(0, ans_vocab_size, (args.batch_size,))
    output = model(image, question)
    loss = nn.functional.cross_entropy(output, label)
    loss.backward()
    return output


def probe():
    small = ['--embed_size', '16', '--word_embed_size', '8', '--hidden_size', '12', '--batch_size', '3',
             '--max_qst_length', '7']
    assert main(parse(small), ans_vocab_size=10).shape == (3, 10)
    assert main(parse(small + ['--num_layers', '1']), ans_vocab_size=10).shape == (3, 10)


if __name__ == "__main__":
    main(parse())

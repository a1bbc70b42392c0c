"""The same model in Keras, PaddlePaddle and MXNet Gluon next to the PyTorch one (a comparison
notebook): their LSTMs take other arguments (units, direction="bidirect", layout="NTC") and
are never torch's; only the PyTorch builder runs here."""
import torch
import torch.nn as nn


def keras_model(units=64, features=8):
    from tensorflow import keras
    return keras.Sequential([
        keras.layers.LSTM(units, return_sequences=True, input_shape=(None, features)),
        keras.layers.LSTM(units // 2),
        keras.layers.Dense(1),
    ])


def paddle_model(hidden=64, features=8):
    import paddle.nn as pnn
    return pnn.LSTM(features, hidden, num_layers=2, direction="bidirect", time_major=False)


def gluon_model(hidden=64, features=8):
    from mxnet.gluon import rnn
    return rnn.LSTM(hidden, num_layers=2, layout="NTC", bidirectional=True, input_size=features)


def torch_model(hidden=64, features=8):
    return nn.LSTM(features, hidden, num_layers=2, batch_first=True, bidirectional=True)


def probe():
    out, _ = torch_model(16, 8)(torch.randn(2, 5, 8))
    assert out.shape == (2, 5, 32)

# source: https://keras.io/api/layers/recurrent_layers/lstm/
"""Keras' LSTM(units) takes the output size first and infers its input: nothing here is torch.
No probe: tensorflow is not a dependency of the tests."""
from tensorflow import keras
from tensorflow.keras.layers import LSTM, Bidirectional, Dense, Embedding


def build_model(vocab_size=5000, embed_dim=128, units=64, num_classes=3):
    model = keras.Sequential([
        Embedding(vocab_size, embed_dim),
        Bidirectional(LSTM(units, return_sequences=True, dropout=0.2)),
        LSTM(units // 2, dropout=0.5),
        Dense(num_classes, activation="softmax"),
    ])
    return model

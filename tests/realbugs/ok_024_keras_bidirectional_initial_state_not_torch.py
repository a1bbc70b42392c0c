# source: https://github.com/tensorflow/tensorflow/issues/38191
"""tf.keras Bidirectional(LSTM) with an initial_state list: LSTM(units) and Bidirectional look
like torch names but are TensorFlow. No probe: tensorflow is not a test dependency."""
import tensorflow as tf
import tensorflow.keras.layers as layers

encoder_units = 100
batch_size = 5
embedding_dim = 300


def encode(inputs):
    lstm = layers.Bidirectional(layers.LSTM(encoder_units, return_sequences=True,
                                            return_state=True, time_major=False))
    initial_state = [tf.zeros((batch_size, encoder_units)) for _ in range(4)]
    return lstm(inputs, initial_state=initial_state)

# source: https://flax.readthedocs.io/en/latest/api_reference/flax.linen/layers.html
"""Flax's nn.RNN(nn.LSTMCell(features)): the names look like torch's, the signatures are not.
No probe: jax is not a dependency of the tests."""
import flax.linen as nn
import jax.numpy as jnp


class Tagger(nn.Module):
    hidden: int = 64
    num_tags: int = 9

    @nn.compact
    def __call__(self, x):
        lstm = nn.RNN(nn.LSTMCell(features=self.hidden))
        y = lstm(x)
        return nn.Dense(self.num_tags)(y)


def dummy_input():
    return jnp.zeros((2, 7, 32))

# source: https://github.com/NTMC-Community/MatchZoo-py/blob/0e5c04e1e948aa9277abd5c85ff99d9950d8527f/matchzoo/models/hbmp.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x80 and 120x10)
"""MatchZoo-py's HBMP (matchzoo/models/hbmp.py, engine/base_model.py, engine/param_table.py):
`lstm_num` bidirectional LSTMs of `lstm_hidden_size` are stacked, each one's output max-pooled
over time, and the pooled vectors of both texts are joined as [left, right, |left - right|,
left * right]: 4 * lstm_num * 2 * lstm_hidden_size features. The perceptron is built for
`lstm_hidden_size * 24`, which is that count only for the default lstm_num=3; `lstm_num` is a
documented parameter of the model ("number of LSTM units"), and with any other value the first
forward pass fails in the MLP. Unreported; confirmed with torch by building the model as its
docstring does with model.params['lstm_num'] = 2. The MLP should take
lstm_hidden_size * 8 * lstm_num features."""
import copy
import typing

import torch
import torch.nn as nn


class Param:
    def __init__(self, name, value=None, hyper_space=None, desc=None):
        self.name = name
        self.value = value
        self.hyper_space = hyper_space
        self.desc = desc


class ParamTable:
    def __init__(self):
        self._params = {}

    def add(self, param: Param):
        self._params[param.name] = param

    def __getitem__(self, key):
        return self._params[key].value

    def __setitem__(self, key, value):
        self._params[key].value = value

    def __contains__(self, key):
        return key in self._params


class BaseModel(nn.Module):
    def __init__(self, params: typing.Optional[ParamTable] = None):
        super().__init__()
        self._params = params or self.get_default_params()

    @property
    def params(self) -> ParamTable:
        return self._params

    @classmethod
    def get_default_params(cls, with_embedding=False, with_multi_layer_perceptron=False) -> ParamTable:
        params = ParamTable()
        params.add(Param(name='num_classes', value=2))
        params.add(Param(name='out_activation_func', value=None))
        if with_embedding:
            params.add(Param(name='embedding_input_dim', value=None))
            params.add(Param(name='embedding_output_dim', value=None))
        if with_multi_layer_perceptron:
            params.add(Param(name='with_multi_layer_perceptron', value=True))
            params.add(Param(name='mlp_num_units', value=128))
            params.add(Param(name='mlp_num_layers', value=3))
            params.add(Param(name='mlp_num_fan_out', value=64))
            params.add(Param(name='mlp_activation_func', value='relu'))
        return params

    def guess_and_fill_missing_params(self, verbose=1):
        if self._params['embedding_input_dim'] is None:
            self._params['embedding_input_dim'] = 300

    def _make_default_embedding_layer(self) -> nn.Module:
        return nn.Embedding(self._params['embedding_input_dim'], self._params['embedding_output_dim'])

    def _make_output_layer(self, in_features: int = 0) -> nn.Module:
        out_features = self._params['num_classes']
        if self._params['out_activation_func']:
            return nn.Sequential(nn.Linear(in_features, out_features), self._params['out_activation_func'])
        return nn.Linear(in_features, out_features)

    def _make_perceptron_layer(self, in_features: int = 0, out_features: int = 0,
                               activation: nn.Module = nn.ReLU()) -> nn.Module:
        return nn.Sequential(nn.Linear(in_features, out_features), activation)

    def _make_multi_layer_perceptron_layer(self, in_features) -> nn.Module:
        activation = self._params['mlp_activation_func']
        if isinstance(activation, str):
            activation = nn.ReLU()
        mlp_sizes = [
            in_features,
            *self._params['mlp_num_layers'] * [self._params['mlp_num_units']],
            self._params['mlp_num_fan_out']
        ]
        mlp = [self._make_perceptron_layer(in_f, out_f, activation)
               for in_f, out_f in zip(mlp_sizes, mlp_sizes[1:])]
        return nn.Sequential(*mlp)


class HBMP(BaseModel):
    """HBMP model, built the way its docstring does:

        >>> model = HBMP()
        >>> model.params['embedding_input_dim'] = 200
        >>> model.params['embedding_output_dim'] = 100
        >>> model.params['mlp_num_layers'] = 1
        >>> model.params['mlp_num_units'] = 10
        >>> model.params['mlp_num_fan_out'] = 10
        >>> model.params['mlp_activation_func'] = nn.LeakyReLU(0.1)
        >>> model.params['lstm_hidden_size'] = 5
        >>> model.params['lstm_num'] = 3
        >>> model.params['num_layers'] = 3
        >>> model.params['dropout_rate'] = 0.1
        >>> model.guess_and_fill_missing_params(verbose=0)
        >>> model.build()
    """

    @classmethod
    def get_default_params(cls) -> ParamTable:
        params = super().get_default_params(with_embedding=True, with_multi_layer_perceptron=True)
        params.add(Param(name='lstm_hidden_size', value=5,
                         desc="Integer, the hidden size of the bi-directional LSTM layer."))
        params.add(Param(name='lstm_num', value=3, desc="Integer, number of LSTM units"))
        params.add(Param(name='num_layers', value=1, desc="Integer, number of LSTM layers."))
        params.add(Param(name='dropout_rate', value=0.0, desc="The dropout rate."))
        return params

    def build(self):
        """Build model structure. HBMP use Siamese arthitecture."""
        self.embedding = self._make_default_embedding_layer()
        encoder_layer = nn.LSTM(
            input_size=self._params['embedding_output_dim'],
            hidden_size=self._params['lstm_hidden_size'],
            num_layers=self._params['num_layers'],
            dropout=self._params['dropout_rate'],
            batch_first=True,
            bidirectional=True)
        self.encoder = nn.ModuleList(
            [copy.deepcopy(encoder_layer) for _ in range(self._params['lstm_num'])])
        self.max_pool = nn.AdaptiveMaxPool1d(1)
        self.mlp = self._make_multi_layer_perceptron_layer(
            self._params['lstm_hidden_size'] * 24  # fix: self._params['lstm_hidden_size'] * 8 * self._params['lstm_num']
        )
        self.out = self._make_output_layer(self._params['mlp_num_fan_out'])

    def forward(self, inputs):
        input_left, input_right = inputs['text_left'], inputs['text_right']
        batch_size = input_left.shape[0]
        state_shape = (2 * self._params['num_layers'], batch_size, self._params['lstm_hidden_size'])

        embed_left = self.embedding(input_left.long())
        embed_right = self.embedding(input_right.long())

        out_left = []
        h_left = c_left = torch.zeros(*state_shape, device=input_left.device)
        for layer in self.encoder:
            out, (h_left, c_left) = layer(embed_left, (h_left, c_left))
            out_left.append(self.max_pool(out.transpose(1, 2)).squeeze(2))

        out_right = []
        h_right = c_right = torch.zeros(*state_shape, device=input_left.device)
        for layer in self.encoder:
            out, (h_right, c_right) = layer(embed_right, (h_right, c_right))
            out_right.append(self.max_pool(out.transpose(1, 2)).squeeze(2))

        # shape = [B, 6 * F]
        encode_left = torch.cat(out_left, 1)
        encode_right = torch.cat(out_right, 1)
        embed_minus = torch.abs(encode_left - encode_right)
        embed_multiply = encode_left * encode_right
        encode_concat = torch.cat([encode_left, encode_right, embed_minus, embed_multiply], 1)
        output = self.mlp(encode_concat)
        output = self.out(output)
        return output


def probe():
    model = HBMP()
    model.params['embedding_input_dim'] = 200
    model.params['embedding_output_dim'] = 100
    model.params['mlp_num_layers'] = 1
    model.params['mlp_num_units'] = 10
    model.params['mlp_num_fan_out'] = 10
    model.params['mlp_activation_func'] = nn.LeakyReLU(0.1)
    model.params['lstm_hidden_size'] = 5
    model.params['lstm_num'] = 2
    model.params['num_layers'] = 3
    model.params['dropout_rate'] = 0.1
    model.guess_and_fill_missing_params(verbose=0)
    model.build()
    inputs = {'text_left': torch.randint(0, 200, (4, 9)), 'text_right': torch.randint(0, 200, (4, 7))}
    model(inputs)


if __name__ == "__main__":
    probe()

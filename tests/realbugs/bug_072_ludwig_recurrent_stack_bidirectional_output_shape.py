# source: https://github.com/ludwig-ai/ludwig/issues/1735
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (4x32 and 16x8)
"""Ludwig's RNN text encoder sizes the fully connected stack after it from the recurrent stack's
output_shape, which reports hidden_size whatever the direction: with `bidirectional: true` in the
feature's config the last step has 2 * hidden_size features and the first FC layer gets twice
what it was built for."""
import torch
import torch.nn as nn

rnn_layers_registry = {
    "rnn": nn.RNN,
    "gru": nn.GRU,
    "lstm": nn.LSTM,
}


def get_from_registry(key, registry):
    if hasattr(key, "lower"):
        key = key.lower()
    if key in registry:
        return registry[key]
    raise ValueError(f"Key {key} not supported, available options: {registry.keys()}")


class RecurrentStack(nn.Module):
    def __init__(self, input_size=None, hidden_size=256, cell_type="rnn", max_sequence_length=None,
                 num_layers=1, bidirectional=False, use_bias=True, dropout=0.0, **kwargs):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.max_sequence_length = max_sequence_length
        rnn_layer_class = get_from_registry(cell_type, rnn_layers_registry)
        rnn_params = {"num_layers": num_layers, "bias": use_bias, "dropout": dropout,
                      "bidirectional": bidirectional}
        # Delegate recurrent params to PyTorch's RNN/GRU/LSTM implementations.
        self.layers = rnn_layer_class(input_size, hidden_size, batch_first=True, **rnn_params)

    @property
    def output_shape(self) -> torch.Size:
        return torch.Size([self.max_sequence_length, self.hidden_size])  # fix: a bidirectional stack outputs 2 * hidden_size features

    def forward(self, inputs, mask=None):
        hidden, final_state = self.layers(inputs)
        return hidden, final_state


class FCStack(nn.Module):
    def __init__(self, first_layer_input_size, output_size=8):
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(first_layer_input_size, output_size), nn.ReLU())

    def forward(self, inputs):
        return self.layers(inputs)


class StackedRNN(nn.Module):
    def __init__(self, vocab_size, max_sequence_length, embedding_size=12, state_size=16,
                 cell_type="rnn", num_layers=1, bidirectional=False, output_size=8, **kwargs):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, embedding_size)
        self.recurrent_stack = RecurrentStack(
            input_size=embedding_size,
            hidden_size=state_size,
            cell_type=cell_type,
            max_sequence_length=max_sequence_length,
            num_layers=num_layers,
            bidirectional=bidirectional,
        )
        self.fc_stack = FCStack(first_layer_input_size=self.recurrent_stack.output_shape[-1],
                                output_size=output_size)

    def forward(self, inputs):
        hidden, _ = self.recurrent_stack(self.embed(inputs))
        hidden = hidden[:, -1, :]  # reduce_output: "last"
        return self.fc_stack(hidden)


def build_encoder(feature_config, vocab_size, max_sequence_length):
    params = {k: v for k, v in feature_config.items() if k not in ("name", "type", "level", "encoder")}
    return StackedRNN(vocab_size, max_sequence_length, **params)


def probe():
    sender_address = {"name": "sender_address", "type": "text", "level": "char",
                      "encoder": "rnn", "bidirectional": True}
    encoder = build_encoder(sender_address, vocab_size=60, max_sequence_length=20)
    encoder(torch.randint(0, 60, (4, 20)))


if __name__ == "__main__":
    probe()

# source: https://github.com/asyml/texar-pytorch/issues/312
# rule: LC009
# torch: TypeError: lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor
"""texar-pytorch's text VAE (examples/vae_text): the latent code goes through mlp_linear_layer
and is chunked into one (h, c) pair, the initial state of an LSTM decoder. The decoder is a
stack of LSTM cells (texar's MultiRNNCell) that wants one (h, c) pair per layer; with
config_lstm_yahoo's num_layers set to 2 the stack zips its cells with the pair itself, so the
first cell gets h alone as its state ("Input batch size 128 doesn't match hidden[0] batch size
256" in the torch of the report; "The issue is due to the initial_state=lstm_states")."""
import torch
import torch.nn as nn

# config_lstm_yahoo.py
latent_dims = 8
hidden_size = 16
dec_cell_hparams = {
    "type": "LSTMCell",
    "kwargs": {"num_units": hidden_size, "bias": True},
    "dropout": {"output_keep_prob": 1.0},
    "num_layers": 2,
}


class MultiLSTMCell(nn.Module):
    """A stack of LSTMCells stepped together; its state is one (h, c) pair per layer."""

    def __init__(self, input_size, num_units, num_layers):
        super().__init__()
        self.cells = nn.ModuleList(
            [nn.LSTMCell(input_size if i == 0 else num_units, num_units) for i in range(num_layers)])

    def forward(self, inputs, state):
        new_state = []
        for cell, layer_state in zip(self.cells, state):
            h, c = cell(inputs, layer_state)
            new_state.append((h, c))
            inputs = h
        return inputs, new_state


class BasicRNNDecoder(nn.Module):
    def __init__(self, vocab_size, embed_dim, cell_hparams):
        super().__init__()
        self.embedder = nn.Embedding(vocab_size, embed_dim)
        self.cell = MultiLSTMCell(embed_dim, cell_hparams["kwargs"]["num_units"],
                                  cell_hparams["num_layers"])
        self.output_layer = nn.Linear(cell_hparams["kwargs"]["num_units"], vocab_size)

    def forward(self, initial_state, inputs):
        state = initial_state
        logits = []
        for t in range(inputs.size(1)):
            out, state = self.cell(self.embedder(inputs[:, t]), state)
            logits.append(self.output_layer(out))
        return torch.stack(logits, dim=1)


class VAE(nn.Module):
    def __init__(self, vocab_size, embed_dim=12):
        super().__init__()
        self.lstm_decoder = BasicRNNDecoder(vocab_size, embed_dim, dec_cell_hparams)
        self.decoder_initial_state_size = (hidden_size, hidden_size)
        self.mlp_linear_layer = nn.Linear(latent_dims, sum(self.decoder_initial_state_size))

    def decode(self, latent_z, text_ids):
        fc_output = self.mlp_linear_layer(latent_z)
        lstm_states = torch.chunk(fc_output, 2, dim=1)  # fix: one (h, c) pair per decoder layer: size mlp_linear_layer for num_layers pairs and split it into [(h, c)] * num_layers
        return self.lstm_decoder(initial_state=lstm_states, inputs=text_ids)


def probe():
    model = VAE(vocab_size=30)
    model.decode(torch.randn(4, latent_dims), torch.randint(0, 30, (4, 6)))


if __name__ == "__main__":
    probe()

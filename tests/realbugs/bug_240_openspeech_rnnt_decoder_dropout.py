# source: https://github.com/openspeech-team/openspeech/blob/10b25890b64b722c50aa7579c2570ad5c69b2cf2/openspeech/models/rnn_transducer/configurations.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""openspeech-team/openspeech at 10b2589 (openspeech/models/rnn_transducer/configurations.py,
openspeech/models/rnn_transducer/model.py, openspeech/decoders/rnn_transducer_decoder.py,
openspeech/encoders/rnn_transducer_encoder.py): the RNN-Transducer builds its label decoder from
the model configuration, `rnn_cell(..., num_layers=num_decoder_layers, dropout=dropout_p)`, with
the dataclass defaults num_decoder_layers=1 and decoder_dropout_p=0.2. A one-layer LSTM applies
no dropout at all (torch only drops between stacked layers), so torch warns as soon as the model
is built with its default configuration and the 0.2 the configuration advertises never happens.
The fix is a decoder dropout of 0 for one layer (or num_decoder_layers > 1). The hydra DictConfig
is a nested dict wrapped in a small attribute class, the tokenizer a stand-in, Linear is
openspeech's Xavier-initialised nn.Linear; the encoder, joint and loss are kept, search left out."""
import torch
import torch.nn as nn
from torch import Tensor
from typing import Tuple


class Linear(nn.Module):
    def __init__(self, in_features: int, out_features: int, bias: bool = True) -> None:
        super(Linear, self).__init__()
        self.linear = nn.Linear(in_features, out_features, bias=bias)
        nn.init.xavier_uniform_(self.linear.weight)
        if bias:
            nn.init.zeros_(self.linear.bias)

    def forward(self, x: Tensor) -> Tensor:
        return self.linear(x)


# openspeech/models/rnn_transducer/configurations.py (RNNTransducerConfigs defaults)
RNN_TRANSDUCER_DEFAULTS = {
    "model_name": "rnn_transducer",
    "encoder_hidden_state_dim": 320,
    "decoder_hidden_state_dim": 512,
    "num_encoder_layers": 4,
    "num_decoder_layers": 1,
    "encoder_dropout_p": 0.2,
    "decoder_dropout_p": 0.2,  # fix: decoder_dropout_p = 0.0 while num_decoder_layers is 1
    "bidirectional": True,
    "rnn_type": "lstm",
    "output_dim": 512,
    "optimizer": "adam",
}


class Node(dict):
    __getattr__ = dict.__getitem__


# openspeech/encoders/rnn_transducer_encoder.py
class RNNTransducerEncoder(nn.Module):
    supported_rnns = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}

    def __init__(self, input_dim, hidden_state_dim, output_dim, num_layers,
                 rnn_type="lstm", dropout_p=0.2, bidirectional=True):
        super(RNNTransducerEncoder, self).__init__()
        self.hidden_state_dim = hidden_state_dim
        rnn_cell = self.supported_rnns[rnn_type.lower()]
        self.rnn = rnn_cell(input_size=input_dim, hidden_size=hidden_state_dim, num_layers=num_layers,
                            bias=True, batch_first=True, dropout=dropout_p, bidirectional=bidirectional)
        self.fc = Linear(hidden_state_dim << 1 if bidirectional else hidden_state_dim, output_dim)

    def forward(self, inputs: Tensor, input_lengths: Tensor) -> Tuple[Tensor, Tensor]:
        inputs = nn.utils.rnn.pack_padded_sequence(inputs.transpose(0, 1), input_lengths.cpu())
        outputs, hidden_states = self.rnn(inputs)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = self.fc(outputs.transpose(0, 1))
        return outputs, input_lengths


# openspeech/decoders/rnn_transducer_decoder.py
class RNNTransducerDecoder(nn.Module):
    supported_rnns = {"lstm": nn.LSTM, "gru": nn.GRU, "rnn": nn.RNN}

    def __init__(self, num_classes, hidden_state_dim, output_dim, num_layers, rnn_type="lstm",
                 pad_id=0, sos_id=1, eos_id=2, dropout_p=0.2):
        super(RNNTransducerDecoder, self).__init__()
        self.hidden_state_dim = hidden_state_dim
        self.pad_id = (pad_id,)
        self.sos_id = sos_id
        self.eos_id = eos_id
        self.embedding = nn.Embedding(num_classes, hidden_state_dim)
        rnn_cell = self.supported_rnns[rnn_type.lower()]
        self.rnn = rnn_cell(
            input_size=hidden_state_dim,
            hidden_size=hidden_state_dim,
            num_layers=num_layers,
            bias=True,
            batch_first=True,
            dropout=dropout_p,
            bidirectional=False,
        )
        self.out_proj = Linear(hidden_state_dim, output_dim)

    def forward(self, inputs, input_lengths=None, hidden_states=None):
        embedded = self.embedding(inputs)
        if hidden_states is not None:
            outputs, hidden_states = self.rnn(embedded, hidden_states)
        else:
            outputs, hidden_states = self.rnn(embedded)
        outputs = self.out_proj(outputs)
        return outputs, hidden_states


class Tokenizer:
    pad_id, sos_id, eos_id = 0, 1, 2
    vocab_size = 30


# openspeech/models/rnn_transducer/model.py (OpenspeechTransducerModel parts inlined)
class RNNTransducerModel(nn.Module):
    def __init__(self, configs, tokenizer) -> None:
        super(RNNTransducerModel, self).__init__()
        self.configs = configs
        self.tokenizer = tokenizer
        self.num_classes = tokenizer.vocab_size
        self.encoder = RNNTransducerEncoder(
            input_dim=self.configs.audio.num_mels,
            hidden_state_dim=self.configs.model.encoder_hidden_state_dim,
            output_dim=self.configs.model.output_dim,
            num_layers=self.configs.model.num_encoder_layers,
            rnn_type=self.configs.model.rnn_type,
            dropout_p=self.configs.model.encoder_dropout_p,
        )
        self.decoder = RNNTransducerDecoder(
            num_classes=self.num_classes,
            hidden_state_dim=self.configs.model.decoder_hidden_state_dim,
            output_dim=self.configs.model.output_dim,
            num_layers=self.configs.model.num_decoder_layers,
            rnn_type=self.configs.model.rnn_type,
            pad_id=self.tokenizer.pad_id,
            sos_id=self.tokenizer.sos_id,
            eos_id=self.tokenizer.eos_id,
            dropout_p=self.configs.model.decoder_dropout_p,
        )
        self.fc = Linear(self.configs.model.output_dim << 1, self.num_classes, bias=False)

    def joint(self, encoder_outputs, decoder_outputs):
        input_length = encoder_outputs.size(1)
        target_length = decoder_outputs.size(1)
        encoder_outputs = encoder_outputs.unsqueeze(2).repeat([1, 1, target_length, 1])
        decoder_outputs = decoder_outputs.unsqueeze(1).repeat([1, input_length, 1, 1])
        outputs = torch.cat((encoder_outputs, decoder_outputs), dim=-1)
        return self.fc(outputs).log_softmax(dim=-1)

    def forward(self, inputs, input_lengths, targets):
        encoder_outputs, _ = self.encoder(inputs, input_lengths)
        sos = targets.new_full((targets.size(0), 1), self.tokenizer.sos_id)
        decoder_outputs, _ = self.decoder(torch.cat((sos, targets), dim=1))
        return self.joint(encoder_outputs, decoder_outputs)


def probe():
    model_cfg = dict(RNN_TRANSDUCER_DEFAULTS)
    model_cfg.update(encoder_hidden_state_dim=32, decoder_hidden_state_dim=48, output_dim=40)
    configs = Node(model=Node(model_cfg), audio=Node(num_mels=20))
    model = RNNTransducerModel(configs, Tokenizer())  # the decoder's nn.LSTM warns here
    inputs = torch.randn(3, 25, 20)
    input_lengths = torch.tensor([25, 21, 17])
    targets = torch.randint(3, 30, (3, 6))
    logits = model(inputs, input_lengths, targets)
    assert logits.shape == (3, 25, 7, 30)


if __name__ == "__main__":
    probe()

# source: https://github.com/IBM/pytorch-seq2seq/issues/126
"""pytorch-seq2seq's DecoderRNN reads the batch size as encoder_hidden[0].size(1). Reported as "an
implicit bug" (index 0 looks like the layer dim); the maintainers' answer: for an LSTM the encoder
hidden is the tuple (h_n, c_n), so [0] is h_n and size(1) is its batch dim. For a GRU the code
takes encoder_hidden.size(1)."""
import torch
import torch.nn as nn


class DecoderRNN(nn.Module):
    def __init__(self, vocab_size, max_len, hidden_size, sos_id, eos_id, n_layers=1,
                 rnn_cell='lstm'):
        super(DecoderRNN, self).__init__()
        self.rnn_cell = nn.LSTM if rnn_cell.lower() == 'lstm' else nn.GRU
        self.rnn = self.rnn_cell(hidden_size, hidden_size, n_layers, batch_first=True)
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        self.out = nn.Linear(hidden_size, vocab_size)
        self.max_length = max_len
        self.sos_id = sos_id
        self.eos_id = eos_id

    def _validate_args(self, inputs, encoder_hidden):
        if inputs is None:
            if encoder_hidden is None:
                batch_size = 1
            elif self.rnn_cell is nn.LSTM:
                batch_size = encoder_hidden[0].size(1)
            else:
                batch_size = encoder_hidden.size(1)
            inputs = torch.LongTensor([self.sos_id] * batch_size).view(batch_size, 1)
        return inputs, batch_size

    def forward_step(self, input_var, hidden):
        embedded = self.embedding(input_var)
        output, hidden = self.rnn(embedded, hidden)
        return self.out(output), hidden

    def forward(self, inputs=None, encoder_hidden=None):
        inputs, batch_size = self._validate_args(inputs, encoder_hidden)
        decoder_hidden = encoder_hidden
        decoder_input = inputs[:, 0].unsqueeze(1)
        outputs = []
        for di in range(self.max_length):
            step_output, decoder_hidden = self.forward_step(decoder_input, decoder_hidden)
            outputs.append(step_output)
            decoder_input = step_output.argmax(-1)
        return torch.cat(outputs, dim=1), decoder_hidden


class EncoderRNN(nn.Module):
    def __init__(self, vocab_size, hidden_size, n_layers=1, rnn_cell='lstm'):
        super(EncoderRNN, self).__init__()
        self.embedding = nn.Embedding(vocab_size, hidden_size)
        rnn_class = nn.LSTM if rnn_cell.lower() == 'lstm' else nn.GRU
        self.rnn = rnn_class(hidden_size, hidden_size, n_layers, batch_first=True)

    def forward(self, input_var):
        return self.rnn(self.embedding(input_var))


def probe():
    encoder = EncoderRNN(30, 16, n_layers=2)
    decoder = DecoderRNN(40, 5, 16, sos_id=1, eos_id=2, n_layers=2)
    _, encoder_hidden = encoder(torch.randint(0, 30, (4, 7)))
    outputs, _ = decoder(encoder_hidden=encoder_hidden)
    assert outputs.shape == (4, 5, 40)


if __name__ == "__main__":
    probe()

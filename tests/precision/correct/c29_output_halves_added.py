"""Forward and backward halves of the output added, as the PyTorch chatbot tutorial does."""
import torch
import torch.nn as nn


class EncoderRNN(nn.Module):
    def __init__(self, hidden_size, embedding, n_layers=1, dropout=0):
        super(EncoderRNN, self).__init__()
        self.n_layers = n_layers
        self.hidden_size = hidden_size
        self.embedding = embedding
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout), bidirectional=True)

    def forward(self, input_seq, input_lengths, hidden=None):
        embedded = self.embedding(input_seq)
        packed = nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden


class DecoderRNN(nn.Module):
    def __init__(self, embedding, hidden_size, output_size, n_layers=1, dropout=0.1):
        super().__init__()
        self.embedding = embedding
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout))
        self.concat = nn.Linear(hidden_size * 2, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, input_step, last_hidden, encoder_outputs):
        embedded = self.embedding(input_step)
        rnn_output, hidden = self.gru(embedded, last_hidden)
        scores = torch.sum(rnn_output * encoder_outputs, dim=2).t()
        weights = torch.softmax(scores, dim=1).unsqueeze(1)
        context = weights.bmm(encoder_outputs.transpose(0, 1)).squeeze(1)
        concat = torch.tanh(self.concat(torch.cat((rnn_output.squeeze(0), context), 1)))
        return torch.softmax(self.out(concat), dim=1), hidden


def probe():
    hidden_size, n_layers, voc = 10, 2, 30
    embedding = nn.Embedding(voc, hidden_size)
    encoder = EncoderRNN(hidden_size, embedding, n_layers, dropout=0.1)
    decoder = DecoderRNN(embedding, hidden_size, voc, n_layers, dropout=0.1)
    src = torch.randint(0, voc, (6, 3))
    enc_out, enc_hidden = encoder(src, torch.tensor([6, 5, 2]))
    dec_hidden = enc_hidden[:decoder.gru.num_layers]
    token = torch.ones(1, 3, dtype=torch.long)
    for _ in range(3):
        probs, dec_hidden = decoder(token, dec_hidden, enc_out)
        token = probs.argmax(1).unsqueeze(0)
    assert probs.shape == (3, voc)

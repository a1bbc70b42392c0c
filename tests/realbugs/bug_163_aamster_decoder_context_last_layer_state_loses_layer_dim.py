# source: https://github.com/aamster/seq2seq-translation/blob/008ad406174a3514058f802a6e2f079c48b32d9c/src/seq2seq_translation/rnn.py
# rule: LC007
# torch: RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 3
"""aamster/seq2seq-translation (src/seq2seq_translation/rnn.py, run.py): the decoder without
attention reads its context from the encoder GRU's final state, "the hidden state of the last
layer": `hidden[-2:]` (both directions, (2, batch, H)) when the encoder is bidirectional, else
`hidden[-1]`, then `.permute(1, 0, 2)`. An integer index drops the layer dim: `hidden[-1]` of a
one-way GRU's h_n is (batch, H), 2-D, and the three-way permute fails on the first decode step.
That is the script's default configuration (`--encoder_bidirectional` and `--use_attention` are
both off by default); only the bidirectional encoder and the attention decoder were trained. Not
reported; still in the repository's current models/rnn.py; torch confirms it with run.py's
defaults. `hidden[-1:]` keeps the dim. Data: random token batches with lengths instead of the
WMT14 sentencepiece datasets."""
import os
from argparse import ArgumentParser
from typing import Optional

import torch
import torch.nn.functional as F
from torch import nn


class EncoderRNN(nn.Module):
    def __init__(self, input_size, pad_idx: Optional[int] = None, hidden_size=128, embedding_dim=128,
                 bidirectional: bool = False, num_layers: int = 1, dropout: float = 0.0):
        super(EncoderRNN, self).__init__()
        self.embedding = nn.Embedding(num_embeddings=input_size, embedding_dim=embedding_dim)
        self.gru = nn.GRU(input_size=embedding_dim, hidden_size=hidden_size, batch_first=True, bidirectional=bidirectional, num_layers=num_layers)
        self.dropout = nn.Dropout(dropout)
        self._pad_idx = pad_idx

    def forward(self, input, input_lengths):
        embedded = self.dropout(self.embedding(input))
        packed_embedded = torch.nn.utils.rnn.pack_padded_sequence(
            input=embedded, lengths=input_lengths, batch_first=True, enforce_sorted=False)
        packed_output, hidden = self.gru(packed_embedded)
        output, _ = torch.nn.utils.rnn.pad_packed_sequence(packed_output, batch_first=True, padding_value=self._pad_idx)
        return output, hidden

    @property
    def hidden_size(self):
        hidden_size = self.gru.hidden_size
        if self.gru.bidirectional:
            hidden_size *= 2
        hidden_size *= self.gru.num_layers
        return hidden_size

    @property
    def output_size(self):
        output_size = self.gru.hidden_size
        if self.gru.bidirectional:
            output_size *= 2
        return output_size


class DecoderRNN(nn.Module):
    def __init__(self, hidden_size, output_size, max_len: int, encoder_output_size: int, sos_token_id: int,
                 eos_token_id: int, num_embeddings: int, pad_idx: Optional[int] = None,
                 use_context_vector: bool = True, embedding_dim: int = 128, context_size: int = 128,
                 num_layers: int = 1, dropout: float = 0.0, encoder_bidirectional: bool = True):
        super(DecoderRNN, self).__init__()
        self.embedding = nn.Embedding(num_embeddings=num_embeddings, embedding_dim=embedding_dim)
        if use_context_vector:
            gru_input_size = embedding_dim + context_size
        else:
            gru_input_size = embedding_dim
        self.gru = nn.GRU(gru_input_size, hidden_size, batch_first=True, num_layers=num_layers)
        self.dropout = nn.Dropout(dropout)
        self.Wh = nn.Linear(encoder_output_size, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)
        self._use_context_vector = use_context_vector
        self._max_len = max_len
        self._sos_token_id = sos_token_id
        self._encoder_bidirectional = encoder_bidirectional
        self._eos_token_id = eos_token_id

    def forward(self, encoder_hidden: torch.tensor, encoder_outputs=None, target_tensor=None):
        decoder_input, decoder_hidden, _ = self.initialize_forward(encoder_hidden=encoder_hidden)
        outputs = []
        for t in range(self._max_len):
            decoder_input, _, decoder_output, decoder_hidden = self.decode_step(
                decoder_input=decoder_input, decoder_hidden=decoder_hidden,
                encoder_hidden=encoder_hidden, target_tensor=target_tensor, t=t)
            outputs.append(decoder_output)
        decoder_outputs = F.log_softmax(torch.cat(outputs, dim=1), dim=-1)
        return decoder_outputs, decoder_hidden

    def decode_step(self, decoder_input, decoder_hidden, encoder_hidden, target_tensor=None, t=None):
        decoder_output, decoder_hidden = self.forward_step(
            input=decoder_input, hidden=decoder_hidden, context=self._get_context(hidden=encoder_hidden))
        if target_tensor is not None:
            token = target_tensor[:, t].unsqueeze(1)  # Teacher forcing
        else:
            token = decoder_output.topk(k=1, dim=-1)[1].squeeze(-1).detach()
        return token, None, decoder_output, decoder_hidden

    def _get_context(self, hidden, **kwargs):
        # extracting the hidden state of the last layer
        hidden = hidden[-2:] if self._encoder_bidirectional else hidden[-1]  # fix: hidden[-1:] keeps the layer dim for a one-way encoder
        return hidden.permute(1, 0, 2)

    def initialize_forward(self, encoder_hidden: torch.Tensor):
        batch_size = encoder_hidden.shape[1]
        decoder_hidden = encoder_hidden.transpose(0, 1).reshape(self.gru.num_layers, batch_size, -1)
        decoder_hidden = self.Wh(decoder_hidden)
        decoder_input = torch.empty(batch_size, 1, dtype=torch.long,
                                    device=torch.device(os.environ['DEVICE'])).fill_(self._sos_token_id)
        return decoder_input, decoder_hidden, []

    def forward_step(self, input, hidden, context):
        embedded = self.dropout(self.embedding(input))
        if self._use_context_vector:
            if context.shape[1] != 1:
                context = context.reshape(context.shape[0], 1, -1)
            gru_input = torch.cat((embedded, context), dim=2)
        else:
            gru_input = embedded
        output, hidden = self.gru(gru_input, hidden)
        output = self.dropout(self.out(output))
        return output, hidden


class EncoderDecoder(nn.Module):
    def __init__(self, encoder: EncoderRNN, decoder: DecoderRNN):
        super().__init__()
        self._encoder = encoder
        self._decoder = decoder

    def forward(self, input, input_lengths, target_tensor: Optional[torch.Tensor] = None):
        output, hidden = self._encoder(input=input, input_lengths=input_lengths)
        decoder_outputs, decoder_hidden = self._decoder(
            encoder_outputs=output, encoder_hidden=hidden, target_tensor=target_tensor)
        return decoder_outputs, decoder_hidden


# run.py
def main(encoder_bidirectional: bool, use_attention: bool, embedding_dim: int, encoder_hidden_dim: int,
         decoder_hidden_dim: int, num_rnn_layers: int, dropout: float, vocab_size: int = 64, batch_size: int = 4):
    os.environ['DEVICE'] = 'cpu'
    device = torch.device('cpu')
    encoder = EncoderRNN(input_size=vocab_size, hidden_size=encoder_hidden_dim, bidirectional=encoder_bidirectional,
                         pad_idx=0, embedding_dim=embedding_dim, num_layers=num_rnn_layers, dropout=dropout).to(device)
    if use_attention:
        raise NotImplementedError("AttnDecoderRNN: not rebuilt here")
    else:
        decoder = DecoderRNN(
            hidden_size=decoder_hidden_dim,
            output_size=vocab_size,
            max_len=6,
            pad_idx=0,
            encoder_output_size=encoder.output_size,
            num_embeddings=vocab_size,
            sos_token_id=1,
            context_size=int(encoder.hidden_size / num_rnn_layers),
            embedding_dim=embedding_dim,
            num_layers=num_rnn_layers,
            dropout=dropout,
            encoder_bidirectional=encoder_bidirectional,
            eos_token_id=2,
        ).to(device)
    encoder_decoder = EncoderDecoder(encoder=encoder, decoder=decoder)

    input_tensor = torch.randint(3, vocab_size, (batch_size, 9))
    input_lengths = torch.tensor([9, 7, 8, 5])
    target_tensor = torch.randint(3, vocab_size, (batch_size, 6))
    decoder_outputs, _ = encoder_decoder(input_tensor, input_lengths, target_tensor=target_tensor)
    loss = nn.NLLLoss()(decoder_outputs.reshape(-1, vocab_size), target_tensor.reshape(-1))
    loss.backward()


def probe():
    parser = ArgumentParser()
    parser.add_argument('--encoder_bidirectional', action='store_true', default=False)
    parser.add_argument('--use_attention', action='store_true', default=False)
    parser.add_argument('--embedding_dim', type=int, default=128)
    parser.add_argument('--encoder_hidden_dim', default=128, type=int)
    parser.add_argument('--decoder_hidden_dim', default=256, type=int)
    parser.add_argument('--num_rnn_layers', type=int, default=1)
    parser.add_argument('--dropout', type=float, default=0.0)
    args = parser.parse_args([])
    main(encoder_bidirectional=args.encoder_bidirectional, use_attention=args.use_attention,
         embedding_dim=args.embedding_dim, encoder_hidden_dim=args.encoder_hidden_dim,
         decoder_hidden_dim=args.decoder_hidden_dim, num_rnn_layers=args.num_rnn_layers, dropout=args.dropout)


if __name__ == "__main__":
    probe()

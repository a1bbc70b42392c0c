# source: https://github.com/ymfa/seq2seq-summarizer/blob/f6b3de3f179d56537d5badff6d3f950a41eff423/model.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.2 and num_layers=1
"""ymfa/seq2seq-summarizer at f6b3de3 (params.py, model.py, train.py): Params offers
`enc_rnn_dropout` and `dec_rnn_dropout` ("Regularization", default 0, set from the command line by
Params.update, e.g. `python train.py --enc_rnn_dropout 0.2`), and the model hands them to the
`dropout=` of the encoder's and the decoder's GRUs, which are built with one layer (no
num_layers anywhere): a non-zero value draws torch's warning and regularizes nothing. Unreported;
confirmed with torch on this path: Params().update(["--enc_rnn_dropout", "0.2"]), Seq2Seq built
from the params, one greedy forward (the annotation read by update() is resolved with eval when
annotations are postponed strings, as under the test's compile). The fix applies the dropout to the GRU's input or output
(nn.Dropout), or builds the GRU with num_layers > 1. The pointer, coverage and beam search parts
are left out; the encoder's final directions are concatenated for the decoder as in model.py."""
import sys
from typing import List, Optional, Union

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

DEVICE = torch.device("cpu")
eps = 1e-31


# ---- params.py
class Params:
  # Model architecture
  vocab_size: int = 30000
  hidden_size: int = 150  # of the encoder; default decoder size is doubled if encoder is bidi
  dec_hidden_size: Optional[int] = 200  # if set, a matrix will transform enc state into dec state
  embed_size: int = 100
  enc_bidi: bool = True
  enc_attn: bool = True  # decoder has attention over encoder states?
  out_embed_size: Optional[int] = None  # if set, use an additional layer before decoder output

  # Regularization
  enc_rnn_dropout: float = 0
  dec_in_dropout: float = 0
  dec_rnn_dropout: float = 0
  dec_out_dropout: float = 0

  # Training
  batch_size: int = 32
  pack_seq: bool = True  # use packed sequence to skip PAD inputs?
  max_tgt_len: int = 100

  def update(self, cmd_args: List[str]):
    """Update configuration by a list of command line arguments"""
    arg_name = None
    for arg_text in cmd_args:
      if arg_name is None:
        assert arg_text.startswith('--')  # the arg name has to start with "--"
        arg_name = arg_text[2:]
      else:
        arg_curr_value = getattr(self, arg_name)
        if arg_text.lower() == 'none':
          arg_new_value = None
        elif arg_text.lower() == 'true':
          arg_new_value = True
        elif arg_text.lower() == 'false':
          arg_new_value = False
        else:
          arg_type = self.__annotations__[arg_name]
          if isinstance(arg_type, str):  # postponed annotations: resolve the string
            arg_type = eval(arg_type)
          if type(arg_type) is not type:  # support only Optional[T], where T is a basic type
            assert arg_type.__origin__ is Union
            arg_types = [t for t in arg_type.__args__ if t is not type(None)]
            assert len(arg_types) == 1
            arg_type = arg_types[0]
            assert type(arg_type) is type
          arg_new_value = arg_type(arg_text)
        setattr(self, arg_name, arg_new_value)
        arg_name = None


# ---- model.py
class EncoderRNN(nn.Module):

  def __init__(self, embed_size, hidden_size, bidi=True, *, rnn_drop: float=0):
    super(EncoderRNN, self).__init__()
    self.hidden_size = hidden_size
    self.num_directions = 2 if bidi else 1
    self.gru = nn.GRU(embed_size, hidden_size, bidirectional=bidi, dropout=rnn_drop)  # fix: no dropout= on a one-layer GRU (nn.Dropout on its output instead)

  def forward(self, embedded, hidden, input_lengths=None):
    if input_lengths is not None:
      embedded = pack_padded_sequence(embedded, input_lengths)

    output, hidden = self.gru(embedded, hidden)

    if input_lengths is not None:
      output, _ = pad_packed_sequence(output)

    if self.num_directions > 1:
      # hidden: (num directions, batch, hidden) => (1, batch, hidden * 2)
      batch_size = hidden.size(1)
      hidden = hidden.transpose(0, 1).contiguous().view(1, batch_size,
                                                        self.hidden_size * self.num_directions)
    return output, hidden

  def init_hidden(self, batch_size):
    return torch.zeros(self.num_directions, batch_size, self.hidden_size, device=DEVICE)


class DecoderRNN(nn.Module):

  def __init__(self, vocab_size, embed_size, hidden_size, *, enc_attn=True, out_embed_size=None,
               in_drop: float=0, rnn_drop: float=0, out_drop: float=0, enc_hidden_size=None):
    super(DecoderRNN, self).__init__()
    self.vocab_size = vocab_size
    self.hidden_size = hidden_size
    self.combined_size = self.hidden_size
    self.enc_attn = enc_attn
    self.out_embed_size = out_embed_size

    self.in_drop = nn.Dropout(in_drop) if in_drop > 0 else None
    self.gru = nn.GRU(embed_size, self.hidden_size, dropout=rnn_drop)

    if enc_attn:
      if not enc_hidden_size: enc_hidden_size = self.hidden_size
      self.enc_bilinear = nn.Bilinear(self.hidden_size, enc_hidden_size, 1)
      self.combined_size += enc_hidden_size

    self.out_drop = nn.Dropout(out_drop) if out_drop > 0 else None
    if self.out_embed_size:  # use pre_out layer
      self.pre_out = nn.Linear(self.combined_size, self.out_embed_size)
      size_before_output = self.out_embed_size
    else:  # don't use pre_out layer
      size_before_output = self.combined_size
    self.out = nn.Linear(size_before_output, vocab_size)

  def forward(self, embedded, hidden, encoder_states=None):
    batch_size = embedded.size(0)
    combined = torch.zeros(batch_size, self.combined_size, device=DEVICE)

    if self.in_drop: embedded = self.in_drop(embedded)

    output, hidden = self.gru(embedded.unsqueeze(0), hidden)  # unsqueeze and squeeze are necessary
    combined[:, :self.hidden_size] = output.squeeze(0)        # as RNN expects a 3D tensor (step=1)
    offset = self.hidden_size

    if self.enc_attn:
      num_enc_steps = encoder_states.size(0)
      enc_total_size = encoder_states.size(2)
      enc_energy = self.enc_bilinear(hidden.expand(num_enc_steps, batch_size, -1).contiguous(),
                                     encoder_states)
      enc_attn = F.softmax(enc_energy, dim=0).transpose(0, 1)
      enc_context = torch.bmm(encoder_states.permute(1, 2, 0), enc_attn)
      combined[:, offset:offset+enc_total_size] = enc_context.squeeze(2)
      offset += enc_total_size

    if self.out_drop: combined = self.out_drop(combined)
    out_embed = self.pre_out(combined) if self.out_embed_size else combined
    logits = self.out(out_embed)  # (batch size, vocab size)
    return F.log_softmax(logits, dim=1), hidden


class Seq2Seq(nn.Module):

  def __init__(self, params: Params):
    super(Seq2Seq, self).__init__()
    self.vocab_size = params.vocab_size
    self.embed_size = params.embed_size
    self.max_output_length = params.max_tgt_len
    enc_total_size = params.hidden_size * 2 if params.enc_bidi else params.hidden_size
    if params.dec_hidden_size:
      dec_hidden_size = params.dec_hidden_size
      self.enc_dec_adapter = nn.Linear(enc_total_size, dec_hidden_size)
    else:
      dec_hidden_size = enc_total_size
      self.enc_dec_adapter = None

    self.embedding = nn.Embedding(self.vocab_size, self.embed_size, padding_idx=0)
    self.encoder = EncoderRNN(self.embed_size, params.hidden_size, params.enc_bidi,
                              rnn_drop=params.enc_rnn_dropout)
    self.decoder = DecoderRNN(self.vocab_size, self.embed_size, dec_hidden_size,
                              enc_attn=params.enc_attn, out_embed_size=params.out_embed_size,
                              in_drop=params.dec_in_dropout, rnn_drop=params.dec_rnn_dropout,
                              out_drop=params.dec_out_dropout, enc_hidden_size=enc_total_size)

  def forward(self, input_tensor, input_lengths=None, target_length=5, sos=1):
    input_length, batch_size = input_tensor.size()
    encoder_embedded = self.embedding(input_tensor)
    encoder_hidden = self.encoder.init_hidden(batch_size)
    encoder_outputs, encoder_hidden = self.encoder(encoder_embedded, encoder_hidden, input_lengths)

    decoder_input = torch.tensor([sos] * batch_size, device=DEVICE)
    if self.enc_dec_adapter is None:
      decoder_hidden = encoder_hidden
    else:
      decoder_hidden = self.enc_dec_adapter(encoder_hidden)
    tokens = []
    for di in range(target_length):
      decoder_embedded = self.embedding(decoder_input)
      decoder_output, decoder_hidden = self.decoder(decoder_embedded, decoder_hidden, encoder_outputs)
      decoder_input = decoder_output.argmax(dim=1)
      tokens.append(decoder_input)
    return torch.stack(tokens)


# ---- train.py
def main(argv):
  p = Params()
  p.update(argv)
  model = Seq2Seq(p).to(DEVICE)
  src = torch.randint(2, p.vocab_size, (9, p.batch_size))
  lengths = sorted([9 - i % 4 for i in range(p.batch_size)], reverse=True)
  return model(src, lengths if p.pack_seq else None)


def probe():
  main(["--enc_rnn_dropout", "0.2", "--vocab_size", "50", "--hidden_size", "6",
        "--dec_hidden_size", "8", "--embed_size", "5", "--batch_size", "4", "--max_tgt_len", "3"])


if __name__ == "__main__":
  main(sys.argv[1:])

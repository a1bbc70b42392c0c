# source: https://github.com/RUCAIBox/TextBox/commit/5749f6d7f6017ba9f05a18bc1649fb4759f9e061
# rule: LC011
# torch: AttributeError: 'tuple' object has no attribute 'contiguous'
"""RUCAIBox/TextBox (textbox/module/Decoder/rnn_decoder.py, textbox/module/Encoder/rnn_encoder.py,
textbox/model/Seq2Seq/rnnencdec.py, textbox/properties/model/RNNEncDec.yaml): fa53529 ("FIX: bugs
in vanilla RNN Seq2Seq") made BasicRNNDecoder call `hidden_states.contiguous()` on the state it
is given, because RNNEncDec hands it the bidirectional encoder's state with every other row
taken (`encoder_states[::2]`, not contiguous). That is right for a GRU or RNN, whose state is
one tensor, but an LSTM's state is the (h, c) pair, so with rnn_type "lstm" and no attention the
first training batch fails in the decoder. 5749f6d ("FIX: bugs in RNN Decoder") calls
contiguous() only when the state is not a tuple. The config dict stands for TextBox's Config
(yaml + command line), Seq2SeqGenerator for the abstract base; generate() (beam search),
AttentionalRNNDecoder (its branch raises here) and the initialisation are left out."""
import torch
import torch.nn as nn


# textbox/module/Encoder/rnn_encoder.py
class BasicRNNEncoder(torch.nn.Module):
    r"""
    Basic Recurrent Neural Network (RNN) encoder.
    """

    def __init__(self, embedding_size, hidden_size, num_enc_layers, rnn_type, dropout_ratio, bidirectional=True):
        super(BasicRNNEncoder, self).__init__()

        self.rnn_type = rnn_type
        self.num_enc_layers = num_enc_layers
        self.hidden_size = hidden_size
        self.embedding_size = embedding_size
        self.bidirectional = bidirectional
        self.num_directions = 2 if self.bidirectional else 1

        if rnn_type == 'lstm':
            self.encoder = nn.LSTM(
                embedding_size,
                hidden_size,
                num_enc_layers,
                batch_first=True,
                dropout=dropout_ratio,
                bidirectional=bidirectional
            )
        elif rnn_type == 'gru':
            self.encoder = nn.GRU(
                embedding_size,
                hidden_size,
                num_enc_layers,
                batch_first=True,
                dropout=dropout_ratio,
                bidirectional=bidirectional
            )
        elif rnn_type == 'rnn':
            self.encoder = nn.RNN(
                embedding_size,
                hidden_size,
                num_enc_layers,
                batch_first=True,
                dropout=dropout_ratio,
                bidirectional=bidirectional
            )
        else:
            raise ValueError("The RNN type of encoder must be in ['lstm', 'gru', 'rnn'].")

    def init_hidden(self, input_embeddings):
        batch_size = input_embeddings.size(0)
        device = input_embeddings.device
        if self.rnn_type == 'lstm':
            h_0 = torch.zeros(self.num_enc_layers * self.num_directions, batch_size, self.hidden_size).to(device)
            c_0 = torch.zeros(self.num_enc_layers * self.num_directions, batch_size, self.hidden_size).to(device)
            hidden_states = (h_0, c_0)
            return hidden_states
        elif self.rnn_type == 'gru' or self.rnn_type == 'rnn':
            tp_vec = torch.zeros(self.num_enc_layers * self.num_directions, batch_size, self.hidden_size)
            return tp_vec.to(device)
        else:
            raise NotImplementedError("No such rnn type {} for initializing encoder states.".format(self.rnn_type))

    def forward(self, input_embeddings, input_length, hidden_states=None):
        if hidden_states is None:
            hidden_states = self.init_hidden(input_embeddings)

        packed_input_embeddings = torch.nn.utils.rnn.pack_padded_sequence(
            input_embeddings, input_length.cpu(), batch_first=True, enforce_sorted=False
        )

        outputs, hidden_states = self.encoder(packed_input_embeddings, hidden_states)

        outputs, outputs_length = torch.nn.utils.rnn.pad_packed_sequence(outputs, batch_first=True)
        return outputs, hidden_states


# textbox/module/Decoder/rnn_decoder.py
class BasicRNNDecoder(torch.nn.Module):
    r"""
    Basic Recurrent Neural Network (RNN) decoder.
    """

    def __init__(self, embedding_size, hidden_size, num_dec_layers, rnn_type, dropout_ratio=0.0):
        super(BasicRNNDecoder, self).__init__()
        self.rnn_type = rnn_type
        self.num_dec_layers = num_dec_layers
        self.hidden_size = hidden_size
        self.embedding_size = embedding_size

        if rnn_type == 'lstm':
            self.decoder = nn.LSTM(embedding_size, hidden_size, num_dec_layers, batch_first=True, dropout=dropout_ratio)
        elif rnn_type == "gru":
            self.decoder = nn.GRU(embedding_size, hidden_size, num_dec_layers, batch_first=True, dropout=dropout_ratio)
        elif rnn_type == "rnn":
            self.decoder = nn.RNN(embedding_size, hidden_size, num_dec_layers, batch_first=True, dropout=dropout_ratio)
        else:
            raise ValueError("The RNN type in decoder must in ['lstm', 'gru', 'rnn'].")

    def init_hidden(self, input_embeddings):
        batch_size = input_embeddings.size(0)
        device = input_embeddings.device
        if self.rnn_type == 'lstm':
            h_0 = torch.zeros(self.num_dec_layers, batch_size, self.hidden_size).to(device)
            c_0 = torch.zeros(self.num_dec_layers, batch_size, self.hidden_size).to(device)
            hidden_states = (h_0, c_0)
            return hidden_states
        elif self.rnn_type == 'gru' or self.rnn_type == 'rnn':
            return torch.zeros(self.num_dec_layers, batch_size, self.hidden_size).to(device)
        else:
            raise NotImplementedError("No such rnn type {} for initializing decoder states.".format(self.rnn_type))

    def forward(self, input_embeddings, hidden_states=None):
        if hidden_states is None:
            hidden_states = self.init_hidden(input_embeddings)

        hidden_states = hidden_states.contiguous()  # fix: if not isinstance(hidden_states, tuple): hidden_states = hidden_states.contiguous()
        outputs, hidden_states = self.decoder(input_embeddings, hidden_states)
        return outputs, hidden_states


# textbox/model/abstract_generator.py (stand-in)
class Seq2SeqGenerator(nn.Module):
    def __init__(self, config, dataset):
        super().__init__()
        self.device = config['device']
        self.source_vocab_size = dataset.source_vocab_size
        self.target_vocab_size = dataset.target_vocab_size


# textbox/model/Seq2Seq/rnnencdec.py
class RNNEncDec(Seq2SeqGenerator):
    r""" RNN-based Encoder-Decoder architecture is a basic framework for Seq2Seq text generation.
    """

    def __init__(self, config, dataset):
        super(RNNEncDec, self).__init__(config, dataset)

        # load parameters info
        self.embedding_size = config['embedding_size']
        self.hidden_size = config['hidden_size']
        self.num_enc_layers = config['num_enc_layers']
        self.num_dec_layers = config['num_dec_layers']
        self.rnn_type = config['rnn_type']
        self.bidirectional = config['bidirectional']
        self.dropout_ratio = config['dropout_ratio']
        self.attention_type = config['attention_type']
        self.alignment_method = config['alignment_method']
        self.strategy = config['decoding_strategy']

        if (self.strategy not in ['topk_sampling', 'greedy_search', 'beam_search']):
            raise NotImplementedError("{} decoding strategy not implemented".format(self.strategy))
        if (self.strategy == 'beam_search'):
            self.beam_size = config['beam_size']

        self.context_size = self.hidden_size
        self.padding_token_idx = dataset.padding_token_idx
        self.sos_token_idx = dataset.sos_token_idx
        self.eos_token_idx = dataset.eos_token_idx

        # define layers and loss
        self.source_token_embedder = nn.Embedding(
            self.source_vocab_size, self.embedding_size, padding_idx=self.padding_token_idx
        )

        if config['share_vocab']:
            self.target_token_embedder = self.source_token_embedder
        else:
            self.target_token_embedder = nn.Embedding(
                self.target_vocab_size, self.embedding_size, padding_idx=self.padding_token_idx
            )

        self.encoder = BasicRNNEncoder(
            self.embedding_size, self.hidden_size, self.num_enc_layers, self.rnn_type, self.dropout_ratio,
            self.bidirectional
        )

        if self.attention_type is not None:
            raise NotImplementedError("AttentionalRNNDecoder is left out of this file")
        else:
            self.decoder = BasicRNNDecoder(
                self.embedding_size, self.hidden_size, self.num_dec_layers, self.rnn_type, self.dropout_ratio
            )

        self.dropout = nn.Dropout(self.dropout_ratio)
        self.vocab_linear = nn.Linear(self.hidden_size, self.target_vocab_size)
        self.loss = nn.CrossEntropyLoss(ignore_index=self.padding_token_idx, reduction='none')

        self.max_target_length = dataset.max_target_length

    def forward(self, corpus, epoch_idx=0):
        source_text = corpus['source_idx']
        source_length = corpus['source_length']

        input_text = corpus['target_idx'][:, :-1]
        target_text = corpus['target_idx'][:, 1:]

        source_embeddings = self.source_token_embedder(source_text)
        input_embeddings = self.target_token_embedder(input_text)
        encoder_outputs, encoder_states = self.encoder(source_embeddings, source_length)

        if self.bidirectional:
            encoder_outputs = encoder_outputs[:, :, self.hidden_size:] + encoder_outputs[:, :, :self.hidden_size]
            if (self.rnn_type == 'lstm'):
                encoder_states = (encoder_states[0][::2], encoder_states[1][::2])
            else:
                encoder_states = encoder_states[::2]

        encoder_masks = torch.ne(source_text, self.padding_token_idx)

        if self.attention_type is not None:
            decoder_outputs, decoder_states, _ = self.decoder(
                input_embeddings, encoder_states, encoder_outputs, encoder_masks
            )
        else:
            decoder_outputs, decoder_states = self.decoder(input_embeddings, encoder_states)

        token_logits = self.vocab_linear(self.dropout(decoder_outputs))

        loss = self.loss(token_logits.view(-1, token_logits.size(-1)), target_text.contiguous().view(-1))
        loss = loss.reshape_as(target_text)

        length = corpus['target_length'] - 1
        loss = loss.sum(dim=1) / length.float()
        loss = loss.mean()
        return loss


class Dataset:
    source_vocab_size = target_vocab_size = 30
    padding_token_idx, sos_token_idx, eos_token_idx = 0, 1, 2
    max_target_length = 8


def probe():
    # textbox/properties/model/RNNEncDec.yaml with rnn_type: lstm and attention_type: ~
    config = {'embedding_size': 8, 'hidden_size': 16, 'num_enc_layers': 2, 'bidirectional': True,
              'num_dec_layers': 2, 'dropout_ratio': 0.2, 'rnn_type': 'lstm',
              'attention_type': None, 'alignment_method': 'concat', 'beam_size': 5,
              'decoding_strategy': 'beam_search', 'share_vocab': True,
              'device': torch.device('cpu')}
    model = RNNEncDec(config, Dataset())
    corpus = {'source_idx': torch.randint(3, 30, (3, 9)), 'source_length': torch.tensor([9, 7, 4]),
              'target_idx': torch.randint(3, 30, (3, 6)), 'target_length': torch.tensor([6, 6, 5])}
    loss = model(corpus)
    loss.backward()


if __name__ == "__main__":
    probe()

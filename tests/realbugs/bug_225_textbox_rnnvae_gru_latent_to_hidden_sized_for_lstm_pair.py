# source: https://github.com/RUCAIBox/TextBox/issues/110
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 3, 16), got [2, 3, 32]
"""RUCAIBox/TextBox (textbox/model/VAE/rnnvae.py, textbox/module/Encoder/rnn_encoder.py,
textbox/module/Decoder/rnn_decoder.py, textbox/properties/model/RNNVAE.yaml): RNNVAE maps the
latent code to the decoder's initial state with `latent_to_hidden`. For an LSTM it is sized
2 * hidden_size and chunked into h_0 and c_0; the GRU/RNN branch copied that size, so the GRU
decoder receives an initial state twice as wide as its hidden size and the first training batch
fails once the yaml's `rnn_type: "lstm"` is overridden with gru (issue 110, "Duplicate code in
RNNVAE.py"). 42061ec ("FIX: bugs") sizes the GRU/RNN branch `self.hidden_size`. The config dict
stands for TextBox's Config (yaml + command line), `dataset` for its token indices, and
UnconditionalGenerator for the abstract base; generate() and the initialisation are left out."""
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

    def forward(self, input_embeddings, hidden_states=None):
        # hidden_states = hidden_states.contiguous()
        outputs, hidden_states = self.decoder(input_embeddings, hidden_states)
        return outputs, hidden_states


# textbox/model/abstract_generator.py (stand-in)
class UnconditionalGenerator(nn.Module):
    def __init__(self, config, dataset):
        super().__init__()
        self.vocab_size = dataset.vocab_size
        self.device = config['device']


# textbox/model/VAE/rnnvae.py
class RNNVAE(UnconditionalGenerator):
    r"""LSTMVAE is the first text generation model with VAE,
     we modify its architecture to fit all RNN type, and rename it as RNNVAE
    """

    def __init__(self, config, dataset):
        super(RNNVAE, self).__init__(config, dataset)

        # load parameters info
        self.embedding_size = config['embedding_size']
        self.hidden_size = config['hidden_size']
        self.latent_size = config['latent_size']
        self.num_enc_layers = config['num_enc_layers']
        self.num_dec_layers = config['num_dec_layers']
        self.num_highway_layers = config['num_highway_layers']
        self.rnn_type = config['rnn_type']
        self.max_epoch = config['epochs']
        self.bidirectional = config['bidirectional']
        self.dropout_ratio = config['dropout_ratio']
        self.eval_generate_num = config['eval_generate_num']
        self.max_length = config['max_seq_length']

        self.num_directions = 2 if self.bidirectional else 1
        self.padding_token_idx = dataset.padding_token_idx
        self.sos_token_idx = dataset.sos_token_idx
        self.eos_token_idx = dataset.eos_token_idx

        # define layers and loss
        self.token_embedder = nn.Embedding(self.vocab_size, self.embedding_size, padding_idx=self.padding_token_idx)

        self.encoder = BasicRNNEncoder(
            self.embedding_size, self.hidden_size, self.num_enc_layers, self.rnn_type, self.dropout_ratio,
            self.bidirectional
        )
        self.decoder = BasicRNNDecoder(
            self.embedding_size, self.hidden_size, self.num_dec_layers, self.rnn_type, self.dropout_ratio
        )

        self.dropout = nn.Dropout(self.dropout_ratio)
        self.vocab_linear = nn.Linear(self.hidden_size, self.vocab_size)
        self.loss = nn.CrossEntropyLoss(ignore_index=self.padding_token_idx, reduction='none')

        if self.rnn_type == "lstm":
            self.hidden_to_mean = nn.Linear(self.num_directions * self.hidden_size, self.latent_size)
            self.hidden_to_logvar = nn.Linear(self.num_directions * self.hidden_size, self.latent_size)
            self.latent_to_hidden = nn.Linear(self.latent_size, 2 * self.hidden_size)
        elif self.rnn_type == 'gru' or self.rnn_type == 'rnn':
            self.hidden_to_mean = nn.Linear(self.num_directions * self.hidden_size, self.latent_size)
            self.hidden_to_logvar = nn.Linear(self.num_directions * self.hidden_size, self.latent_size)
            self.latent_to_hidden = nn.Linear(self.latent_size, 2 * self.hidden_size)  # fix: nn.Linear(self.latent_size, self.hidden_size)
        else:
            raise ValueError("No such rnn type {} for RNNVAE.".format(self.rnn_type))

    def calculate_loss(self, corpus, epoch_idx=0):
        input_text = corpus['target_idx'][:, :-1]
        target_text = corpus['target_idx'][:, 1:]
        input_length = corpus['target_length'] - 1
        batch_size = input_text.size(0)

        input_emb = self.token_embedder(input_text)
        _, hidden_states = self.encoder(input_emb, input_length)

        if self.rnn_type == "lstm":
            h_n, c_n = hidden_states
        elif self.rnn_type == 'gru' or self.rnn_type == 'rnn':
            h_n = hidden_states
        else:
            raise NotImplementedError("No such rnn type {} for RNNVAE.".format(self.rnn_type))

        if self.bidirectional:
            h_n = h_n.view(self.num_enc_layers, 2, batch_size, self.hidden_size)
            h_n = h_n[-1]
            h_n = torch.cat([h_n[0], h_n[1]], dim=1)
        else:
            h_n = h_n[-1]

        mean = self.hidden_to_mean(h_n)
        logvar = self.hidden_to_logvar(h_n)

        z = torch.randn([batch_size, self.latent_size]).to(self.device)
        z = mean + z * torch.exp(0.5 * logvar)

        hidden = self.latent_to_hidden(z)

        if self.rnn_type == "lstm":
            decoder_hidden = torch.chunk(hidden, 2, dim=-1)
            h_0 = decoder_hidden[0].unsqueeze(0).expand(self.num_dec_layers, -1, -1).contiguous()
            c_0 = decoder_hidden[1].unsqueeze(0).expand(self.num_dec_layers, -1, -1).contiguous()
            decoder_hidden = (h_0, c_0)
        else:
            decoder_hidden = hidden.unsqueeze(0).expand(self.num_dec_layers, -1, -1).contiguous()

        input_emb = self.dropout(input_emb)
        outputs, hidden_states = self.decoder(input_embeddings=input_emb, hidden_states=decoder_hidden)
        token_logits = self.vocab_linear(outputs)

        loss = self.loss(token_logits.view(-1, token_logits.size(-1)), target_text.contiguous().view(-1))
        loss = loss.reshape_as(target_text)

        length = corpus['target_length'] - 1
        loss = loss.sum(dim=1) / length.float()

        kld_coef = float(epoch_idx / self.max_epoch) + 1e-3
        kld = -0.5 * torch.sum(logvar - mean.pow(2) - logvar.exp() + 1, 1).mean()

        # gradually increase the kld weight
        loss = loss.mean() + kld_coef * kld
        return loss


class Dataset:
    vocab_size = 50
    padding_token_idx, sos_token_idx, eos_token_idx = 0, 1, 2


def probe():
    # textbox/properties/model/RNNVAE.yaml, with --rnn_type=gru on the command line
    config = {'embedding_size': 8, 'hidden_size': 16, 'latent_size': 4, 'rnn_type': 'gru',
              'num_highway_layers': 2, 'num_enc_layers': 2, 'num_dec_layers': 2,
              'bidirectional': True, 'dropout_ratio': 0.5, 'epochs': 50,
              'eval_generate_num': 5, 'max_seq_length': 10, 'device': torch.device('cpu')}
    model = RNNVAE(config, Dataset())
    corpus = {'target_idx': torch.randint(3, 50, (3, 7)),
              'target_length': torch.tensor([7, 5, 6])}
    loss = model.calculate_loss(corpus, epoch_idx=1)
    loss.backward()


if __name__ == "__main__":
    probe()

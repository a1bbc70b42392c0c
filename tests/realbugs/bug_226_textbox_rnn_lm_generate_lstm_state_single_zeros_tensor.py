# source: https://github.com/RUCAIBox/TextBox/commit/4a50ab4e9bf571c64d3a009ec98d8d7f3e0df967
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors
"""RUCAIBox/TextBox (textbox/model/LM/rnn.py, textbox/module/Decoder/rnn_decoder.py,
textbox/properties/model/RNN.yaml): the RNN language model's decoder is nn.LSTM, nn.GRU or
nn.RNN by `rnn_type` (the yaml says "gru"). Training lets the decoder build its own zero state,
but generate() starts every sample from `torch.zeros(num_dec_layers, 1, hidden_size)`, one
tensor: right for a GRU or RNN, while an LSTM needs the (h_0, c_0) pair, so generation fails
at its first step with rnn_type "lstm" (torch indexes the tensor as the pair and finds 2-D
slices). 4a50ab4 ("FIX: the bug in LSTM generation") passes `hidden_states = None`, leaving the
state to the decoder's init_hidden, which knows the pair. The config dict stands for TextBox's
Config (yaml + command line), UnconditionalGenerator for the abstract base and `eval_data` for
its vocabulary; the initialisation is left out."""
import torch
import torch.nn as nn
import torch.nn.functional as F


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
        if not isinstance(hidden_states, tuple):
            hidden_states = hidden_states.contiguous()
        outputs, hidden_states = self.decoder(input_embeddings, hidden_states)
        return outputs, hidden_states


# textbox/model/abstract_generator.py (stand-in)
class UnconditionalGenerator(nn.Module):
    def __init__(self, config, dataset):
        super().__init__()
        self.device = config['device']
        self.max_length = config['max_seq_length']
        self.vocab_size = dataset.vocab_size
        self.padding_token_idx = dataset.padding_token_idx
        self.sos_token_idx = dataset.sos_token_idx
        self.eos_token_idx = dataset.eos_token_idx


# textbox/model/LM/rnn.py
class RNN(UnconditionalGenerator):
    r""" Basic Recurrent Neural Network for Maximum Likelihood Estimation.
    """

    def __init__(self, config, dataset):
        super(RNN, self).__init__(config, dataset)

        # load parameters info
        self.embedding_size = config['embedding_size']
        self.hidden_size = config['hidden_size']
        self.num_dec_layers = config['num_dec_layers']
        self.rnn_type = config['rnn_type']
        self.dropout_ratio = config['dropout_ratio']

        # define layers and loss
        self.token_embedder = nn.Embedding(self.vocab_size, self.embedding_size, padding_idx=self.padding_token_idx)

        self.decoder = BasicRNNDecoder(
            self.embedding_size, self.hidden_size, self.num_dec_layers, self.rnn_type, self.dropout_ratio
        )

        self.dropout = nn.Dropout(self.dropout_ratio)
        self.vocab_linear = nn.Linear(self.hidden_size, self.vocab_size)

        self.loss = nn.CrossEntropyLoss(ignore_index=self.padding_token_idx, reduction='none')

    def generate(self, batch_data, eval_data):
        generate_corpus = []
        idx2token = eval_data.idx2token
        batch_size = len(batch_data['target_text'])

        for _ in range(batch_size):
            hidden_states = torch.zeros(self.num_dec_layers, 1, self.hidden_size).to(self.device)  # fix: hidden_states = None
            generate_tokens = []
            input_seq = torch.LongTensor([[self.sos_token_idx]]).to(self.device)
            for gen_idx in range(self.max_length):
                decoder_input = self.token_embedder(input_seq)
                outputs, hidden_states = self.decoder(decoder_input, hidden_states)
                token_logits = self.vocab_linear(outputs)
                token_probs = F.softmax(token_logits, dim=-1).squeeze()
                token_idx = torch.multinomial(token_probs, 1)[0].item()

                if token_idx == self.eos_token_idx:
                    break
                else:
                    generate_tokens.append(idx2token[token_idx])
                    input_seq = torch.LongTensor([[token_idx]]).to(self.device)
            generate_corpus.append(generate_tokens)
        return generate_corpus

    def forward(self, corpus, epoch_idx=-1, nll_test=False):
        input_text = corpus['target_idx'][:, :-1]
        target_text = corpus['target_idx'][:, 1:]
        input_embeddings = self.dropout(self.token_embedder(input_text))
        outputs, hidden_states = self.decoder(input_embeddings)

        token_logits = self.vocab_linear(outputs)
        token_logits = token_logits.view(-1, token_logits.size(-1))

        loss = self.loss(token_logits, target_text.contiguous().view(-1)).reshape_as(target_text)
        if (nll_test):
            loss = loss.sum(dim=1)
        else:
            length = corpus['target_length'] - 1
            loss = loss.sum(dim=1) / length.float()
        return loss.mean()


class Dataset:
    vocab_size = 20
    padding_token_idx, sos_token_idx, eos_token_idx = 0, 1, 2
    idx2token = ['<pad>', '<sos>', '<eos>'] + ['w%d' % i for i in range(17)]


def probe():
    # textbox/properties/model/RNN.yaml with --rnn_type=lstm, sizes scaled down
    config = {'embedding_size': 8, 'hidden_size': 16, 'num_dec_layers': 2,
              'dropout_ratio': 0.2, 'rnn_type': 'lstm', 'max_seq_length': 6,
              'device': torch.device('cpu')}
    model = RNN(config, Dataset())
    corpus = {'target_idx': torch.randint(3, 20, (3, 7)), 'target_length': torch.tensor([7, 5, 6])}
    model(corpus).backward()  # training: the decoder builds its own (h_0, c_0)
    model.eval()
    with torch.no_grad():
        generated = model.generate({'target_text': ['a b', 'c d']}, Dataset())
    assert len(generated) == 2


if __name__ == "__main__":
    probe()

# source: https://github.com/thunlp/OpenNRE/blob/8e42fd712f2ab01b48a7e7c4cb2bdea45ec6ff9a/opennre/module/nn/rnn.py
# rule: LC005
# torch: TypeError: hidden_size should be of type int, got: float
"""thunlp/OpenNRE at 8e42fd7 (opennre/module/nn/rnn.py, opennre/encoder/base_encoder.py): the
library's RNN module keeps the output width equal to `hidden_size` when bidirectional by giving
each direction half of it, but halves it with `hidden_size /= 2`, which makes a float; nn.RNN
rejects a float hidden_size, so every bidirectional RNN module fails at construction (the
default, unidirectional one works). Published since 2019 (nrekit, renamed opennre) and still at
HEAD; unreported. Confirmed with torch on the path a user takes: the module sized from
BaseEncoder's defaults (input 50 + 2 * 5, hidden 230), bidirectional=True. A fix halves with
`//=`. BaseEncoder is trimmed to its embeddings (no tokenizer or word2vec loading)."""
import torch
import torch.nn as nn


# opennre/module/nn/rnn.py
class RNN(nn.Module):

    def __init__(self, input_size=50, hidden_size=256, dropout=0, bidirectional=False, num_layers=1, activation_function="tanh"):
        """
        Args:
            input_size: dimention of input embedding
            hidden_size: hidden size
            dropout: dropout layer on the outputs of each RNN layer except the last layer
            bidirectional: if it is a bidirectional RNN
            num_layers: number of recurrent layers
            activation_function: the activation function of RNN, tanh/relu
        """
        super().__init__()
        if bidirectional:
            hidden_size /= 2  # fix: hidden_size //= 2
        self.rnn = nn.RNN(input_size, 
                          hidden_size, 
                          num_layers, 
                          nonlinearity=activation_function, 
                          dropout=dropout, 
                          bidirectional=bidirectional)

    def forward(self, x):
        """
        Args:
            input features: (B, L, I_EMBED)           
        Return:
            output features: (B, L, H_EMBED)
        """
        # Check size of tensors
        x = x.transpose(0, 1) # (L, B, I_EMBED)
        x, h = self.rnn(x) # (L, B, H_EMBED)
        x = x.transpose(0, 1) # (B, L, I_EMBED)
        return x


# opennre/encoder/base_encoder.py (embeddings only)
class BaseEncoder(nn.Module):

    def __init__(self, 
                 token2id, 
                 max_length=128, 
                 hidden_size=230, 
                 word_size=50,
                 position_size=5,
                 blank_padding=True,
                 word2vec=None,
                 mask_entity=False):
        super().__init__()
        self.token2id = token2id
        self.max_length = max_length
        self.num_token = len(token2id)
        self.num_position = max_length * 2
        self.mask_entity = mask_entity

        self.word_size = word_size
        self.position_size = position_size
        self.hidden_size = hidden_size
        self.input_size = word_size + position_size * 2
        self.blank_padding = blank_padding

        if not '[UNK]' in self.token2id:
            self.token2id['[UNK]'] = len(self.token2id)
            self.num_token += 1
        if not '[PAD]' in self.token2id:
            self.token2id['[PAD]'] = len(self.token2id)
            self.num_token += 1

        # Word embedding
        self.word_embedding = nn.Embedding(self.num_token, self.word_size)

        # Position Embedding
        self.pos1_embedding = nn.Embedding(2 * max_length, self.position_size, padding_idx=0)
        self.pos2_embedding = nn.Embedding(2 * max_length, self.position_size, padding_idx=0)

    def embed(self, token, pos1, pos2):
        return torch.cat([self.word_embedding(token),
                          self.pos1_embedding(pos1),
                          self.pos2_embedding(pos2)], 2)  # (B, L, EMBED)


def probe():
    token2id = {'the': 0, 'capital': 1, 'of': 2, 'france': 3, 'is': 4, 'paris': 5}
    encoder = BaseEncoder(token2id, max_length=16)
    rnn = RNN(input_size=encoder.input_size, hidden_size=encoder.hidden_size,
              bidirectional=True)
    token = torch.randint(0, encoder.num_token, (2, 16))
    pos1 = torch.randint(1, 32, (2, 16))
    pos2 = torch.randint(1, 32, (2, 16))
    out = rnn(encoder.embed(token, pos1, pos2))
    assert out.shape == (2, 16, encoder.hidden_size)


if __name__ == "__main__":
    probe()

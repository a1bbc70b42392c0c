# source: https://github.com/yuewang-cuhk/HashtagGeneration/issues/1
# rule: LC009
# torch: TypeError: expected Tensor as element 0 in argument 0, but got tuple
"""HashtagGeneration's bidirectional attention encoder (onmt/Models.py, an OpenNMT-py derivative):
the post and the conversation are each run through the same stacked RNN, and the two final
states are merged with combine_hidden(torch.cat([src_hidden, ans_hidden], dim=-1)). The rest of
the encoder already branches on rnn_type ("if self.rnn_type == 'LSTM': ... tuple(...)"), but this
merge treats the state as one tensor: with -rnn_type LSTM it is the pair (h, c), and training
stops at that line ("Getting error for LSTM training")."""
import torch
import torch.nn as nn


class BiAttEncoder(nn.Module):
    def __init__(self, rnn_type, bidirectional, num_layers, hidden_size, embeddings):
        super(BiAttEncoder, self).__init__()
        num_directions = 2 if bidirectional else 1
        assert hidden_size % num_directions == 0
        hidden_size = hidden_size // num_directions
        self.rnn_type = rnn_type
        self.embeddings = embeddings
        self.src_rnn_list = nn.ModuleList([
            getattr(nn, rnn_type)(input_size=embeddings.embedding_dim if i == 0 else 2 * hidden_size,
                                  hidden_size=hidden_size, num_layers=1,
                                  bidirectional=bidirectional)
            for i in range(num_layers)])
        self.combine_output = nn.Linear(4 * hidden_size, 2 * hidden_size)
        self.combine_hidden = nn.Linear(2 * hidden_size, hidden_size)

    def forward(self, src, conversation):
        src_input = self.embeddings(src)
        ans_input = self.embeddings(conversation)
        hidden = None
        for layer_idx in range(len(self.src_rnn_list)):
            src_rnn = self.src_rnn_list[layer_idx]
            src_outputs, src_hidden = src_rnn(src_input, hidden)
            ans_outputs, ans_hidden = src_rnn(ans_input, hidden)
            outputs = self.combine_output(torch.cat([torch.cat([src_outputs, src_outputs], -1),
                                                     torch.cat([ans_outputs, ans_outputs], -1)], dim=0))
            hidden = self.combine_hidden(torch.cat([src_hidden, ans_hidden], dim=-1))  # fix: an LSTM's state is (h, c): merge each, tuple(self.combine_hidden(torch.cat([s, a], -1)) for s, a in zip(src_hidden, ans_hidden))
        return hidden, outputs


def probe():
    opt = {"rnn_type": "LSTM", "brnn": True, "enc_layers": 1, "rnn_size": 16, "word_vec_size": 12}
    encoder = BiAttEncoder(opt["rnn_type"], opt["brnn"], opt["enc_layers"], opt["rnn_size"],
                           nn.Embedding(40, opt["word_vec_size"]))
    encoder(torch.randint(0, 40, (9, 3)), torch.randint(0, 40, (6, 3)))


if __name__ == "__main__":
    probe()

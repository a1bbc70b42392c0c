# source: https://github.com/zy1996code/nlp_basic_model/issues/1
# rule: LC007
# torch: RuntimeError: Expected size for first two dimensions of batch2 tensor to be: [3, 10] but got: [6, 5].
"""nlp_basic_model's BiLSTM with attention (after nlp-tutorial's Bi-LSTM(Attention)): the outputs
of the bidirectional LSTM are (batch, len, 2 * n_hidden), and the attention query is made from
the final state with final_state.view(-1, n_hidden, 1), one direction's width; the view turns the
(2, batch, n_hidden) state into (2 * batch, n_hidden, 1) and the bmm against the outputs fails:
"Why do you use .view(-1, n_hidden, 1)? ... The shape of lstm_output is [batchsize, len_seq,
2*n_hidden]"."""
import torch
import torch.nn as nn
import torch.nn.functional as F

embedding_dim = 2
n_hidden = 5
num_classes = 2

sentences = ["i love you", "he loves me", "she likes baseball"]
labels = [1, 1, 1]
word_list = " ".join(sentences).split()
word_list = list(set(word_list))
word_dict = {w: i for i, w in enumerate(word_list)}
vocab_size = len(word_dict)


class BiLSTM_Attention(nn.Module):
    def __init__(self):
        super(BiLSTM_Attention, self).__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, n_hidden, bidirectional=True)
        self.out = nn.Linear(n_hidden * 2, num_classes)

    # lstm_output : [batch_size, n_step, n_hidden * num_directions(=2)]
    def attention_net(self, lstm_output, final_state):
        hidden = final_state.view(-1, n_hidden, 1)  # fix: the query must be as wide as the outputs, both directions: torch.cat((final_state[0], final_state[1]), 1).unsqueeze(2)
        attn_weights = torch.bmm(lstm_output, hidden).squeeze(2)  # attn_weights : [batch_size, n_step]
        soft_attn_weights = F.softmax(attn_weights, 1)
        context = torch.bmm(lstm_output.transpose(1, 2), soft_attn_weights.unsqueeze(2)).squeeze(2)
        return context, soft_attn_weights.data

    def forward(self, X):
        input = self.embedding(X)  # input : [batch_size, len_seq, embedding_dim]
        input = input.permute(1, 0, 2)  # input : [len_seq, batch_size, embedding_dim]
        hidden_state = torch.zeros(1 * 2, len(X), n_hidden)
        cell_state = torch.zeros(1 * 2, len(X), n_hidden)
        output, (final_hidden_state, final_cell_state) = self.lstm(input, (hidden_state, cell_state))
        output = output.permute(1, 0, 2)  # output : [batch_size, len_seq, n_hidden * 2]
        attn_output, attention = self.attention_net(output, final_hidden_state)
        return self.out(attn_output), attention


def probe():
    model = BiLSTM_Attention()
    inputs = torch.LongTensor([[word_dict[n] for n in sen.split()] for sen in sentences])
    output, attention = model(inputs)


if __name__ == "__main__":
    probe()

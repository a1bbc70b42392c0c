# source: https://github.com/chenyangh/SemEval2019Task3/blob/HEAD/model/hrlce.py
"""SemEval2019Task3's HierarchicalPredictor: a two-layer bidirectional, batch_first LSTM over a
packed batch; init_hidden(x) builds (2 * num_layers, x.size(0), hidden) in a branch on
self.bidirectional, and the heads take directions * hidden plus the emoji features. Sorting,
packing and the branch make it look like a state or a head gone wrong; it runs. (TorchMoji is
stood in for by a Linear of its 2304 outputs; ELMo is off, as in the non-ELMo configuration.)"""
import torch
import torch.nn as nn
import torch.nn.functional as F

NUM_EMO = 4


class HierarchicalPredictor(nn.Module):
    def __init__(self, embedding_dim, hidden_dim, vocab_size, USE_ELMO=False):
        super(HierarchicalPredictor, self).__init__()
        self.SENT_LSTM_DIM = hidden_dim
        self.bidirectional = True
        self.sent_lstm_directions = 2 if self.bidirectional else 1
        self.deepmoji_model = nn.Linear(16, 2304)
        self.deepmoji_dim = 2304
        self.elmo_dim = 1024
        self.num_layers = 2
        self.use_elmo = USE_ELMO
        if not self.use_elmo:
            self.elmo_dim = 0
        self.a_lstm = nn.LSTM(embedding_dim + self.elmo_dim, hidden_dim, num_layers=self.num_layers,
                              batch_first=True, bidirectional=self.bidirectional, dropout=0.2)
        self.embeddings = nn.Embedding(vocab_size, embedding_dim, padding_idx=0)
        self.drop_out = nn.Dropout(0.2)
        self.out2label = nn.Linear(self.sent_lstm_directions * hidden_dim + self.deepmoji_dim, NUM_EMO)

    def init_hidden(self, x):
        batch_size = x.size(0)
        if self.bidirectional:
            h0 = torch.zeros(2 * self.num_layers, batch_size, self.SENT_LSTM_DIM)
            c0 = torch.zeros(2 * self.num_layers, batch_size, self.SENT_LSTM_DIM)
        else:
            h0 = torch.zeros(1 * self.num_layers, batch_size, self.SENT_LSTM_DIM)
            c0 = torch.zeros(1 * self.num_layers, batch_size, self.SENT_LSTM_DIM)
        return (h0, c0)

    @staticmethod
    def sort_batch(batch, lengths):
        seq_lengths, perm_idx = lengths.sort(0, descending=True)
        seq_tensor = batch[perm_idx]
        rever_sort = [0] * len(seq_lengths)
        for i, l in enumerate(perm_idx.tolist()):
            rever_sort[l] = i
        return seq_tensor, seq_lengths, rever_sort, perm_idx

    def lstm_forward(self, x, x_len, lstm, hidden=None):
        x, x_len_sorted, reverse_idx, perm_idx = self.sort_batch(x, x_len.view(-1))
        max_len = int(x_len_sorted[0])
        emb_x = self.drop_out(self.embeddings(x))[:, :max_len, :]
        packed_input = nn.utils.rnn.pack_padded_sequence(emb_x, x_len_sorted.tolist(), batch_first=True)
        if hidden is None:
            hidden = self.init_hidden(x)
        packed_output, hidden = lstm(packed_input, hidden)
        output, unpacked_len = nn.utils.rnn.pad_packed_sequence(packed_output, batch_first=True)
        seq_len = torch.LongTensor(unpacked_len).view(-1, 1, 1).expand(output.size(0), 1, output.size(2))
        output = torch.gather(output, 1, seq_len - 1).squeeze(1)
        return output[reverse_idx], (hidden[0][:, reverse_idx, :], hidden[1][:, reverse_idx, :])

    def forward(self, a, a_len, a_emoji):
        a_out, a_hidden = self.lstm_forward(a, a_len, self.a_lstm)
        a_emoji = F.relu(self.deepmoji_model(a_emoji))
        a_out = torch.cat((a_out, a_emoji), dim=1)
        return self.out2label(a_out)


def probe():
    model = HierarchicalPredictor(embedding_dim=12, hidden_dim=10, vocab_size=50)
    a = torch.randint(1, 50, (3, 7))
    a_len = torch.tensor([7, 4, 5])
    assert model(a, a_len, torch.randn(3, 16)).shape == (3, NUM_EMO)


if __name__ == "__main__":
    probe()

# source: https://github.com/jungomi/math-formula-recognition/issues/26
# rule: LC009
# torch: RuntimeError: For batched 3-D input, hx and cx should also be 3-D but got (2-D, 3-D) tensors
"""A formula-recognition decoder switched from a GRU to an LSTM: the decoder's cell states come
from init_hidden() as (1, B, H), but the training loop still starts the hidden state the way the
GRU cell wanted it, (B, H), and hands it to the LSTM next to the 3-D cell state."""
import torch
import torch.nn as nn

hidden_size = 16
embedding_dim = 12
device = torch.device("cpu")


class Decoder(nn.Module):
    def __init__(self, num_classes, hidden_size=256, embedding_dim=256, device=device):
        super(Decoder, self).__init__()
        self.embedding = nn.Embedding(num_classes, embedding_dim)
        self.lstm1 = nn.LSTM(input_size=embedding_dim, hidden_size=hidden_size, batch_first=True)
        self.out = nn.Linear(hidden_size, num_classes)
        self.hidden_size = hidden_size
        self.device = device
        self.c_1 = None

    def init_hidden(self, batch_size):
        return torch.zeros((1, batch_size, self.hidden_size))

    def reset_cells(self, batch_size):
        self.c_1 = self.init_hidden(batch_size).to(self.device)

    def reset(self, batch_size):
        self.reset_cells(batch_size)

    # Unsqueeze and squeeze are used to add and remove the seq_len dimension,
    # which is always 1 since only the previous symbol is provided, not a sequence.
    def forward(self, x, hidden):
        if self.c_1 is None:
            self.reset_cells(x.size(0))
        embedded = self.embedding(x)
        pred, (new_hidden, self.c_1) = self.lstm1(embedded, (hidden, self.c_1))
        return self.out(pred.squeeze(1)), new_hidden


def run_batch(decoder, expected, batch_size, max_len=4):
    decoder.reset(batch_size)
    hidden = torch.zeros((batch_size, hidden_size))  # fix: the LSTM wants (1, batch, hidden): decoder.init_hidden(batch_size)
    sequence = torch.zeros((batch_size, 1), dtype=torch.long)
    for i in range(max_len):
        out, hidden = decoder(sequence, hidden)
        _, top1_id = torch.topk(out, 1)
        sequence = top1_id
    return out


def probe():
    decoder = Decoder(30, hidden_size=hidden_size, embedding_dim=embedding_dim)
    run_batch(decoder, torch.zeros((4, 5), dtype=torch.long), batch_size=4)


if __name__ == "__main__":
    probe()

# source: https://github.com/danilopsss/CSCK507_NaturalLanguageProcessingAndUnderstanding/commit/36329b9b8591d9b1566817b45006362c4fc10a8e
"""CSCK507 chatbot (danilopsss/CSCK507_NaturalLanguageProcessingAndUnderstanding, "Changes for
Luong attention"): a bidirectional GRU encoder whose two final directions are merged by
`Linear(hid_dim * 2, hid_dim)` into a (1, batch, hid) state; a Luong attention that projects the
(src_len, batch, 2 * enc_hid) outputs to the decoder's width and returns a (1, batch, 2 * enc_hid)
context; a decoder GRU sized `emb_dim + enc_hid_dim * 2` for `cat((embedded, context), dim=2)`, fed
one step at a time, its state handed back each step. The script builds
`Decoder(vocab_size, DEC_EMB_DIM, DEC_HID_DIM, ENC_HID_DIM)` against the signature
`(vocab_size, emb_dim, enc_hid_dim, dec_hid_dim)`: the two sizes are swapped, and both are 256,
so every shape agrees. Time-first batches from the collate function."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset

device = torch.device("cpu")


class ChatDataset(Dataset):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, idx):
        return self.data[idx]

    def __len__(self):
        return len(self.data)


# collate zips source and target tokens from padded data into seq_len, batch_size tensors.
def collate_fn(batch):
    srcs, tgts = zip(*batch)
    src_tensor = torch.tensor(srcs, dtype=torch.long).transpose(0, 1)
    tgt_tensor = torch.tensor(tgts, dtype=torch.long).transpose(0, 1)
    return src_tensor.to(device), tgt_tensor.to(device)


# Encoder class - Processes sequence in both directions
class Encoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, hid_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.rnn = nn.GRU(emb_dim, hid_dim, bidirectional=True)
        self.fc = nn.Linear(hid_dim * 2, hid_dim)  # linear layer combines both directions
        self.dropout = nn.Dropout(0.3)

    def forward(self, src):
        embedded = self.embedding(src)  # [src_len, batch_size, emb_dim]
        outputs, hidden = self.rnn(embedded)
        hidden = torch.tanh(self.fc(torch.cat((hidden[-2], hidden[-1]), dim=1))).unsqueeze(0)  # merge both directions
        return outputs, hidden


class LuongAttention(nn.Module):
    def __init__(self, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.attn = nn.Linear(enc_hid_dim * 2, dec_hid_dim)  # maps encoder output to the decoder's hidden size
        self.dropout = nn.Dropout(0.3)

    def forward(self, hidden, encoder_outputs):
        hidden = hidden.squeeze(0)  # remove time from hidden state
        encoder_outputs = encoder_outputs.permute(1, 0, 2)
        energy = self.attn(encoder_outputs)
        scores = torch.bmm(energy, hidden.unsqueeze(2))
        attn_weights = F.softmax(scores, dim=1)
        context = torch.bmm(attn_weights.transpose(1, 2), encoder_outputs)
        return context.transpose(0, 1)  # [1, batch_size, 2 * enc_hid_dim]


# Decoder - Assumes BiRNN encoder
class Decoder(nn.Module):
    def __init__(self, vocab_size, emb_dim, enc_hid_dim, dec_hid_dim):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, emb_dim)
        self.attn = LuongAttention(enc_hid_dim, dec_hid_dim)
        self.rnn = nn.GRU(emb_dim + enc_hid_dim * 2, dec_hid_dim)
        self.fc = nn.Linear(dec_hid_dim + enc_hid_dim * 2, vocab_size)

    def forward(self, input, hidden, encoder_outputs):
        input = input.unsqueeze(0)  # add time dimension
        embedded = self.embedding(input)  # [1, batch_size, emb_dim]
        context = self.attn(hidden, encoder_outputs)
        rnn_input = torch.cat((embedded, context), dim=2)
        output, hidden = self.rnn(rnn_input, hidden)
        output = self.fc(torch.cat((output, context), dim=2).squeeze(0))
        return output, hidden


def train(encoder, decoder, loader, optimizer, criterion, n_epochs=2, teacher_forcing_ratio=0.5):
    for epoch in range(n_epochs):
        encoder.train()
        decoder.train()
        for src_batch, tgt_batch in loader:
            optimizer.zero_grad()
            enc_outputs, enc_hidden = encoder(src_batch)
            dec_input = tgt_batch[0, :]
            dec_hidden = enc_hidden
            loss = 0
            for t in range(1, tgt_batch.size(0)):
                dec_output, dec_hidden = decoder(dec_input, dec_hidden, enc_outputs)
                loss += criterion(dec_output, tgt_batch[t])
                teacher_force = random.random() < teacher_forcing_ratio
                top1 = dec_output.argmax(1)
                dec_input = tgt_batch[t] if teacher_force else top1
            loss.backward()
            torch.nn.utils.clip_grad_norm_(encoder.parameters(), 1.0)
            torch.nn.utils.clip_grad_norm_(decoder.parameters(), 1.0)
            optimizer.step()


def probe():
    vocab_size = 50
    ENC_EMB_DIM = 128
    DEC_EMB_DIM = 128
    ENC_HID_DIM = 256
    DEC_HID_DIM = 256
    encoder = Encoder(vocab_size, ENC_EMB_DIM, ENC_HID_DIM).to(device)
    decoder = Decoder(vocab_size, DEC_EMB_DIM, DEC_HID_DIM, ENC_HID_DIM).to(device)
    optimizer = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
    criterion = nn.CrossEntropyLoss(ignore_index=0)
    pairs = [([1] + [random.randint(4, vocab_size - 1) for _ in range(6)] + [2],
              [1] + [random.randint(4, vocab_size - 1) for _ in range(5)] + [2]) for _ in range(6)]
    loader = DataLoader(ChatDataset(pairs), batch_size=4, shuffle=True, collate_fn=collate_fn)
    train(encoder, decoder, loader, optimizer, criterion)


if __name__ == "__main__":
    probe()

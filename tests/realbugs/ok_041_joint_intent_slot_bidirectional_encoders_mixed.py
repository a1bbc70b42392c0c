# source: https://github.com/ray075hl/Bi-Model-Intent-And-Slot/blob/HEAD/model.py
"""Bi-Model intent detection and slot filling: two bidirectional encoders (2 * hidden outputs),
each decoder concatenates both encoders' outputs (4 * hidden), mixes them down with
nn.Linear(hidden * 4, hidden * 2) into a unidirectional LSTM(hidden * 2, hidden), and the intent
head reads last_state[0].squeeze(0). The sizes double and halve along the way; they agree."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class IntentEncoder(nn.Module):
    def __init__(self, input_size, embedding_size, hidden_size):
        super(IntentEncoder, self).__init__()
        self.embedding = nn.Embedding(input_size, embedding_size)
        self.lstm = nn.LSTM(embedding_size, hidden_size, 1, batch_first=True, bidirectional=True)

    def forward(self, x):
        x, _ = self.lstm(self.embedding(x))
        return x


class IntentDecoder(nn.Module):
    def __init__(self, hidden_size, num_of_intent):
        super(IntentDecoder, self).__init__()
        self.decoder = nn.LSTM(hidden_size * 2, hidden_size, 1, batch_first=True)
        self.classifier = nn.Linear(hidden_size, num_of_intent)
        self.mix = nn.Linear(hidden_size * 4, hidden_size * 2)

    def forward(self, hi, hs):
        h = torch.cat((hi, hs), dim=-1)
        x = F.relu(self.mix(h))
        _, last_state = self.decoder(x)
        return self.classifier(last_state[0].squeeze(0))


class SlotDecoder(nn.Module):
    def __init__(self, hidden_size, num_of_slot):
        super(SlotDecoder, self).__init__()
        self.decoder = nn.LSTM(hidden_size * 2, hidden_size, 1, batch_first=True)
        self.classifier = nn.Linear(hidden_size, num_of_slot)
        self.mix = nn.Linear(hidden_size * 4, hidden_size * 2)

    def forward(self, hs, hi):
        h = torch.cat((hs, hi), dim=-1)
        x = F.relu(self.mix(h))
        slot_hidden, _ = self.decoder(x)
        return self.classifier(slot_hidden)


def probe():
    vocab, emb, hidden = 60, 16, 12
    intent_enc, slot_enc = IntentEncoder(vocab, emb, hidden), IntentEncoder(vocab, emb, hidden)
    intent_dec, slot_dec = IntentDecoder(hidden, 7), SlotDecoder(hidden, 9)
    x = torch.randint(0, vocab, (4, 10))
    hi, hs = intent_enc(x), slot_enc(x)
    assert intent_dec(hi, hs).shape == (4, 7)
    assert slot_dec(hs, hi).shape == (4, 10, 9)


if __name__ == "__main__":
    probe()

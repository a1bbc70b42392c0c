# source: https://github.com/JulesBelveze/text-summarizer/commit/6dfaebca57d0681dd3085b44311ec7f88a872e50
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 16, 32), got [1, 16, 32]
"""text-summarizer (model.py), "Feature/bidirec encoder (#9)": "fix: init hidden state and
bidirectionnal encoder". The encoder LSTM became bidirectional and its forward started taking an
explicit initial state from init_hidden(), which still made one layer's worth of states
(self.num_layer, batch_size, hidden_dim); the fix multiplied the first dim by 2 for the two
directions. Sizes are module-level settings (vars.py); Seq2seqAttention builds the null state at
every batch and joins the two final directions for the decoder, whose LSTM is hidden_dim * 2 wide."""
import random

import torch
import torch.nn as nn

# vars.py
device = torch.device("cpu")
hidden_dim = 32
voc_size = 200
MAX_LEN_HIGHLIGHT = 6
batch_size = 16


class Encoder(nn.Module):
    def __init__(self):
        super(Encoder, self).__init__()
        self.num_layer = 1
        self.embeddings = nn.Embedding(num_embeddings=voc_size, embedding_dim=hidden_dim)
        self.lstm = nn.LSTM(
            input_size=hidden_dim,
            hidden_size=hidden_dim,
            num_layers=1,
            bidirectional=True,
            batch_first=True
        )

    def init_hidden(self):
        return (torch.zeros(self.num_layer, batch_size, hidden_dim, dtype=torch.float, device=device),  # fix: 2 * self.num_layer for the two directions
                torch.zeros(self.num_layer, batch_size, hidden_dim, dtype=torch.float, device=device))

    def forward(self, input, state):
        embedded = self.embeddings(input)
        output, (hidden, cell) = self.lstm(embedded, state)
        return output, (hidden, cell)


class AttnDecoder(nn.Module):
    def __init__(self):
        super(AttnDecoder, self).__init__()
        self.embeddings = nn.Embedding(num_embeddings=voc_size, embedding_dim=hidden_dim)
        self.lstm = nn.LSTM(input_size=hidden_dim, hidden_size=hidden_dim * 2, num_layers=1,
                            bidirectional=False, batch_first=True)
        self.W = nn.Sequential(nn.Linear(hidden_dim * 4, hidden_dim * 2), nn.Tanh(),
                               nn.Linear(hidden_dim * 2, 1, bias=False))
        self.fc = nn.Linear(in_features=hidden_dim * 4, out_features=voc_size)
        self.softmax = nn.Softmax(dim=1)
        self.logsoftmax = nn.LogSoftmax(dim=1)

    def forward(self, input, decoder_hidden, cell, encoder_outputs):
        (b, t_k, n) = encoder_outputs.shape
        embedded = self.embeddings(input).unsqueeze(1)
        _, (decoder_hidden, cell) = self.lstm(embedded, (decoder_hidden, cell))
        decoder_hidden_expanded = decoder_hidden.permute(1, 0, 2).expand(b, t_k, n).contiguous()
        att_features = torch.cat((decoder_hidden_expanded, encoder_outputs), 2)
        a_t = self.softmax(self.W(att_features).squeeze(2))
        a_applied = torch.bmm(a_t.unsqueeze(1), encoder_outputs).squeeze(1)
        s_t_h_t = torch.cat((decoder_hidden.squeeze(0), a_applied), 1)
        return self.logsoftmax(self.fc(s_t_h_t)), (decoder_hidden, cell)


class Seq2seqAttention(nn.Module):
    def __init__(self, encoder, decoder):
        super(Seq2seqAttention, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, input, target):
        null_state_encoder = self.encoder.init_hidden()
        encoder_output, (encoder_hidden, encoder_cell) = self.encoder(input, null_state_encoder)

        encoder_l, encoder_r = encoder_hidden[0], encoder_hidden[1]
        encoder_hidden = torch.cat((encoder_l, encoder_r), 1).unsqueeze(0)
        cell_l, cell_r = encoder_cell[0], encoder_cell[1]
        encoder_cell = torch.cat((cell_l, cell_r), 1).unsqueeze(0)

        decoder_input = torch.tensor([2] * batch_size, dtype=torch.long, device=device)
        decoder_hidden, decoder_cell = encoder_hidden, encoder_cell
        batch_output = torch.Tensor().to(device)
        for i in range(MAX_LEN_HIGHLIGHT):
            decoder_output, (decoder_hidden, decoder_cell) = self.decoder(
                decoder_input, decoder_hidden, decoder_cell, encoder_output)
            batch_output = torch.cat((batch_output, decoder_output.unsqueeze(1)), 1)
            if random.uniform(0, 1) > .5 and self.training:
                decoder_input = target[:, i]
            else:
                decoder_input = decoder_output.argmax(dim=1)
        return batch_output


def train(model, stories, highlights):
    optimizer = torch.optim.Adagrad(model.parameters(), lr=0.15)
    criterion = nn.NLLLoss()
    output = model(stories, highlights)
    loss = criterion(output.reshape(-1, voc_size), highlights[:, :MAX_LEN_HIGHLIGHT].reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()


def probe():
    model = Seq2seqAttention(Encoder(), AttnDecoder()).to(device)
    stories = torch.randint(4, voc_size, (batch_size, 30))
    highlights = torch.randint(4, voc_size, (batch_size, MAX_LEN_HIGHLIGHT))
    train(model, stories, highlights)


if __name__ == "__main__":
    probe()

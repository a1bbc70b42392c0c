# source: https://github.com/JulesBelveze/text-summarizer/blob/00dfa95dab93fc1f0924b6df37ee2d0eae930a3e/model.py
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 5, 32), got [2, 16, 32]
"""text-summarizer (model.py and main.py at 00dfa95, the repository's last commit): the pointer
generator builds the encoder's initial state from the module-level batch_size of vars.py, while
main.py's DataLoaders are made without drop_last. Any split whose size is not a multiple of 16
ends on a shorter batch, and the encoder LSTM refuses the 16-row state there. Found by reading
the code (no thread reports it): the state's batch dim should come from the input, as the
start-token tensor's should."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, Dataset

# vars.py
device = torch.device("cpu")
hidden_dim = 32
voc_size = 200
MAX_LEN_STORY = 30
MAX_LEN_HIGHLIGHT = 6
batch_size = 16
lr = 0.15


class Articles(Dataset):
    """utils/data.py: stories and highlights already turned into ids."""

    def __init__(self, n_articles):
        g = torch.Generator().manual_seed(0)
        self.stories = torch.randint(4, voc_size, (n_articles, MAX_LEN_STORY), generator=g)
        self.highlights = torch.randint(4, voc_size, (n_articles, MAX_LEN_HIGHLIGHT), generator=g)

    def __len__(self):
        return len(self.stories)

    def __getitem__(self, idx):
        return self.stories[idx], self.highlights[idx]


class Encoder(nn.Module):
    def __init__(self):
        super(Encoder, self).__init__()
        self.num_layer = 1
        self.embeddings = nn.Embedding(num_embeddings=voc_size, embedding_dim=hidden_dim)
        self.lstm = nn.LSTM(input_size=hidden_dim, hidden_size=hidden_dim, num_layers=1,
                            bidirectional=True, batch_first=True)

    def init_hidden(self):
        return (torch.zeros(2 * self.num_layer, batch_size, hidden_dim, dtype=torch.float, device=device),  # fix: the batch dim of the input, not vars.batch_size
                torch.zeros(2 * self.num_layer, batch_size, hidden_dim, dtype=torch.float, device=device))

    def forward(self, input, state):
        embedded = self.embeddings(input)
        output, (hidden, cell) = self.lstm(embedded, state)
        return output, (hidden, cell)


class Decoder(nn.Module):
    def __init__(self):
        super(Decoder, self).__init__()
        self.embeddings = nn.Embedding(num_embeddings=voc_size, embedding_dim=hidden_dim)
        self.lstm = nn.LSTM(input_size=hidden_dim, hidden_size=hidden_dim * 2, num_layers=1,
                            bidirectional=False, batch_first=True)
        self.fc = nn.Linear(in_features=hidden_dim * 2, out_features=voc_size)
        self.logsoftmax = nn.LogSoftmax(dim=1)

    def forward(self, input, hidden, cell):
        embedded = self.embeddings(input).unsqueeze(1)
        output, (hidden, cell) = self.lstm(embedded, (hidden, cell))
        output = self.logsoftmax(self.fc(output.squeeze(1)))
        return output, (hidden, cell)


class PointerGenerator(nn.Module):
    def __init__(self, encoder, decoder):
        super(PointerGenerator, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, input, target):
        null_state_encoder = self.encoder.init_hidden()
        encoder_output, (encoder_hidden, encoder_cell) = self.encoder(input, null_state_encoder)
        encoder_hidden = torch.cat((encoder_hidden[0], encoder_hidden[1]), 1).unsqueeze(0)
        encoder_cell = torch.cat((encoder_cell[0], encoder_cell[1]), 1).unsqueeze(0)

        decoder_input = torch.tensor([2] * batch_size, dtype=torch.long, device=device)
        decoder_hidden, decoder_cell = encoder_hidden, encoder_cell
        outputs = []
        for i in range(MAX_LEN_HIGHLIGHT):
            decoder_output, (decoder_hidden, decoder_cell) = self.decoder(decoder_input, decoder_hidden, decoder_cell)
            outputs.append(decoder_output)
            decoder_input = target[:, i] if self.training else decoder_output.argmax(dim=1)
        return torch.stack(outputs, 1)


def train_epoch(train_iter, criterion, model, optimizer):
    model.train()
    epoch_loss = 0
    for story, highlight in train_iter:
        optimizer.zero_grad()
        output = model(story.to(device), highlight.to(device))
        loss = sum(criterion(predicted, target) for predicted, target in zip(output, highlight))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 5)
        optimizer.step()
        epoch_loss += loss.item()
    return epoch_loss / len(train_iter)


def run(n_articles=37, max_epochs=1):
    train_set = Articles(n_articles)
    train_loader = DataLoader(train_set, batch_size=batch_size, shuffle=False)
    model = PointerGenerator(Encoder(), Decoder()).to(device)
    optimizer = torch.optim.Adagrad(model.parameters(), lr=lr)
    for _ in range(max_epochs):
        train_epoch(train_loader, torch.nn.NLLLoss(), model, optimizer)


def probe():
    run()


if __name__ == "__main__":
    probe()

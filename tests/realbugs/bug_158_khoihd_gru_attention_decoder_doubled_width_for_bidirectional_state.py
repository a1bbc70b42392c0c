# source: https://github.com/khoihd/RecommendationSystem/commit/8d256fd5f7c7908703e8c61f095420fe856668e3
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 4, 64), got [4, 4, 32]
"""khoihd/RecommendationSystem (seq2seq/Seq2Seq_GRU_Attention.py at bb8adb3, "Add bidirectional
GRU with dot-product attention"): to take a bidirectional encoder's final state, the commit
doubled the decoder's hidden_dim (`if bidirectional: hidden_dim = hidden_dim * 2`) and kept
num_layers=layer. A bidirectional GRU's h_n has its directions as rows, (layer * 2, batch,
hidden_dim), not as width, so the decoder sized (layer, batch, 2 * hidden_dim) rejects the
state it is handed in forward. The notebook ran the attention model with bidirectional=False at
that commit; 8d256fd ("Finished Bidirectional GRU with Dot-product Attention") builds the
decoder with hidden_dim and num_layers=layer*2 when bidirectional. Here the notebook's cell with
the bidirectional option it later used, on a small vocabulary."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader


# seq2seq/Seq2Seq_GRU_Attention.py
class Seq2Seq_GRU_Attention(nn.Module):
    # Encoder: Input -> Embedded -> GRU (hidden, layers, bidirectional)
    # Decoder: Ouput -> Embedded -> GRU (hidden, layers)

    # Attention
    # Attention scores = multiply every sequence state with the current decoder hidden state
    # Softmax on the multiplication result => attention weights
    def __init__(self, input_dim, input_emb_dim, output_dim, output_emb_dim,
                 hidden_dim, layer, bidirectional):
        super().__init__()
        self.encoder_emb = nn.Embedding(input_dim, input_emb_dim)
        self.encoder = nn.GRU(input_emb_dim, hidden_dim, num_layers=layer, batch_first=True, bidirectional=bidirectional)
        self.decoder_emb = nn.Embedding(output_dim, output_emb_dim)
        if bidirectional:
            hidden_dim = hidden_dim * 2

        self.decoder = nn.GRU(output_emb_dim, hidden_dim, num_layers=layer, batch_first=True)  # fix: hidden_dim unscaled and num_layers=layer * 2 when bidirectional (8d256fd)
        self.fcc = nn.Linear(2 * hidden_dim, output_dim)

    def forward(self, encoder_input, decoder_input):
        encoder_emb = self.encoder_emb(encoder_input)
        encoder_sequence_state, encoder_layer_state = self.encoder(encoder_emb)
        decoder_emb = self.decoder_emb(decoder_input)
        decoder_sequence_state, _ = self.decoder(decoder_emb, encoder_layer_state)

        # encoder_sequence_state: batch x input_seq_len x hidden_dim
        # decoder_sequence_state: batch x output_seq_len x hidden_dim
        attention_scores = decoder_sequence_state @ encoder_sequence_state.permute(0, 2, 1)
        attention_weights = F.softmax(attention_scores, dim=-1)
        attention_values = attention_weights @ encoder_sequence_state
        concat = torch.concat((decoder_sequence_state, attention_values), dim=-1)
        output = self.fcc(concat)
        return output, decoder_sequence_state


# seq2seq_translation.ipynb
def collate_fn(batch):
    de = torch.stack([pair[0] for pair in batch])
    en = torch.stack([pair[1] for pair in batch])
    return de, en


def train(model, train_dl, optimizer, loss_fn, epochs, device):
    model.train()
    for epoch in range(epochs):
        total = 0.0
        for de_batch, en_batch in train_dl:
            de_batch, en_batch = de_batch.to(device), en_batch.to(device)
            decoder_input = en_batch[:, :-1]
            decoder_target = en_batch[:, 1:]
            output, _ = model(de_batch, decoder_input)
            loss = loss_fn(output.reshape(-1, output.size(-1)), decoder_target.reshape(-1))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item()
        print(f"epoch {epoch}: {total / len(train_dl):.4f}")


def probe():
    device = "cpu"
    de_vocab, en_vocab = 40, 30
    train_set = [(torch.randint(3, de_vocab, (9,)), torch.randint(3, en_vocab, (7,))) for _ in range(8)]
    batch_size = 4
    train_dl = DataLoader(train_set, collate_fn=collate_fn, batch_size=batch_size, shuffle=True)

    input_dim = de_vocab
    output_dim = en_vocab
    input_emb_dim = 16
    output_emb_dim = 16
    rnn_hidden_dim = 32
    rnn_num_layers = 2
    bidirectional = True

    seq2seq_gru_dotprod_attn_model = Seq2Seq_GRU_Attention(input_dim, input_emb_dim,
                                                           output_dim, output_emb_dim,
                                                           rnn_hidden_dim, rnn_num_layers,
                                                           bidirectional=bidirectional).to(device)
    optimizer = torch.optim.Adam(seq2seq_gru_dotprod_attn_model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    train(seq2seq_gru_dotprod_attn_model, train_dl, optimizer, loss_fn, epochs=1, device=device)


if __name__ == "__main__":
    probe()

# source: https://github.com/flairNLP/flair/commit/b1cf52eb88e5bb077767d1f4a397dbbbfc39bbbc
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x24 and 40x16)
"""flair (flair/models/lemmatizer_model.py), "Fix encoding error": the Lemmatizer sizes the Linear
that maps the encoding to the decoder's initial state (emb_to_hidden) from its options: the
token embedding length, plus rnn_hidden_size when it encodes the characters, plus another
rnn_hidden_size when that character GRU is bidirectional. The last term was added whenever
bidirectional_encoding was set, even with encode_characters=False, where no GRU runs at all."""
import torch
import torch.nn as nn


class Lemmatizer(nn.Module):
    def __init__(self, embedding_length=0, rnn_input_size=8, rnn_hidden_size=16, rnn_layers=1,
                 encode_characters=True, bidirectional_encoding=False, num_chars=40):
        super().__init__()
        self.rnn_hidden_size = rnn_hidden_size
        self.rnn_layers = rnn_layers
        self.bi_encoding = bidirectional_encoding
        self.encode_characters = encode_characters
        self.embedding_length = embedding_length
        self.character_embedding = nn.Embedding(num_chars, rnn_input_size)
        self.dummy_index = 0

        hidden_input_size = 0
        if embedding_length: hidden_input_size += embedding_length
        if encode_characters: hidden_input_size += rnn_hidden_size
        if bidirectional_encoding: hidden_input_size += rnn_hidden_size  # fix: only when the characters are encoded (encode_characters and bidirectional_encoding)
        self.emb_to_hidden = nn.Linear(hidden_input_size, rnn_hidden_size)

        if encode_characters:
            self.encoder_rnn = nn.GRU(input_size=rnn_input_size, hidden_size=self.rnn_hidden_size, batch_first=True,
                                      num_layers=rnn_layers, bidirectional=self.bi_encoding)
        self.decoder = nn.GRU(rnn_input_size, rnn_hidden_size, batch_first=True, num_layers=rnn_layers)

    def encode(self, token_embeddings, encoder_input_indices):
        initial_hidden_for_decoder = []
        if self.encode_characters:
            input_vector = self.character_embedding(encoder_input_indices)
            all_encoder_outputs, initial_hidden_states = self.encoder_rnn(input_vector)
            if self.bi_encoding:
                conditions = torch.cat(2 * [torch.eye(self.rnn_layers).bool()])
                bi_states = [initial_hidden_states[conditions[:, i], :, :] for i in range(self.rnn_layers)]
                initial_hidden_states = torch.stack([torch.cat((b[0, :, :], b[1, :, :]), dim=1) for b in bi_states])
            initial_hidden_for_decoder.append(initial_hidden_states)
        if self.embedding_length:
            initial_hidden_for_decoder.append(token_embeddings.unsqueeze(0).repeat(self.rnn_layers, 1, 1))
        return self.emb_to_hidden(torch.cat(initial_hidden_for_decoder, dim=2))

    def forward(self, token_embeddings, encoder_input_indices, decoder_input_indices):
        initial_hidden = self.encode(token_embeddings, encoder_input_indices)
        output, _ = self.decoder(self.character_embedding(decoder_input_indices), initial_hidden)
        return output


def probe():
    lemmatizer = Lemmatizer(embedding_length=24, encode_characters=False, bidirectional_encoding=True)
    tokens = torch.randn(3, 24)
    chars = torch.randint(1, 40, (3, 9))
    lemmatizer(tokens, chars, chars)


if __name__ == "__main__":
    probe()

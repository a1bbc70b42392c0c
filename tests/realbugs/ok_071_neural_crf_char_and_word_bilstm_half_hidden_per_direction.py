# source: https://github.com/allanj/pytorch_neural_crf/blob/HEAD/src/model/module/bilstm_encoder.py
"""pytorch_neural_crf (src/model/module/charbilstm.py, bilstm_encoder.py, embedder/word_embedder.py):
both LSTMs are bidirectional with hidden // 2 units per direction, so their outputs are exactly
`hidden` wide: the character LSTM's final h (2, words, char_hidden // 2) is transposed to
(words, 2, char_hidden // 2) and viewed as one char_hidden vector per word, concatenated to the
word embedding; the word BiLSTM then returns hidden_dim features per token for
Linear(hidden_dim, labels). Batches are sorted by length, packed, and put back in order with the
inverse permutation. Sizes come from a config object (config.hidden_dim, config.charlstm_hidden_dim)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


class Config:
    def __init__(self):
        self.embedding_dim = 50
        self.char_emb_size = 25
        self.charlstm_hidden_dim = 50
        self.hidden_dim = 200
        self.use_char_rnn = True
        self.dropout = 0.5
        self.num_lstm_layers = 1
        self.word_size = 300
        self.char_size = 60
        self.label_size = 9


class CharBiLSTM(nn.Module):
    def __init__(self, char_emb_size: int, char_size: int, char_hidden_size: int, drop_char: float = 0.5):
        super(CharBiLSTM, self).__init__()
        self.char_emb_size = char_emb_size
        self.char_size = char_size
        self.hidden = char_hidden_size
        self.dropout = nn.Dropout(drop_char)
        self.char_embeddings = nn.Embedding(self.char_size, self.char_emb_size)
        self.char_lstm = nn.LSTM(self.char_emb_size, self.hidden // 2, num_layers=1, batch_first=True, bidirectional=True)

    def forward(self, char_seq_tensor: torch.Tensor, char_seq_len: torch.Tensor) -> torch.Tensor:
        batch_size = char_seq_tensor.size(0)
        sent_len = char_seq_tensor.size(1)
        char_seq_tensor = char_seq_tensor.view(batch_size * sent_len, -1)
        char_seq_len = char_seq_len.view(batch_size * sent_len)
        sorted_seq_len, permIdx = char_seq_len.sort(0, descending=True)
        _, recover_idx = permIdx.sort(0, descending=False)
        sorted_seq_tensor = char_seq_tensor[permIdx]

        char_embeds = self.dropout(self.char_embeddings(sorted_seq_tensor))
        pack_input = pack_padded_sequence(char_embeds, sorted_seq_len, batch_first=True)

        _, char_hidden = self.char_lstm(pack_input, None)
        ## transpose because the first dimension is num_direction x num-layer
        hidden = char_hidden[0].transpose(1, 0).contiguous().view(batch_size * sent_len, 1, -1)
        return hidden[recover_idx].view(batch_size, sent_len, -1)


class WordEmbedder(nn.Module):
    def __init__(self, config: Config):
        super(WordEmbedder, self).__init__()
        self.use_char = config.use_char_rnn
        if self.use_char:
            self.char_feature = CharBiLSTM(config.char_emb_size, config.char_size, config.charlstm_hidden_dim,
                                           config.dropout)
        self.word_embedding = nn.Embedding(config.word_size, config.embedding_dim)
        self.word_drop = nn.Dropout(config.dropout)

    def get_output_dim(self, config: Config):
        return config.embedding_dim + (config.charlstm_hidden_dim if config.use_char_rnn else 0)

    def forward(self, words, word_seq_lens, chars, char_seq_lens):
        word_emb = self.word_embedding(words)
        if self.use_char:
            char_features = self.char_feature(chars, char_seq_lens)
            word_emb = torch.cat([word_emb, char_features], 2)
        return self.word_drop(word_emb)


class BiLSTMEncoder(nn.Module):
    def __init__(self, label_size: int, input_dim: int, hidden_dim: int, drop_lstm: float = 0.5,
                 num_lstm_layers: int = 1):
        super(BiLSTMEncoder, self).__init__()
        self.label_size = label_size
        self.lstm = nn.LSTM(input_dim, hidden_dim // 2, num_layers=num_lstm_layers, batch_first=True,
                            bidirectional=True)
        self.drop_lstm = nn.Dropout(drop_lstm)
        self.hidden2tag = nn.Linear(hidden_dim, self.label_size)

    def forward(self, word_rep: torch.Tensor, word_seq_lens: torch.Tensor) -> torch.Tensor:
        sorted_seq_len, permIdx = word_seq_lens.sort(0, descending=True)
        _, recover_idx = permIdx.sort(0, descending=False)
        sorted_seq_tensor = word_rep[permIdx]

        packed_words = pack_padded_sequence(sorted_seq_tensor, sorted_seq_len.cpu(), True)
        lstm_out, _ = self.lstm(packed_words, None)
        lstm_out, _ = pad_packed_sequence(lstm_out, batch_first=True)
        feature_out = self.drop_lstm(lstm_out)

        outputs = self.hidden2tag(feature_out)
        return outputs[recover_idx]


class NNCRF(nn.Module):
    def __init__(self, config: Config):
        super(NNCRF, self).__init__()
        self.embedder = WordEmbedder(config)
        self.encoder = BiLSTMEncoder(label_size=config.label_size,
                                     input_dim=self.embedder.get_output_dim(config),
                                     hidden_dim=config.hidden_dim, drop_lstm=config.dropout,
                                     num_lstm_layers=config.num_lstm_layers)

    def forward(self, words, word_seq_lens, chars, char_seq_lens, labels):
        word_rep = self.embedder(words, word_seq_lens, chars, char_seq_lens)
        lstm_scores = self.encoder(word_rep, word_seq_lens)
        mask = torch.arange(lstm_scores.size(1)).unsqueeze(0) < word_seq_lens.unsqueeze(1)
        return F.cross_entropy(lstm_scores[mask], labels[:, :lstm_scores.size(1)][mask])


def probe():
    config = Config()
    model = NNCRF(config)
    word_seq_lens = torch.tensor([7, 4, 6])
    words = torch.randint(1, config.word_size, (3, 7))
    chars = torch.randint(1, config.char_size, (3, 7, 9))
    char_seq_lens = torch.randint(1, 10, (3, 7))
    labels = torch.randint(0, config.label_size, (3, 7))
    loss = model(words, word_seq_lens, chars, char_seq_lens, labels)
    loss.backward()


if __name__ == "__main__":
    probe()

# source: https://github.com/stanfordnlp/stanza/blob/f40c535e98fc141533ea8dbc69034b671c2004ff/stanza/models/summarization/src/model.py
"""stanza's pointer-generator summarizer after "Revert LSTM dropout changes" (bug_155's answer):
the single-layer LSTMs have no built-in dropout and an nn.Dropout(LSTM_DROPOUT_P) acts on the
encoder's outputs instead. The rest looks risky and is right: the bidirectional batch-first
encoder's last states are cat(hidden[-2], hidden[-1]) into Linear(hidden_dim * 2, hidden_dim),
the attention's W_h takes encoder_hidden_dim * 2, and the decoder turns its (batch, hidden) state
into the (1, batch, hidden) state the LSTM wants with unsqueeze(1).transpose(0, 1), batch_first
notwithstanding, and back with transpose(0, 1).squeeze(1)."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

# stanza/models/summarization/constants.py
DEFAULT_ENCODER_HIDDEN_DIM = 128
DEFAULT_ENCODER_NUM_LAYERS = 1
DEFAULT_DECODER_HIDDEN_DIM = 128
DEFAULT_DECODER_NUM_LAYERS = 1
DEFAULT_BATCH_SIZE = 8
LSTM_DROPOUT_P = 0.2
ATTN_DROPOUT_P = 0.5


class BaselineEncoder(nn.Module):

    def __init__(self, input_dim, hidden_dim, num_layers=1, dropout_p: float = 0.5):
        super(BaselineEncoder, self).__init__()
        self.hidden_dim = hidden_dim
        self.input_dim = input_dim
        self.num_layers = num_layers
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers=num_layers, bidirectional=True, batch_first=True)
        self.lstm_dropout = nn.Dropout(LSTM_DROPOUT_P)
        self.dropout = nn.Dropout(dropout_p)
        self.hidden_out = nn.Linear(hidden_dim * 2, hidden_dim)
        self.layer_norm = nn.LayerNorm(hidden_dim * 2)

    def forward(self, text):
        outputs, (hidden, cell) = self.lstm(text)
        unpacked_lstm_outputs, _ = pad_packed_sequence(outputs, batch_first=True)
        unpacked_lstm_outputs = self.lstm_dropout(unpacked_lstm_outputs)  # dropout on the lstm output
        unpacked_lstm_outputs = self.layer_norm(unpacked_lstm_outputs)
        hidden = torch.cat((hidden[-2, :, :], hidden[-1, :, :]), dim=1)
        cell = torch.cat((cell[-2, :, :], cell[-1, :, :]), dim=1)
        hidden = self.dropout(hidden)
        cell = self.dropout(cell)
        return unpacked_lstm_outputs, hidden, cell, self.hidden_out(hidden), self.hidden_out(cell)


class BahdanauAttention(nn.Module):
    def __init__(self, encoder_hidden_dim, decoder_hidden_dim):
        super(BahdanauAttention, self).__init__()
        self.W_h = nn.Linear(encoder_hidden_dim * 2, decoder_hidden_dim)
        self.W_s = nn.Linear(decoder_hidden_dim, decoder_hidden_dim)
        self.v = nn.Linear(decoder_hidden_dim, 1)
        self.b_attn = nn.Parameter(torch.rand(decoder_hidden_dim))
        self.dropout = nn.Dropout(ATTN_DROPOUT_P)

    def forward(self, encoder_outputs, decoder_hidden):
        seq_len = encoder_outputs.shape[1]
        decoder_hidden = decoder_hidden.unsqueeze(1).repeat(1, seq_len, 1)
        energy = torch.tanh(self.W_h(encoder_outputs) + self.W_s(decoder_hidden) + self.b_attn)
        attention = self.v(self.dropout(energy)).squeeze(2)
        mask = (encoder_outputs.abs().sum(dim=2) > 0).float()
        attention = attention.masked_fill(mask == 0, float('-inf'))
        return F.softmax(attention, dim=1)


class BaselineDecoder(nn.Module):

    def __init__(self, output_dim, encoder_hidden_dim, decoder_hidden_dim, emb_dim, num_layers=1, dropout_p: float = 0.5):
        super(BaselineDecoder, self).__init__()
        self.output_dim = output_dim
        self.decoder_hidden_dim = decoder_hidden_dim
        self.lstm = nn.LSTM(emb_dim, decoder_hidden_dim, num_layers=num_layers, batch_first=True)
        self.attention = BahdanauAttention(encoder_hidden_dim, decoder_hidden_dim)
        self.V_1 = nn.Linear(encoder_hidden_dim * 2 + decoder_hidden_dim, decoder_hidden_dim)
        self.V_1_prime = nn.Linear(decoder_hidden_dim, output_dim)
        self.dropout = nn.Dropout(dropout_p)
        self.softmax = nn.Softmax(dim=1)

    def forward(self, input, hidden, cell, encoder_outputs):
        attention_weights = self.attention(encoder_outputs, hidden)
        context_vector = torch.bmm(attention_weights.unsqueeze(1), encoder_outputs).squeeze(1)
        context_vector = self.dropout(context_vector)
        input = input.unsqueeze(1)  # (batch size, 1, embedding dim)
        hidden = hidden.unsqueeze(1).transpose(0, 1)
        cell = cell.unsqueeze(1).transpose(0, 1)
        lstm_output, (hidden, cell) = self.lstm(input, (hidden, cell))
        hidden, cell = hidden.transpose(0, 1).squeeze(1), cell.transpose(0, 1).squeeze(1)
        output = self.V_1_prime(self.dropout(self.V_1(torch.cat((hidden, context_vector), dim=1))))
        return self.softmax(output), hidden, cell, attention_weights


class BaselineSeq2Seq(nn.Module):
    def __init__(self, model_args, emb_matrix):
        super(BaselineSeq2Seq, self).__init__()
        self.model_args = model_args
        self.batch_size = self.model_args.get("batch_size", DEFAULT_BATCH_SIZE)
        self.vocab_size = emb_matrix.shape[0]
        self.word_embedding_dim = emb_matrix.shape[1]
        self.embedding = nn.Embedding.from_pretrained(emb_matrix, freeze=True)
        self.input_size = self.word_embedding_dim

        encoder_hidden_dim = self.model_args.get("encoder_hidden_dim", DEFAULT_ENCODER_HIDDEN_DIM)
        encoder_num_layers = self.model_args.get("encoder_num_layers", DEFAULT_ENCODER_NUM_LAYERS)
        self.encoder = BaselineEncoder(self.input_size, encoder_hidden_dim, num_layers=encoder_num_layers)

        decoder_hidden_dim = self.model_args.get("decoder_hidden_dim", encoder_hidden_dim)
        decoder_num_layers = self.model_args.get("decoder_num_layers", encoder_num_layers)
        self.decoder = BaselineDecoder(self.vocab_size, encoder_hidden_dim, decoder_hidden_dim, self.input_size,
                                       decoder_num_layers)

    def forward(self, text, lengths, target):
        embedded = self.embedding(text)
        packed = pack_padded_sequence(embedded, lengths, batch_first=True, enforce_sorted=False)
        encoder_outputs, _, _, hidden, cell = self.encoder(packed)
        outputs = []
        for t in range(target.shape[1]):
            p_vocab, hidden, cell, _ = self.decoder(self.embedding(target[:, t]), hidden, cell, encoder_outputs)
            outputs.append(p_vocab)
        return torch.stack(outputs, dim=1)


def probe():
    torch.manual_seed(0)
    emb_matrix = torch.randn(200, 50)
    model = BaselineSeq2Seq({"batch_size": 4}, emb_matrix)
    text = torch.randint(1, 200, (4, 12))
    out = model(text, torch.tensor([12, 10, 9, 5]), torch.randint(1, 200, (4, 6)))
    torch.log(out + 1e-9).mean().backward()


if __name__ == "__main__":
    probe()

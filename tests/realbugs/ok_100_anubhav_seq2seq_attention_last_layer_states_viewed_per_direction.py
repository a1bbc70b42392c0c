# source: https://github.com/AnubhavGupta3377/Text-Classification-Models-Pytorch/blob/8571fe63040354919b4607bb986a8b0a4031969b/Model_Seq2Seq_Attention/model.py
"""AnubhavGupta3377/Text-Classification-Models-Pytorch (Model_Seq2Seq_Attention: config.py, model.py,
train.py): correct. The final states of a (possibly bidirectional, possibly stacked) LSTM are
viewed (hidden_layers, bidirectional + 1, batch, hidden_size) and the last layer's directions
concatenated into (batch, directions * hidden); dot attention over the (batch, seq, directions *
hidden) output gives a vector of the same width, and the head takes both:
Linear(hidden_size * (1 + bidirectional) * 2). bug_184 is the port that views with the wrong
count. Run with the repository's config (one bidirectional layer) and with two one-way layers."""
from collections import namedtuple

import torch
import torch.optim as optim
from torch import nn
from torch.nn import functional as F


# config.py
class Config(object):
    embed_size = 300
    hidden_layers = 1
    hidden_size = 32
    bidirectional = True
    output_size = 4
    max_epochs = 15
    lr = 0.5
    batch_size = 128
    dropout_keep = 0.8
    max_sen_len = None  # Sequence length for RNN


# model.py
class Seq2SeqAttention(nn.Module):
    def __init__(self, config, vocab_size, word_embeddings):
        super(Seq2SeqAttention, self).__init__()
        self.config = config

        # Embedding Layer
        self.embeddings = nn.Embedding(vocab_size, self.config.embed_size)
        self.embeddings.weight = nn.Parameter(word_embeddings, requires_grad=False)

        # Encoder RNN
        self.lstm = nn.LSTM(input_size = self.config.embed_size,
                            hidden_size = self.config.hidden_size,
                            num_layers = self.config.hidden_layers,
                            bidirectional = self.config.bidirectional)

        # Dropout Layer
        self.dropout = nn.Dropout(self.config.dropout_keep)

        # Fully-Connected Layer
        self.fc = nn.Linear(
            self.config.hidden_size * (1+self.config.bidirectional) * 2,
            self.config.output_size
        )

        # Softmax non-linearity
        self.softmax = nn.Softmax(dim=1)

    def apply_attention(self, rnn_output, final_hidden_state):
        '''
        rnn_output (batch_size, seq_len, num_directions * hidden_size)
        final_hidden_state (batch_size, num_directions * hidden_size)
        '''
        hidden_state = final_hidden_state.unsqueeze(2)
        attention_scores = torch.bmm(rnn_output, hidden_state).squeeze(2)
        soft_attention_weights = F.softmax(attention_scores, 1).unsqueeze(2) #shape = (batch_size, seq_len, 1)
        attention_output = torch.bmm(rnn_output.permute(0,2,1), soft_attention_weights).squeeze(2)
        return attention_output

    def forward(self, x):
        # x.shape = (max_sen_len, batch_size)
        embedded_sent = self.embeddings(x)

        ##################################### Encoder #######################################
        lstm_output, (h_n,c_n) = self.lstm(embedded_sent)
        # lstm_output.shape = (seq_len, batch_size, num_directions * hidden_size)

        # Final hidden state of last layer (num_directions, batch_size, hidden_size)
        batch_size = h_n.shape[1]
        h_n_final_layer = h_n.view(self.config.hidden_layers,
                                   self.config.bidirectional + 1,
                                   batch_size,
                                   self.config.hidden_size)[-1,:,:,:]

        ##################################### Attention #####################################
        # Convert input to (batch_size, num_directions * hidden_size) for attention
        final_hidden_state = torch.cat([h_n_final_layer[i,:,:] for i in range(h_n_final_layer.shape[0])], dim=1)

        attention_out = self.apply_attention(lstm_output.permute(1,0,2), final_hidden_state)
        # Attention_out.shape = (batch_size, num_directions * hidden_size)

        #################################### Linear #########################################
        concatenated_vector = torch.cat([final_hidden_state, attention_out], dim=1)
        final_feature_map = self.dropout(concatenated_vector) # shape=(batch_size, num_directions * hidden_size)
        final_out = self.fc(final_feature_map)
        return self.softmax(final_out)

    def add_optimizer(self, optimizer):
        self.optimizer = optimizer

    def add_loss_op(self, loss_op):
        self.loss_op = loss_op

    def run_epoch(self, train_iterator, val_iterator, epoch):
        losses = []
        for i, batch in enumerate(train_iterator):
            self.optimizer.zero_grad()
            x = batch.text
            y = (batch.label - 1).type(torch.LongTensor)
            y_pred = self.__call__(x)
            loss = self.loss_op(y_pred, y)
            loss.backward()
            losses.append(loss.item())
            self.optimizer.step()
        return losses


# utils.py (torchtext iterators over AG News in the repository)
Batch = namedtuple("Batch", "text label")


def iterator(config, vocab_size, n_batches=2, seq_len=9):
    return [Batch(torch.randint(0, vocab_size, (seq_len, config.batch_size)),
                  torch.randint(1, config.output_size + 1, (config.batch_size,)))
            for _ in range(n_batches)]


# train.py
def main(config=None, vocab_size=60):
    config = config or Config()
    word_embeddings = torch.randn(vocab_size, config.embed_size)
    model = Seq2SeqAttention(config, vocab_size, word_embeddings)
    model.train()
    optimizer = optim.SGD(model.parameters(), lr=config.lr)
    model.add_optimizer(optimizer)
    model.add_loss_op(nn.NLLLoss())
    for i in range(config.max_epochs):
        model.run_epoch(iterator(config, vocab_size), None, i)
    return model


def probe():
    config = Config()
    config.embed_size, config.hidden_size, config.batch_size, config.max_epochs = 10, 6, 4, 1
    main(config)

    class TwoLayerConfig(Config):
        hidden_layers = 2
        bidirectional = False
    config = TwoLayerConfig()
    config.embed_size, config.hidden_size, config.batch_size, config.max_epochs = 10, 6, 4, 1
    main(config)


if __name__ == "__main__":
    main()

# source: https://github.com/achernodub/targer/commit/df2825fc516723ebede8c8829087e4411a60b507
# rule: LC009
# torch: TypeError: lstm_cell(): argument 'hx' (position 2) must be tuple of Tensors, not Tensor
"""achernodub/targer (models/tagger_birnn.py, main.py, before df2825f "Fix LSTM"): TaggerBiRNN steps
a forward and a backward cell over the sentence by hand; the cell is picked by --rnn_type
("Vanilla", "LSTM" or "GRU", default GRU) as nn.RNNCell, nn.LSTMCell or nn.GRUCell, but the loop
keeps one (batch, hidden) state tensor per direction and passes it to the cell as hx, which fits
the RNN and GRU cells only. With --rnn_type LSTM the first step hands an LSTMCell one tensor
where it takes the pair (h, c) (and the pair it would return is then fed to dropout as if it were
h). df2825f keeps separate c states for LSTM and unpacks the pair. GloVe and the CoNLL data
are replaced by random vectors and tags; the hard-coded `args.gpu = 0` is left out."""
import argparse
import time

import torch
import torch.nn as nn
import torch.optim as optim


# models/tagger_birnn.py
class TaggerBiRNN(nn.Module):
    """
    TaggerBiRNN is a basic pure recurrent network model for sequences tagging.
    """
    def __init__(self, embeddings_tensor, class_num, rnn_hidden_size=100, freeze_embeddings=False, dropout_ratio=0.5,
                 rnn_type='GRU',gpu=-1):
        super(TaggerBiRNN, self).__init__()
        self.class_num = class_num
        self.rnn_hidden_size = rnn_hidden_size
        self.freeze_embeddings = freeze_embeddings
        self.dropout_ratio = dropout_ratio
        self.rnn_type = rnn_type
        self.gpu = gpu
        self.embeddings = torch.nn.Embedding.from_pretrained(embeddings=embeddings_tensor, freeze=freeze_embeddings)
        self.dropout1 = torch.nn.Dropout(p=dropout_ratio)
        self.dropout2 = torch.nn.Dropout(p=dropout_ratio)
        if rnn_type == 'Vanilla':
            self.rnn_forward_layer = nn.RNNCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
            self.rnn_backward_layer = nn.RNNCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
        elif rnn_type == 'LSTM':
            self.rnn_forward_layer = nn.LSTMCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
            self.rnn_backward_layer = nn.LSTMCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
        elif rnn_type == 'GRU':
            self.rnn_forward_layer = nn.GRUCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
            self.rnn_backward_layer = nn.GRUCell(input_size=self.embeddings.embedding_dim, hidden_size=rnn_hidden_size)
        else:
            raise ValueError('Unknown RNN type! Currently support "Vanilla", "LSTM", "GRU" only.')
        # We add an additional class that corresponds to the zero-padded values not to be included to the loss function
        self.lin_layer = nn.Linear(in_features=rnn_hidden_size*2, out_features=self.class_num + 1)
        self.log_softmax_layer = nn.LogSoftmax(dim=1)

    def forward(self, inputs_tensor):
        batch_size, max_seq_len = inputs_tensor.shape
        z_embed = self.embeddings(inputs_tensor)
        z_embed_d = self.dropout1(z_embed)
        rnn_forward_hidden_state = torch.zeros(batch_size, self.rnn_hidden_size)  # fix: for LSTM cells the pair (h, c): keep rnn_forward_c beside it and unpack the cell's result (df2825f)
        rnn_backward_hidden_state = torch.zeros(batch_size, self.rnn_hidden_size)
        rnn_forward_hidden_states_d = torch.zeros(batch_size, self.rnn_hidden_size, max_seq_len)
        rnn_backward_hidden_states_d = torch.zeros(batch_size, self.rnn_hidden_size, max_seq_len)
        for l in range(max_seq_len):
            n = max_seq_len - l - 1
            curr_rnn_input_forward = z_embed_d[:, l, :]
            curr_rnn_input_backward = z_embed_d[:, n, :]
            rnn_forward_hidden_state = self.rnn_forward_layer(curr_rnn_input_forward, rnn_forward_hidden_state)
            rnn_backward_hidden_state = self.rnn_backward_layer(curr_rnn_input_backward, rnn_backward_hidden_state)
            rnn_forward_hidden_states_d[:, :, l] = self.dropout2(rnn_forward_hidden_state)
            rnn_backward_hidden_states_d[:, :, n] = self.dropout2(rnn_backward_hidden_state)
        outputs_tensor = torch.zeros(batch_size, self.class_num+1, max_seq_len)
        for l in range(max_seq_len):
            rnn_forward_hidden_state_d = rnn_forward_hidden_states_d[:, :, l]
            rnn_backward_hidden_state_d = rnn_backward_hidden_states_d[:, :, l]
            rnn_hidden_state_d = torch.cat((rnn_forward_hidden_state_d, rnn_backward_hidden_state_d), 1)
            z = self.lin_layer(rnn_hidden_state_d)
            y = self.log_softmax_layer(z)
            outputs_tensor[:, :, l] = y
        return outputs_tensor

    def clip_gradients(self, clip_grad):
        nn.utils.clip_grad_norm_(self.parameters(), clip_grad)


# classes/datasets_bank.py (padded index tensors of CoNLL sentences in the repository)
class DatasetsBank(object):
    def __init__(self, n_sentences, vocab_size, tags_num, max_len=7):
        self.train_data_num = n_sentences
        self.inputs = torch.randint(1, vocab_size, (n_sentences, max_len))
        self.targets = torch.randint(1, tags_num + 1, (n_sentences, max_len))

    def get_train_batch(self, batch_size):
        idx = torch.randperm(self.train_data_num)[:batch_size]
        return self.inputs[idx], self.targets[idx]


# main.py
def get_args(argv=None):
    parser = argparse.ArgumentParser(description='Learning tagger using neural networks')
    parser.add_argument('--freeze_embeddings', type=bool, default=False, help='To continue training the embedding or not.')
    parser.add_argument('--gpu', type=int, default=-1, help='GPU device number, -1 by default (CPU).')
    parser.add_argument('--epoch_num', type=int, default=50, help='Number of epochs.')
    parser.add_argument('--rnn_hidden_size', type=int, default=101, help='Number hidden units in the recurrent layer.')
    parser.add_argument('--rnn_type', default='GRU', help='RNN cell units type: "Vanilla", "LSTM", "GRU".')
    parser.add_argument('--dropout_ratio', type=float, default=0.5, help='Dropout ratio.')
    parser.add_argument('--clip_grad', type=float, default=5.0, help='Clipping gradients maximum L2 norm.')
    parser.add_argument('--lr', type=float, default=0.015, help='Learning rate.')
    parser.add_argument('--momentum', type=float, default=0.9, help='Learning momentum rate.')
    parser.add_argument('--batch_size', type=int, default=10, help='Batch size, samples.')
    parser.add_argument('--seed_num', type=int, default=42, help='Random seed number, but 42 is the best forever!')
    return parser.parse_args(argv)


def main(argv=None, vocab_size=50, emb_dim=100, tags_num=5, n_sentences=30):
    args = get_args(argv)
    torch.manual_seed(args.seed_num)
    embeddings_tensor = torch.randn(vocab_size, emb_dim)
    datasets_bank = DatasetsBank(n_sentences, vocab_size, tags_num)

    tagger = TaggerBiRNN(embeddings_tensor=embeddings_tensor,
                         class_num=tags_num,
                         rnn_hidden_size=args.rnn_hidden_size,
                         freeze_embeddings=args.freeze_embeddings,
                         dropout_ratio=args.dropout_ratio,
                         rnn_type=args.rnn_type,
                         gpu=args.gpu)

    nll_loss = nn.NLLLoss(ignore_index=0) # "0" target values actually are zero-padded parts of sequences
    optimizer = optim.SGD(list(tagger.parameters()), lr=args.lr, momentum=args.momentum)
    iterations_num = int(datasets_bank.train_data_num / args.batch_size)
    for epoch in range(1, args.epoch_num + 1):
        time_start = time.time()
        for i in range(iterations_num + 1):
            tagger.train()
            tagger.zero_grad()
            inputs_tensor_train_batch, targets_tensor_train_batch = datasets_bank.get_train_batch(args.batch_size)
            outputs_train_batch = tagger(inputs_tensor_train_batch)
            loss = nll_loss(outputs_train_batch, targets_tensor_train_batch)
            loss.backward()
            tagger.clip_gradients(args.clip_grad)
            optimizer.step()
    return tagger


def probe():
    main(['--rnn_type', 'LSTM', '--epoch_num', '1', '--rnn_hidden_size', '6', '--batch_size', '4'], emb_dim=8)


if __name__ == "__main__":
    main()

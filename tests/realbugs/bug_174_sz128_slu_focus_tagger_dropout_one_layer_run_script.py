# source: https://github.com/sz128/slot_filling_and_intent_detection_of_SLU/blob/40f334417a93bcfd4bb3da2cf043ab13973ae695/models/slot_tagger_with_focus.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.5 and num_layers=1
"""sz128/slot_filling_and_intent_detection_of_SLU (models/slot_tagger_with_focus.py,
scripts/slot_tagging_and_intent_detection.py, run/atis_with_pretrained_word_embeddings.sh):
the script's `--dropout` option is documented as "dropout rate at each non-recurrent layer",
but LSTMTagger_focus hands it to its encoder and decoder nn.LSTMs too, with `--num_layers`
(default 1). The shipped run script (run/atis_with_pretrained_word_embeddings.sh) trains with
lstm_layers=1 and dropout_rate=0.5, so torch warns at both LSTMs and no recurrent dropout is
applied. Unreported; confirmed with torch on the run script's options. The LSTMs should take
dropout=self.dropout if self.num_layers > 1 else 0 (the encoder, built first, is the line kept)."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.nn.utils.rnn as rnn_utils

# run/atis_with_pretrained_word_embeddings.sh, as its python line expands
RUN_ATIS = ['--task_st', 'slot_tagger_with_focus', '--task_sc', 'hiddenAttention', '--dataset', 'atis',
            '--dataroot', 'data/atis-2', '--bidirectional', '--lr', '0.001', '--dropout', '0.5',
            '--batchSize', '20', '--optim', 'adam', '--max_norm', '5', '--max_epoch', '50',
            '--emb_size', '400', '--hidden_size', '200', '--num_layers', '1', '--tag_emb_size', '100',
            '--st_weight', '0.5']


class LSTMTagger_focus(nn.Module):

    def __init__(self, embedding_dim, tag_embedding_dim, hidden_dim, vocab_size, tagset_size, bidirectional=True,
                 num_layers=1, dropout=0., device=None, extFeats_dim=None, decoder_tied=False):
        """Initialize model."""
        super(LSTMTagger_focus, self).__init__()
        self.embedding_dim = embedding_dim
        self.tag_embedding_dim = tag_embedding_dim
        self.extFeats_dim = extFeats_dim
        self.hidden_dim = hidden_dim
        self.vocab_size = vocab_size
        self.tagset_size = tagset_size
        self.bidirectional = bidirectional
        self.num_layers = num_layers
        self.dropout = dropout
        self.device = device
        self.decoder_tied = decoder_tied

        self.num_directions = 2 if self.bidirectional else 1
        self.dropout_layer = nn.Dropout(p=self.dropout)
        self.tag_embeddings = nn.Embedding(self.tagset_size, self.tag_embedding_dim)
        self.word_embeddings = nn.Embedding(self.vocab_size, self.embedding_dim)
        self.append_feature_dim = 0
        if self.extFeats_dim:
            self.append_feature_dim += self.extFeats_dim
            self.extFeats_linear = nn.Linear(self.append_feature_dim, self.append_feature_dim)
        else:
            self.extFeats_linear = None
        self.encoder = nn.LSTM(self.embedding_dim + self.append_feature_dim, self.hidden_dim, num_layers=self.num_layers, bidirectional=self.bidirectional, batch_first=True, dropout=self.dropout)  # fix: dropout=self.dropout if self.num_layers > 1 else 0
        self.decoder = nn.LSTM(self.tag_embedding_dim + self.num_directions * self.hidden_dim, self.hidden_dim, num_layers=self.num_layers, bidirectional=False, batch_first=True, dropout=self.dropout)
        self.hidden2tag = nn.Linear(1 * self.hidden_dim, self.tagset_size)
        if self.decoder_tied:
            self.hidden2tag.weight = self.tag_embeddings.weight

    def forward(self, word_seqs, tag_seqs, lengths, extFeats=None, with_snt_classifier=False):
        embeds = self.word_embeddings(word_seqs)
        if type(extFeats) != type(None):
            concat_input = torch.cat((embeds, self.extFeats_linear(extFeats)), 2)
        else:
            concat_input = embeds
        concat_input = self.dropout_layer(concat_input)
        packed_word_embeds = rnn_utils.pack_padded_sequence(concat_input, lengths, batch_first=True)
        packed_word_lstm_out, (enc_h_t, enc_c_t) = self.encoder(packed_word_embeds)
        word_lstm_out, unpacked_len = rnn_utils.pad_packed_sequence(packed_word_lstm_out, batch_first=True)

        if self.bidirectional:
            index_slices = [2 * i + 1 for i in range(self.num_layers)]  # generated from the reversed path
            index_slices = torch.tensor(index_slices, dtype=torch.long, device=self.device)
            h_t = torch.index_select(enc_h_t, 0, index_slices)
            c_t = torch.index_select(enc_c_t, 0, index_slices)
        else:
            h_t = enc_h_t
            c_t = enc_c_t
        tag_embeds = self.dropout_layer(self.tag_embeddings(tag_seqs))
        decode_inputs = torch.cat((self.dropout_layer(word_lstm_out), tag_embeds), 2)
        packed_decode_inputs = rnn_utils.pack_padded_sequence(decode_inputs, lengths, batch_first=True)
        packed_tag_lstm_out, (dec_h_t, dec_c_t) = self.decoder(packed_decode_inputs, (h_t, c_t))
        tag_lstm_out, unpacked_len = rnn_utils.pad_packed_sequence(packed_tag_lstm_out, batch_first=True)

        tag_lstm_out_reshape = tag_lstm_out.contiguous().view(tag_lstm_out.size(0) * tag_lstm_out.size(1), tag_lstm_out.size(2))
        tag_space = self.hidden2tag(self.dropout_layer(tag_lstm_out_reshape))
        tag_scores = F.log_softmax(tag_space, dim=1)
        tag_scores = tag_scores.view(tag_lstm_out.size(0), tag_lstm_out.size(1), tag_space.size(1))
        if with_snt_classifier:
            return tag_scores, ((enc_h_t, enc_c_t), word_lstm_out, lengths)
        return tag_scores


def parse_options(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument('--task_st', required=True, help='slot filling task: slot_tagger | slot_tagger_with_focus | slot_tagger_with_crf')
    parser.add_argument('--task_sc', required=True, help='intent detection task: none | 2tails | maxPooling | hiddenCNN | hiddenAttention')
    parser.add_argument('--st_weight', type=float, default=0.5, help='loss weight for slot tagging task, ranging from 0 to 1.')
    parser.add_argument('--dataset', required=True, help='atis-2 | snips')
    parser.add_argument('--dataroot', required=True, help='path to dataset')
    parser.add_argument('--emb_size', type=int, default=100, help='word embedding dimension')
    parser.add_argument('--tag_emb_size', type=int, default=100, help='tag embedding dimension')
    parser.add_argument('--hidden_size', type=int, default=100, help='hidden layer dimension')
    parser.add_argument('--num_layers', type=int, default=1, help='number of hidden layers')
    parser.add_argument('--bidirectional', action='store_true', help='Whether to use bidirectional RNN (default is unidirectional)')
    parser.add_argument('--deviceId', type=int, default=-1, help='train model on ith gpu. -1:cpu, 0:auto_select')
    parser.add_argument('--lr', type=float, default=0.01, help='learning rate')
    parser.add_argument('--dropout', type=float, default=0., help='dropout rate at each non-recurrent layer')
    parser.add_argument('--batchSize', type=int, default=64, help='input batch size')
    parser.add_argument('--max_norm', type=float, default=5, help="threshold of gradient clipping (2-norm)")
    parser.add_argument('--max_epoch', type=int, default=50, help='max number of epochs to train for')
    parser.add_argument('--optim', default='sgd', help='choose an optimizer')
    opt = parser.parse_args(argv)
    opt.device = torch.device('cpu')
    return opt


def build_and_train(opt, word_to_idx, tag_to_idx, steps=1):
    extFeats_dim = None
    if opt.task_st == 'slot_tagger_with_focus':
        model_tag = LSTMTagger_focus(opt.emb_size, opt.tag_emb_size, opt.hidden_size, len(word_to_idx), len(tag_to_idx),
                                     bidirectional=opt.bidirectional, num_layers=opt.num_layers, dropout=opt.dropout,
                                     device=opt.device, extFeats_dim=extFeats_dim)
    else:
        raise ValueError(opt.task_st)
    model_tag = model_tag.to(opt.device)
    optimizer = torch.optim.Adam(model_tag.parameters(), lr=opt.lr)
    for _ in range(steps):
        lens = [6, 5, 3]
        inputs = torch.randint(0, len(word_to_idx), (len(lens), max(lens)))
        tags = torch.randint(0, len(tag_to_idx), (len(lens), max(lens)))
        tag_scores = model_tag(inputs, tags, lens)
        loss = F.nll_loss(tag_scores.view(-1, len(tag_to_idx)), tags.view(-1))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model_tag.parameters(), opt.max_norm)
        optimizer.step()
    return model_tag


def probe():
    opt = parse_options(RUN_ATIS + ['--emb_size', '12', '--hidden_size', '8', '--tag_emb_size', '6'])
    build_and_train(opt, word_to_idx={str(i): i for i in range(30)}, tag_to_idx={str(i): i for i in range(7)})


if __name__ == "__main__":
    opt = parse_options()
    build_and_train(opt, {}, {})

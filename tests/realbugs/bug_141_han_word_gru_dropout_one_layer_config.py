# source: https://github.com/Renovamen/Text-Classification/commit/01f34ce44302ed9bedb12fe1ca06ce0da443b9e0
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.3 and num_layers=1
"""Text-Classification (models/HAN/word_encoder.py, sent_encoder.py, configs/*/han.yaml), "Support
Tensorboard": the hierarchical attention network's word- and sentence-level bidirectional GRUs
take their layer counts and the model's single dropout from the YAML config, whose shipped values
are word_rnn_layers: 1, sentence_rnn_layers: 1, dropout: 0.3, so both GRUs get a dropout torch
cannot apply. The commit passed (0 if word_rnn_layers == 1 else dropout) to both; the model is
built by a factory from the parsed config, and documents are packed twice (documents into
sentences, sentences into words) on the way through."""
from types import SimpleNamespace

import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, PackedSequence

# configs/ag_news/han.yaml, as the config loader returns it
HAN_YAML = {
    'model_name': 'han', 'word2vec': 'random', 'emb_size': 256, 'word_rnn_size': 50,
    'sentence_rnn_size': 50, 'word_rnn_layers': 1, 'sentence_rnn_layers': 1,
    'word_att_size': 100, 'sentence_att_size': 100, 'dropout': 0.3,
    'fine_tune_word_embeddings': True, 'batch_size': 64,
}


class WordEncoder(nn.Module):

    def __init__(self, vocab_size, embeddings, emb_size, fine_tune,
                 word_rnn_size, word_rnn_layers, word_att_size, dropout):
        super(WordEncoder, self).__init__()
        self.embeddings = nn.Embedding(vocab_size, emb_size)
        self.embeddings.weight.data.uniform_(-0.1, 0.1)
        # word-level RNN (bidirectional GRU)
        self.word_rnn = nn.GRU(
            emb_size, word_rnn_size,
            num_layers = word_rnn_layers,
            bidirectional = True,
            dropout = dropout,  # fix: (0 if word_rnn_layers == 1 else dropout)
            batch_first = True
        )
        self.W_w = nn.Linear(2 * word_rnn_size, word_att_size)
        self.u_w = nn.Linear(word_att_size, 1, bias = False)
        self.dropout = nn.Dropout(dropout)
        self.tanh = nn.Tanh()
        self.softmax = nn.Softmax(dim = 1)

    def forward(self, sentences, words_per_sentence):
        sentences = self.dropout(self.embeddings(sentences))
        packed_words = pack_padded_sequence(sentences, lengths = words_per_sentence.tolist(),
                                            batch_first = True, enforce_sorted = False)
        packed_words, _ = self.word_rnn(packed_words)
        sentences, _ = pad_packed_sequence(packed_words, batch_first = True)
        word_alphas = self.softmax(self.u_w(self.tanh(self.W_w(sentences))).squeeze(2))
        sentences = (sentences * word_alphas.unsqueeze(2)).sum(dim = 1)
        return sentences, word_alphas


class SentenceEncoder(nn.Module):

    def __init__(self, vocab_size, embeddings, emb_size, fine_tune,
                 word_rnn_size, sentence_rnn_size, word_rnn_layers, sentence_rnn_layers,
                 word_att_size, sentence_att_size, dropout):
        super(SentenceEncoder, self).__init__()
        self.word_encoder = WordEncoder(
            vocab_size = vocab_size, embeddings = embeddings, emb_size = emb_size,
            fine_tune = fine_tune, word_rnn_size = word_rnn_size,
            word_rnn_layers = word_rnn_layers, word_att_size = word_att_size, dropout = dropout
        )
        # sentence-level RNN (bidirectional GRU)
        self.sentence_rnn = nn.GRU(
            2 * word_rnn_size, sentence_rnn_size,
            num_layers = sentence_rnn_layers,
            bidirectional = True,
            dropout = dropout,
            batch_first = True
        )
        self.W_s = nn.Linear(2 * sentence_rnn_size, sentence_att_size)
        self.u_s = nn.Linear(sentence_att_size, 1, bias = False)
        self.dropout = nn.Dropout(dropout)
        self.tanh = nn.Tanh()
        self.softmax = nn.Softmax(dim = 1)

    def forward(self, documents, sentences_per_document, words_per_sentence):
        packed_sentences = pack_padded_sequence(documents, lengths = sentences_per_document.tolist(),
                                                batch_first = True, enforce_sorted = False)
        packed_words_per_sentence = pack_padded_sequence(words_per_sentence,
                                                         lengths = sentences_per_document.tolist(),
                                                         batch_first = True, enforce_sorted = False)
        sentences, word_alphas = self.word_encoder(packed_sentences.data, packed_words_per_sentence.data)
        sentences = self.dropout(sentences)
        packed_sentences, _ = self.sentence_rnn(PackedSequence(
            data = sentences,
            batch_sizes = packed_sentences.batch_sizes,
            sorted_indices = packed_sentences.sorted_indices,
            unsorted_indices = packed_sentences.unsorted_indices
        ))
        documents, _ = pad_packed_sequence(packed_sentences, batch_first = True)
        sent_alphas = self.softmax(self.u_s(self.tanh(self.W_s(documents))).squeeze(2))
        documents = (documents * sent_alphas.unsqueeze(2)).sum(dim = 1)
        return documents, word_alphas, sent_alphas


class HAN(nn.Module):

    def __init__(self, n_classes, vocab_size, embeddings, emb_size, fine_tune,
                 word_rnn_size, sentence_rnn_size, word_rnn_layers, sentence_rnn_layers,
                 word_att_size, sentence_att_size, dropout = 0.5):
        super(HAN, self).__init__()
        self.sentence_encoder = SentenceEncoder(
            vocab_size, embeddings, emb_size, fine_tune,
            word_rnn_size, sentence_rnn_size, word_rnn_layers, sentence_rnn_layers,
            word_att_size, sentence_att_size, dropout
        )
        self.fc = nn.Linear(2 * sentence_rnn_size, n_classes)
        self.dropout = nn.Dropout(dropout)

    def forward(self, documents, sentences_per_document, words_per_sentence):
        document_embeddings, word_alphas, sentence_alphas = self.sentence_encoder(
            documents, sentences_per_document, words_per_sentence)
        return self.fc(self.dropout(document_embeddings)), word_alphas, sentence_alphas


def setup(config, n_classes, vocab_size, embeddings=None):
    """models/__init__.py: build the model the config names."""
    if config.model_name == 'han':
        return HAN(
            n_classes = n_classes, vocab_size = vocab_size, embeddings = embeddings,
            emb_size = config.emb_size, fine_tune = config.fine_tune_word_embeddings,
            word_rnn_size = config.word_rnn_size, sentence_rnn_size = config.sentence_rnn_size,
            word_rnn_layers = config.word_rnn_layers, sentence_rnn_layers = config.sentence_rnn_layers,
            word_att_size = config.word_att_size, sentence_att_size = config.sentence_att_size,
            dropout = config.dropout
        )
    raise Exception("Model not supported: ", config.model_name)


def probe():
    config = SimpleNamespace(**HAN_YAML)
    model = setup(config, n_classes = 4, vocab_size = 500)
    documents = torch.randint(1, 500, (3, 4, 7))  # (n_documents, sent_pad_len, word_pad_len)
    sentences_per_document = torch.tensor([4, 2, 3])
    words_per_sentence = torch.tensor([[7, 5, 3, 2], [6, 4, 0, 0], [2, 7, 5, 0]]).clamp(min = 1)
    scores, _, _ = model(documents, sentences_per_document, words_per_sentence)
    nn.CrossEntropyLoss()(scores, torch.tensor([0, 2, 3])).backward()


if __name__ == "__main__":
    probe()

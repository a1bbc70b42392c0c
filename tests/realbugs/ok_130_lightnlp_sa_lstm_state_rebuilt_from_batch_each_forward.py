# source: https://github.com/smilelight/lightNLP/blob/772c5f6a1be9943c2ed4d1d713dd456089b48268/lightnlp/tc/sa/model.py
"""smilelight/lightNLP at 772c5f6 (lightnlp/tc/sa/model.py, lightnlp/tc/sa/config.py,
lightnlp/tc/sa/tool.py), correct: the sentiment LSTMClassifier keeps `batch_size` from its config
(128) and builds `self.hidden` from it in the constructor, but forward rebuilds the state every
call with `init_hidden(sentence.size()[0])`: the text field is batch_first, so that is the
batch of this call, and the embeddings are permuted to time-major before the one-layer LSTM, so
the state (1, batch, hidden) matches the short last batch too; the head reads the last time
step. torchtext's vocabularies are replaced by lists and BaseModel/BaseConfig by plain classes."""
import torch
import torch.nn as nn

DEVICE = torch.device('cpu')

# lightnlp/tc/sa/config.py
DEFAULT_CONFIG = {
    'lr': 0.02,
    'epoch': 10,
    'lr_decay': 0.05,
    'batch_size': 128,
    'dropout': 0.5,
    'static': False,
    'non_static': False,
    'embedding_dim': 300,
    'vector_path': '',
    'class_num': 0,
    'vocabulary_size': 0,
    'word_vocab': None,
    'tag_vocab': None,
    'save_path': './sa_saves',
    'filter_num': 100,
    'filter_sizes': (3, 4, 5),
    'multichannel': False
}


class BaseConfig(object):
    pass


class BaseModel(nn.Module):
    def __init__(self, args):
        super(BaseModel, self).__init__()
        self.args = args
        self.save_path = args.save_path


# lightnlp/tc/sa/model.py
class Config(BaseConfig):
    def __init__(self, word_vocab, label_vocab, vector_path, **kwargs):
        super(Config, self).__init__()
        for name, value in DEFAULT_CONFIG.items():
            setattr(self, name, value)
        self.word_vocab = word_vocab
        self.label_vocab = label_vocab
        self.class_num = len(self.label_vocab)
        self.vocabulary_size = len(self.word_vocab)
        self.vector_path = vector_path
        for name, value in kwargs.items():
            setattr(self, name, value)


class LSTMClassifier(BaseModel):
    def __init__(self, args):
        super(LSTMClassifier, self).__init__(args)

        self.hidden_dim = 300
        self.class_num = args.class_num
        self.batch_size = args.batch_size

        self.vocabulary_size = args.vocabulary_size
        self.embedding_dimension = args.embedding_dim
        
        self.embedding = nn.Embedding(self.vocabulary_size, self.embedding_dimension).to(DEVICE)
        if args.static:
            self.embedding = self.embedding.from_pretrained(args.vectors, freeze=not args.non_static).to(DEVICE)
        if args.multichannel:
            self.embedding2 = nn.Embedding(self.vocabulary_size, self.embedding_dimension).from_pretrained(args.vectors).to(DEVICE)
        else:
            self.embedding2 = None

        self.lstm = nn.LSTM(self.embedding_dimension, self.hidden_dim).to(DEVICE)
        self.hidden2label = nn.Linear(self.hidden_dim, self.class_num).to(DEVICE)
        self.hidden = self.init_hidden()

    def init_hidden(self, batch_size=None):
        if batch_size is None:
            batch_size = self.batch_size
        
        h0 = torch.zeros(1, batch_size, self.hidden_dim).to(DEVICE)
        c0 = torch.zeros(1, batch_size, self.hidden_dim).to(DEVICE)

        return h0, c0
    
    def forward(self, sentence):
        embeds = self.embedding(sentence).to(DEVICE)

        x = embeds.permute(1, 0, 2).to(DEVICE)
        self.hidden = self.init_hidden(sentence.size()[0])
        lstm_out, self.hidden = self.lstm(x, self.hidden)
        lstm_out = lstm_out.to(DEVICE)
        final = lstm_out[-1].to(DEVICE)
        y = self.hidden2label(final)
        return y


def probe():
    word_vocab = ['<unk>', '<pad>'] + ['w%d' % i for i in range(40)]
    config = Config(word_vocab, ['neg', 'pos'], '', embedding_dim=32)
    model = LSTMClassifier(config)
    # TEXT = Field(lower=True, tokenize=light_tokenize, batch_first=True): (batch, seq_len)
    for batch_size in (config.batch_size, 37):  # a full batch, then the short last one
        sentence = torch.randint(0, len(word_vocab), (batch_size, 11))
        logits = model(sentence)
        assert logits.shape == (batch_size, 2)


if __name__ == "__main__":
    probe()

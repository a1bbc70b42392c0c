# source: https://github.com/zjunlp/DeepKE/blob/4b27718f111e2eab36cd8b7f29edfea8abb7f723/src/deepke/name_entity_re/standard/models/BiLSTM_CRF.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (14x16 and 32x5)
"""DeepKE's standard NER BiLSTM-CRF (src/deepke/name_entity_re/standard/models/BiLSTM_CRF.py,
example/ner/standard/run_lstmcrf.py, conf/hydra/model/lstmcrf.yaml): the model takes
`bidirectional` (and `num_layers`, `drop_out`) from the hydra config and hands it to nn.LSTM,
but the emission layer is always Linear(hidden_size * 2, num_labels). The shipped lstmcrf.yaml
has bidirectional: True; run with `bidirectional=False` (a config key the script exposes) the
LSTM gives hidden_size features and the first training step fails in the Linear. Unreported;
confirmed with torch on run_lstmcrf.py's path with that override. The head should be
Linear(hidden_size * (2 if bidirectional else 1), num_labels). torchcrf's CRF is replaced by a
stand-in with its interface."""
from types import SimpleNamespace

import torch
import torch.nn as nn

# conf/hydra/model/lstmcrf.yaml (+ the training keys of conf/train.yaml it is merged with)
LSTMCRF_YAML = dict(
    model_name="lstmcrf",
    model_save_name="model.pth",
    word_dim=128,
    hidden_dim=384,
    drop_out=0.5,
    num_layers=2,
    bidirectional=True,
    seed=1,
    train_batch_size=32,
    learning_rate=1e-3,
    beta1=0.9,
    beta2=0.999,
    num_train_epochs=1,
)


class CRF(nn.Module):
    """Stand-in for torchcrf.CRF(num_tags, batch_first=True): decode and forward over emissions."""

    def __init__(self, num_tags, batch_first=True):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(num_tags, num_tags))

    def decode(self, emissions, mask):
        return [row[m].tolist() for row, m in zip(emissions.argmax(-1), mask)]

    def forward(self, emissions, tags, mask):
        picked = emissions.log_softmax(-1).gather(-1, tags.unsqueeze(-1)).squeeze(-1)
        return (picked * mask).sum()


class BiLSTM_CRF(nn.Module):
    def __init__(self, vocab_size, num_labels, embedding_dim, hidden_size, drop_out, bidirectional, num_layers):
        super().__init__()
        """ nn.Embedding: parameter size (num_words, embedding_dim) """
        self.embed = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(
            embedding_dim,
            hidden_size,
            dropout=drop_out,
            num_layers=num_layers,
            batch_first=True,
            bidirectional=bidirectional,
        )
        self.linear = nn.Linear(hidden_size * 2, num_labels)  # fix: nn.Linear(hidden_size * (2 if bidirectional else 1), num_labels)
        self.crf = CRF(num_labels, batch_first=True)

    def _get_lstm_feature(self, input):
        out = self.embed(input)
        out, _ = self.lstm(out)
        return self.linear(out)

    def forward(self, input, mask):
        out = self._get_lstm_feature(input)
        return self.crf.decode(out, mask)

    def loss_fn(self, input, target, mask):
        y_pred = self._get_lstm_feature(input)
        return -self.crf.forward(y_pred, target, mask)


def build_crflstm_corpus(cfg, n_sentences=4, length=7):
    word2id = {w: i for i, w in enumerate(['<pad>', '<unk>'] + [f'w{i}' for i in range(30)])}
    label2id = {l: i for i, l in enumerate(['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'])}
    id2label = {i: l for l, i in label2id.items()}
    examples = [(torch.randint(2, len(word2id), (length,)), torch.randint(0, len(label2id), (length,)))
                for _ in range(n_sentences)]
    return examples, word2id, label2id, id2label


def main(cfg):
    torch.manual_seed(cfg.seed)
    device = torch.device('cpu')
    train_examples, word2id, label2id, id2label = build_crflstm_corpus(cfg)
    model = BiLSTM_CRF(len(word2id), len(label2id), cfg.word_dim, cfg.hidden_dim, cfg.drop_out, cfg.bidirectional,
                       cfg.num_layers)
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.learning_rate, betas=(cfg.beta1, cfg.beta2))
    for epoch in range(int(cfg.num_train_epochs)):
        model.train()
        for start in range(0, len(train_examples), cfg.train_batch_size):
            chunk = train_examples[start:start + cfg.train_batch_size]
            input = torch.stack([x for x, _ in chunk])
            target = torch.stack([y for _, y in chunk])
            mask = torch.ones_like(input, dtype=torch.bool)
            y_pred = model(input, mask)
            loss = model.loss_fn(input, target, mask)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
    return model


def probe():
    cfg = SimpleNamespace(**LSTMCRF_YAML)
    cfg.bidirectional = False  # `python run_lstmcrf.py bidirectional=False`
    cfg.word_dim, cfg.hidden_dim, cfg.train_batch_size = 8, 16, 2
    main(cfg)


if __name__ == "__main__":
    main(SimpleNamespace(**LSTMCRF_YAML))

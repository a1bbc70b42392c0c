# source: https://github.com/ms2892/SpeechRecognition/blob/142b2ea21c5e52ba800e49ad7abb1fd0a30a2deb/models_regularized_uni.py
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (24x128 and 256x40)
"""ms2892/SpeechRecognition (MLMI2 speech lab: models_regularized.py, models_regularized_uni.py,
trainer_SGD_Optim.py, MLMI2_Lab_Uni_LSTM.ipynb): the unidirectional variant was made by copying
the bidirectional BiLSTM and setting `bidirectional=False`, but its projection stayed
`nn.Linear(hidden_dims * 2, out_dims)`; a one-way LSTM's output has hidden_dims features, so the
first batch fails at the projection. The "Uni LSTM" notebook imports models_regularized (the
bidirectional one; its printed model is `LSTM(23, 128, bidirectional=True)`), so the
unidirectional module was never run. Not reported; torch confirms it with the notebook's args
(one layer, 23 filterbank dims, 128 model dims, 40 phones) given to models_regularized_uni. Data
are random filterbank frames instead of TIMIT."""
from collections import namedtuple

import torch
import torch.nn as nn
from torch.nn import CTCLoss
from torch.nn.functional import log_softmax
from torch.nn.utils.rnn import pad_sequence
from torch.optim import SGD


# models_regularized_uni.py
class BiLSTM(nn.Module):

    def __init__(self, num_layers, in_dims, hidden_dims, out_dims):
        super().__init__()

        self.lstm = nn.LSTM(in_dims, hidden_dims, num_layers, bidirectional=False)
        self.dropout = nn.Dropout(0.05)
        self.proj = nn.Linear(hidden_dims * 2, out_dims)  # fix: nn.Linear(hidden_dims, out_dims) for the unidirectional LSTM

    def forward(self, feat):
        hidden, _ = self.lstm(feat)
        hidden = self.dropout(hidden)
        output = self.proj(hidden)
        return output


# utils.py
def concat_inputs(inputs, inputs_lens, factor=2):
    if factor == 1:
        return inputs, inputs_lens
    seq_len, bsz, dim = inputs.shape
    inputs = inputs[: seq_len - seq_len % factor].reshape(seq_len // factor, factor, bsz, dim)
    inputs = inputs.permute(0, 2, 1, 3).reshape(seq_len // factor, bsz, factor * dim)
    return inputs, inputs_lens // factor


# dataloader.py (random frames, time-first like the lab's collate)
def get_dataloader(n_batches, batch_size, fbank_dims, vocab):
    phones = list(vocab)
    batches = []
    for _ in range(n_batches):
        lens = torch.tensor([6, 5, 6, 4][:batch_size])
        inputs = torch.randn(int(lens.max()), batch_size, fbank_dims)
        trans = [" ".join(phones[(i + j) % len(phones)] for j in range(3)) for i in range(batch_size)]
        batches.append((inputs, lens, trans, None))
    return batches


# trainer_SGD_Optim.py (one epoch)
def train(model, args):
    torch.manual_seed(args.seed)
    train_loader = get_dataloader(2, args.batch_size, args.fbank_dims, args.vocab)
    criterion = CTCLoss(zero_infinity=True)
    optimiser = SGD(model.parameters(), lr=args.lr)
    for idx, data in enumerate(train_loader):
        inputs, in_lens, trans, _ = data
        inputs = inputs.to(args.device)
        inputs, in_lens = concat_inputs(inputs, in_lens, factor=args.concat)
        targets = [torch.tensor(list(map(lambda x: args.vocab[x], target.split())), dtype=torch.long)
                   for target in trans]
        out_lens = torch.tensor([len(target) for target in targets], dtype=torch.long)
        targets = pad_sequence(targets, batch_first=True)

        optimiser.zero_grad()
        outputs = log_softmax(model(inputs), dim=-1)
        loss = criterion(outputs, targets, in_lens, out_lens)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), args.clip)
        optimiser.step()


def probe():
    vocab = {"_": 0}
    for i in range(39):
        vocab[f"p{i}"] = i + 1
    args = {'seed': 123,
            'batch_size': 4,
            'num_layers': 1,
            'fbank_dims': 23,
            'model_dims': 128,
            'concat': 1,
            'lr': 0.5,
            'vocab': vocab,
            'report_interval': 50,
            'num_epochs': 1,
            'device': "cpu",
            'clip': 0.5,
            }
    args = namedtuple('x', args)(**args)

    model = BiLSTM(args.num_layers, args.fbank_dims * args.concat, args.model_dims, len(args.vocab))
    train(model, args)


if __name__ == "__main__":
    probe()

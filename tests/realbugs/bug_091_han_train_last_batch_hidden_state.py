# source: https://github.com/vietnh1009/Hierarchical-attention-networks-pytorch/issues/12
# rule: LC009
# torch: RuntimeError: Expected hidden size (2, 2, 8), got [2, 4, 8]
"""Hierarchical attention networks (train.py, src/hierarchical_att_model.py): the model keeps its
word- and sentence-level GRU states as attributes made by _init_hidden_state(last_batch_size=None),
which defaults to the configured batch_size. The evaluation loop passes the size of the last,
shorter batch; the training loop calls _init_hidden_state() with no argument, so the training
set's last batch meets states built for a full one: "Batch size in the last batch is handled for
Evaluation dataset but not for train."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset


class WordAttNet(nn.Module):
    def __init__(self, dict_size, embed_size, hidden_size=8):
        super(WordAttNet, self).__init__()
        self.lookup = nn.Embedding(dict_size, embed_size)
        self.gru = nn.GRU(embed_size, hidden_size, bidirectional=True)
        self.context = nn.Linear(2 * hidden_size, 1)

    def forward(self, input, hidden_state):
        output = self.lookup(input)
        f_output, h_output = self.gru(output.float(), hidden_state)
        weights = F.softmax(self.context(f_output), dim=0)
        output = (weights * f_output).sum(0, keepdim=True)
        return output, h_output


class SentAttNet(nn.Module):
    def __init__(self, sent_hidden_size=8, word_hidden_size=8, num_classes=4):
        super(SentAttNet, self).__init__()
        self.gru = nn.GRU(2 * word_hidden_size, sent_hidden_size, bidirectional=True)
        self.fc = nn.Linear(2 * sent_hidden_size, num_classes)

    def forward(self, input, hidden_state):
        f_output, h_output = self.gru(input, hidden_state)
        return self.fc(f_output.mean(0)), h_output


class HierAttNet(nn.Module):
    def __init__(self, word_hidden_size, sent_hidden_size, batch_size, num_classes, dict_size,
                 embed_size, max_sent_length, max_word_length):
        super(HierAttNet, self).__init__()
        self.batch_size = batch_size
        self.word_hidden_size = word_hidden_size
        self.sent_hidden_size = sent_hidden_size
        self.max_sent_length = max_sent_length
        self.max_word_length = max_word_length
        self.word_att_net = WordAttNet(dict_size, embed_size, word_hidden_size)
        self.sent_att_net = SentAttNet(sent_hidden_size, word_hidden_size, num_classes)
        self._init_hidden_state()

    def _init_hidden_state(self, last_batch_size=None):
        if last_batch_size:
            batch_size = last_batch_size
        else:
            batch_size = self.batch_size
        self.word_hidden_state = torch.zeros(2, batch_size, self.word_hidden_size)
        self.sent_hidden_state = torch.zeros(2, batch_size, self.sent_hidden_size)

    def forward(self, input):
        output_list = []
        input = input.permute(1, 0, 2)
        for i in input:
            output, self.word_hidden_state = self.word_att_net(i.permute(1, 0), self.word_hidden_state)
            output_list.append(output)
        output = torch.cat(output_list, 0)
        output, self.sent_hidden_state = self.sent_att_net(output, self.sent_hidden_state)
        return output


def train(opt, training_set, test_set):
    training_generator = DataLoader(training_set, batch_size=opt["batch_size"], shuffle=True)
    test_generator = DataLoader(test_set, batch_size=opt["batch_size"])
    model = HierAttNet(opt["word_hidden_size"], opt["sent_hidden_size"], opt["batch_size"], 4,
                       50, 12, opt["max_sent_length"], opt["max_word_length"])
    criterion = nn.CrossEntropyLoss()
    optimizer = torch.optim.SGD(model.parameters(), lr=opt["lr"], momentum=0.9)
    for epoch in range(opt["num_epoches"]):
        for feature, label in training_generator:
            optimizer.zero_grad()
            model._init_hidden_state()  # fix: the last batch can be shorter: model._init_hidden_state(len(label)), as the test loop does
            predictions = model(feature)
            loss = criterion(predictions, label)
            loss.backward()
            optimizer.step()
        model.eval()
        for te_feature, te_label in test_generator:
            num_sample = len(te_label)
            with torch.no_grad():
                model._init_hidden_state(num_sample)
                model(te_feature)
        model.train()


def probe():
    opt = {"batch_size": 4, "num_epoches": 1, "lr": 0.1, "word_hidden_size": 8,
           "sent_hidden_size": 8, "max_sent_length": 3, "max_word_length": 5}
    training_set = TensorDataset(torch.randint(1, 50, (10, 3, 5)), torch.randint(0, 4, (10,)))
    test_set = TensorDataset(torch.randint(1, 50, (6, 3, 5)), torch.randint(0, 4, (6,)))
    train(opt, training_set, test_set)


if __name__ == "__main__":
    probe()

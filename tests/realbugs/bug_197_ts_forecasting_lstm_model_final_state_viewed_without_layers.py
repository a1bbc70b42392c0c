# source: https://github.com/zhangxu0307/time_series_forecasting_pytorch/blob/87d57a6ee9722aa221712f2ccd203b0a66599156/src/model.py
# rule: LC007
# torch: RuntimeError: shape '[4, 8]' is invalid for input of size 64
"""zhangxu0307/time_series_forecasting_pytorch at 87d57a6 (src/model.py, src/NN_train.py): BaseModel
takes `layerNum` and builds the chosen cell ("RNN", "LSTM", "GRU") with num_layers=layerNum, and
the states are sized `layerNum * 1` rows, but every forward reads the final state as
`hn.view(batchSize, self.hiddenNum)` (LSTMModel: `hn[0].view(...)`), which only holds for one
layer: with layerNum=2 the final state is (2, batch, hidden) and the view fails before the head.
NN_train.train() always passes layerNum=1, so the authors never ran the parameter they offer.
Unreported; confirmed with torch on this path: LSTMModel(inputDim=1, hiddenNum=8, outputDim=1,
layerNum=2, cell="LSTM"), batch-first windows from create_samples, one training step. The fix
takes the last layer, `hn[0][-1]` (and `hn[-1]` in RNNModel and GRUModel)."""
import torch
import torch.nn as nn
import torch.optim as optim
from torch.autograd import Variable


# RNNs模型基类，主要是用于指定参数和cell类型
class BaseModel(nn.Module):

    def __init__(self, inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda=False):

        super(BaseModel, self).__init__()
        self.hiddenNum = hiddenNum
        self.inputDim = inputDim
        self.outputDim = outputDim
        self.layerNum = layerNum
        self.use_cuda = use_cuda
        if cell == "RNN":
            self.cell = nn.RNN(input_size=self.inputDim, hidden_size=self.hiddenNum,
                        num_layers=self.layerNum, dropout=0.0,
                         nonlinearity="tanh", batch_first=True,)
        if cell == "LSTM":
            self.cell = nn.LSTM(input_size=self.inputDim, hidden_size=self.hiddenNum,
                               num_layers=self.layerNum, dropout=0.0,
                               batch_first=True, )
        if cell == "GRU":
            self.cell = nn.GRU(input_size=self.inputDim, hidden_size=self.hiddenNum,
                                num_layers=self.layerNum, dropout=0.0,
                                 batch_first=True, )
        self.fc = nn.Linear(self.hiddenNum, self.outputDim)


# 标准RNN模型
class RNNModel(BaseModel):

    def __init__(self, inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda):

        super(RNNModel, self).__init__(inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda)

    def forward(self, x):

        batchSize = x.size(0)
        h0 = Variable(torch.zeros(self.layerNum * 1, batchSize , self.hiddenNum))
        if self.use_cuda:
            h0 = h0.cuda()
        rnnOutput, hn = self.cell(x, h0)
        hn = hn.view(batchSize, self.hiddenNum)
        fcOutput = self.fc(hn)

        return fcOutput


# LSTM模型
class LSTMModel(BaseModel):

    def __init__(self, inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda):
        super(LSTMModel, self).__init__(inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda)

    def forward(self, x):

        batchSize = x.size(0)
        h0 = Variable(torch.zeros(self.layerNum * 1, batchSize, self.hiddenNum))
        c0 = Variable(torch.zeros(self.layerNum * 1, batchSize, self.hiddenNum))
        if self.use_cuda:
            h0 = h0.cuda()
            c0 = c0.cuda()
        rnnOutput, hn = self.cell(x, (h0, c0))
        hn = hn[0].view(batchSize, self.hiddenNum)  # fix: hn[0][-1] (the last layer's final state)
        fcOutput = self.fc(hn)

        return fcOutput


# GRU模型
class GRUModel(BaseModel):

    def __init__(self, inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda):
        super(GRUModel, self).__init__(inputDim, hiddenNum, outputDim, layerNum, cell, use_cuda)

    def forward(self, x):

        batchSize = x.size(0)
        h0 = Variable(torch.zeros(self.layerNum * 1, batchSize, self.hiddenNum))
        if self.use_cuda:
            h0 = h0.cuda()
        rnnOutput, hn = self.cell(x, h0)
        hn = hn.view(batchSize, self.hiddenNum)
        fcOutput = self.fc(hn)

        return fcOutput


# ---- util.py / NN_train.py
def create_samples(series, lag):
    xs = torch.stack([series[i:i + lag] for i in range(len(series) - lag)]).unsqueeze(2)  # (N, lag, 1)
    ys = series[lag:].unsqueeze(1)
    return xs, ys


def train_step(net, trainX, trainY, lr=1e-3, batchSize=4):
    optimizer = optim.RMSprop(net.parameters(), lr=lr)
    criterion = nn.MSELoss()
    x, y = trainX[:batchSize], trainY[:batchSize]
    optimizer.zero_grad()
    loss = criterion(net(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()


def train(trainX, trainY, lag, lr, method, hidden_num=64, epoch=20, batchSize=32, use_cuda=False):
    if method == "RNN":
        net = RNNModel(inputDim=1, hiddenNum=hidden_num, outputDim=1, layerNum=1, cell="RNN", use_cuda=use_cuda)
    if method == "LSTM":
        net = LSTMModel(inputDim=1, hiddenNum=hidden_num, outputDim=1, layerNum=1, cell="LSTM", use_cuda=use_cuda)
    if method == "GRU":
        net = GRUModel(inputDim=1, hiddenNum=hidden_num, outputDim=1, layerNum=1, cell="GRU", use_cuda=use_cuda)
    for _ in range(epoch):
        train_step(net, trainX, trainY, lr=lr, batchSize=batchSize)
    return net


def probe():
    series = torch.sin(torch.arange(40, dtype=torch.float) / 3)
    trainX, trainY = create_samples(series, lag=6)
    net = LSTMModel(inputDim=1, hiddenNum=8, outputDim=1, layerNum=2, cell="LSTM", use_cuda=False)
    train_step(net, trainX, trainY, batchSize=4)


if __name__ == "__main__":
    series = torch.sin(torch.arange(200, dtype=torch.float) / 10)
    trainX, trainY = create_samples(series, lag=24)
    train(trainX, trainY, lag=24, lr=1e-3, method="LSTM", hidden_num=64, epoch=2)

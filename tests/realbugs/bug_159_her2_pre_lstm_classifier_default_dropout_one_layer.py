# source: https://github.com/JinlinYY/HER2-Pre/blob/c9a77e3135fb6075da7777f4fc38b3f711b50ee8/LSTM.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.1 and num_layers=1
"""HER2-Pre (Classifier/LSTM_Classifier.py, LSTM.py, module/train_test.py): the LSTM classifier
takes `dropout=0.1` as a default and hands it to nn.LSTM, and the training script builds it in
every cross-validation fold with `num_layers = 1`, so torch warns on each construction and the
dropout does nothing. Not reported; torch confirms it on the script's own path (main() builds
LSTMClassifier(input_dim=..., hidden_dim=128, num_layers=1, output_size=3)). The image/Excel
feature extraction is replaced by random features of the same width (35 PCA components + the
Excel columns)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


# sklearn's StratifiedKFold, accuracy_score and confusion_matrix, as small stand-ins
class StratifiedKFold:
    def __init__(self, n_splits, shuffle=True, random_state=None):
        self.n_splits = n_splits

    def split(self, X, y):
        folds = [i % self.n_splits for i in range(len(y))]
        for k in range(self.n_splits):
            yield ([i for i in range(len(y)) if folds[i] != k], [i for i in range(len(y)) if folds[i] == k])


def accuracy_score(y_true, y_pred):
    return float((torch.as_tensor(y_true) == torch.as_tensor(y_pred)).float().mean())


def confusion_matrix(y_true, y_pred, n=3):
    cm = torch.zeros(n, n, dtype=torch.long)
    for t, p in zip(torch.as_tensor(y_true).tolist(), torch.as_tensor(y_pred).tolist()):
        cm[t, p] += 1
    return cm


# Classifier/LSTM_Classifier.py
class LSTMClassifier(nn.Module):
    def __init__(self, input_dim, hidden_dim, num_layers, output_size, dropout=0.1):
        super(LSTMClassifier, self).__init__()
        self.lstm = nn.LSTM(input_dim, hidden_dim, num_layers, batch_first=True, dropout=dropout)  # fix: dropout=dropout if num_layers > 1 else 0 (or an nn.Dropout on lstm_out)
        self.fc = nn.Linear(hidden_dim, output_size)

    def forward(self, x):
        x = x.unsqueeze(1)
        lstm_out, _ = self.lstm(x)
        lstm_out = lstm_out[:, -1, :]
        out = self.fc(lstm_out)
        return out


# module/addbatch.py
def addbatch(data_train, data_test, batchsize):
    data = torch.utils.data.TensorDataset(data_train, data_test)
    return torch.utils.data.DataLoader(data, batch_size=batchsize, shuffle=True)


# module/train_test.py (shortened: a few epochs instead of 1001, no checkpoint file)
def train_test(train_input, train_label, val_input, val_label, test_input, test_label, net, optimizer,
               loss_func, batch_size, epochs=3):
    traindata = addbatch(train_input, train_label, batch_size)
    for epoch in range(epochs):
        net.train()
        for step, data in enumerate(traindata):
            inputs, labels = data
            optimizer.zero_grad()
            out = net(inputs)
            train_loss = loss_func(out, labels)
            train_loss.backward()
            optimizer.step()

        net.eval()
        with torch.no_grad():
            val_out = net(val_input)
            val_prediction = torch.max(val_out, 1)[1].cpu()
            val_accuracy = accuracy_score(val_label.cpu(), val_prediction)
        print(f'Epoch [{epoch + 1}/{epochs}], Val Accuracy: {val_accuracy:.4f}')

    with torch.no_grad():
        test_out = net(test_input)
        test_prediction = torch.max(test_out, 1)[1].cpu()
        test_probs = F.softmax(test_out, dim=1).cpu().detach()
    cm_test = confusion_matrix(test_label.cpu(), test_prediction)
    return cm_test, test_probs


# LSTM.py
def main(combined_features, label, SEED=42):
    combined_features_tensor = torch.as_tensor(combined_features, dtype=torch.float32)
    label_tensor = torch.tensor(label, dtype=torch.long)

    k_folds = 5
    skf = StratifiedKFold(n_splits=k_folds, shuffle=True, random_state=SEED)
    fold = 0
    for train_index, test_index in skf.split(combined_features, label):
        fold += 1
        print(f'Processing fold {fold}/{k_folds}...')
        x_train, x_test = combined_features_tensor[train_index], combined_features_tensor[test_index]
        y_train, y_test = label_tensor[train_index], label_tensor[test_index]

        net = LSTMClassifier(input_dim=combined_features.shape[1], hidden_dim=128, num_layers=1, output_size=3)
        optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
        loss_func = nn.CrossEntropyLoss()

        batch_size = 16
        train_test(x_train, y_train, x_test, y_test, x_test, y_test, net, optimizer, loss_func, batch_size)


def probe():
    combined_features = torch.randn(60, 35 + 12)
    label = [i % 3 for i in range(60)]
    main(combined_features, label)


if __name__ == "__main__":
    probe()

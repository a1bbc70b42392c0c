"""Notebook-exported eval: predictions .squeeze() into a list for accuracy; the model input
keeps its shape."""
import torch
import torch.nn as nn

# In[1]:
model = nn.LSTM(input_size=2, hidden_size=4, batch_first=True)
head = nn.Linear(4, 1)

# In[2]:
def evaluate(batches):
    correct = 0
    for x, y in batches:
        out, _ = model(x)
        preds = (torch.sigmoid(head(out[:, -1])) > 0.5).long().squeeze()
        correct += (preds == y.squeeze()).sum().item()
    return correct


def probe():
    evaluate([(torch.randn(1, 6, 2), torch.ones(1, 1).long()), (torch.randn(5, 6, 2), torch.ones(5, 1).long())])

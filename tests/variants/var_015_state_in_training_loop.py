# source: variant of bug_015 (a top-level layer; the state is made inside the training loop)
# rule: LC009
# torch: IndexError: index 1 is out of bounds for dimension 0 with size 1
"""bug_015 written notebook-style: the LSTM is a module-level object and the loop makes one
state tensor per batch where the LSTM wants the pair (h_0, c_0)."""
import torch
import torch.nn as nn

lstm = nn.LSTM(input_size=1, hidden_size=10, batch_first=True)
head = nn.Linear(10, 1)


def probe():
    batches = [torch.zeros(2, 10, 1) for _ in range(3)]
    for batch in batches:
        hidden = torch.zeros(1, batch.size(0), 10)  # fix: an LSTM's state is a tuple: (torch.zeros(1, B, 10), torch.zeros(1, B, 10))
        out, hidden = lstm(batch, hidden)
        head(out[:, -1])


if __name__ == "__main__":
    probe()

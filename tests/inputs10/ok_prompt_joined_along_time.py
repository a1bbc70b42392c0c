# torch: runs
# Prompt tuning for a GRU language model: learned prompt vectors picked per task are put in
# front of the token embeddings along the time dim; the width stays the embedding's, and
# the GRU reads the embedding size. The pooled summary a second GRU reads is a weighted sum
# of the first GRU's outputs, as wide as its hidden size.
import torch
from torch import nn


class PromptedGRU(nn.Module):
    def __init__(self, vocab=60, tasks=3, prompt_len=4, emb=10, hidden=20):
        super().__init__()
        self.prompt_len = prompt_len
        self.embed = nn.Embedding(vocab, emb)
        self.prompts = nn.Parameter(torch.randn(tasks, prompt_len, emb))
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)
        self.summary = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, tokens, task):
        prompt = self.prompts.index_select(0, task)
        x = torch.cat([prompt, self.embed(tokens)], dim=1)
        out, _ = self.gru(x)
        weights = torch.softmax(self.score(out).squeeze(-1).masked_fill(x.sum(-1) == 0, -1e4), dim=-1)
        pooled = torch.bmm(weights.unsqueeze(1), out)
        summary, _ = self.summary(pooled)
        return summary


def probe():
    PromptedGRU()(torch.randint(0, 60, (2, 5)), torch.tensor([0, 2]))

# source: variant of bug_001 (the GRU input is joined by a module-level helper; sizes as a constant)
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 16
"""bug_001 with the concatenation of embedding and context in a module-level function: the GRU
was built for the embedding alone."""
import torch
import torch.nn as nn

HIDDEN = 8


def join_inputs(embedded, context):
    return torch.cat([embedded, context], dim=2)


class Decoder(nn.Module):
    def __init__(self, output_size, hidden_size=HIDDEN):
        super().__init__()
        self.embedding = nn.Embedding(output_size, hidden_size)
        self.gru = nn.GRU(hidden_size, hidden_size)  # fix: the input is embedding + context: hidden_size * 2
        self.out = nn.Linear(hidden_size, output_size)

    def forward(self, word_input, last_hidden, context):
        embedded = self.embedding(word_input).unsqueeze(0)
        output, hidden = self.gru(join_inputs(embedded, context), last_hidden)
        return self.out(output.squeeze(0)), hidden


def probe():
    decoder = Decoder(20)
    decoder(torch.tensor([1, 2, 3]), torch.zeros(1, 3, HIDDEN), torch.randn(1, 3, HIDDEN))


if __name__ == "__main__":
    probe()

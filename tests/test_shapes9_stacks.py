"""Stacks whose modules are all built alike (flow/alike.py): `nn.ModuleList([Cell(i, h) for _
in range(n)])`, a generator of them, or `for _ in range(n): self.layers.append(Cell(i, h))`.
A loop over such a stack feeds each module after the first what the one before returned, so
every module must read that width; the walk's second iteration keeps the stack's layer and
checks it. The bugs are written the way public code writes stacks (PyxLSTM's blocks,
https://github.com/muditbhargava66/PyxLSTM/issues/10; OpenNMT-py's StackedGRU without its
`input_size = rnn_size`; an encoder of bidirectional GRUs from `self.` attributes, which a
generator reads in its own scope, lint/comprehended.py), and torch decides: the linter reports
the marked rule at the marked line exactly when torch raises, and stays silent on stacks that
size the first module apart (by rebinding the name, or by the counter), stacks of equal widths,
and a stack of one module."""

from __future__ import annotations


import pytest

from lstmcheck.lint.engine import check_source
from tests.marked_cases import assert_linter_agrees, assert_torch_agrees

CASES: dict[str, str] = {}

CASES["xlstm_blocks_alike_each_sized_for_the_embedding"] = '''
import torch
import torch.nn as nn


class xLSTMBlock(nn.Module):
    def __init__(self, input_size, hidden_size, dropout=0.0):
        super().__init__()
        self.lstm = nn.LSTM(input_size, hidden_size, batch_first=True)  # expect: LC008
        self.norm = nn.LayerNorm(hidden_size)
        self.dropout = nn.Dropout(dropout)

    def forward(self, input_seq, hidden_state=None):
        lstm_output, hidden_state = self.lstm(input_seq, hidden_state)
        return self.dropout(self.norm(lstm_output)), hidden_state


class xLSTM(nn.Module):
    def __init__(self, vocab_size, embedding_size, hidden_size, num_layers, dropout=0.0):
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, embedding_size)
        self.blocks = nn.ModuleList([xLSTMBlock(embedding_size, hidden_size, dropout)
                                     for _ in range(num_layers)])
        self.output_layer = nn.Linear(hidden_size, vocab_size)

    def forward(self, input_seq):
        output_seq = self.embedding(input_seq)
        for block in self.blocks:
            output_seq, _ = block(output_seq)
        return self.output_layer(output_seq)


def probe():
    model = xLSTM(5, 8, 16, 2)
    model(torch.randint(0, 5, (3, 12)))
'''

CASES["stacked_gru_cells_appended_without_rebinding_input_size"] = '''
import torch
import torch.nn as nn


class StackedGRU(nn.Module):
    def __init__(self, num_layers, input_size, rnn_size, dropout):
        super(StackedGRU, self).__init__()
        self.dropout = nn.Dropout(dropout)
        self.num_layers = num_layers
        self.layers = nn.ModuleList()
        for _ in range(num_layers):
            self.layers.append(nn.GRUCell(input_size, rnn_size))  # expect: LC008

    def forward(self, input, hidden):
        h_1 = []
        for i in range(self.num_layers):
            h_1_i = self.layers[i](input, hidden[i])
            input = h_1_i
            if i + 1 != self.num_layers:
                input = self.dropout(input)
            h_1 += [h_1_i]
        return input, torch.stack(h_1)


class InputFeedDecoder(nn.Module):
    def __init__(self, vocab, word_vec_size, rnn_size, layers):
        super().__init__()
        self.embeddings = nn.Embedding(vocab, word_vec_size)
        self.rnn = StackedGRU(layers, word_vec_size + rnn_size, rnn_size, 0.3)

    def forward(self, tokens, hidden, input_feed):
        emb = self.embeddings(tokens)
        rnn_input = torch.cat([emb, input_feed], 1)
        return self.rnn(rnn_input, hidden)


def probe():
    decoder = InputFeedDecoder(vocab=30, word_vec_size=12, rnn_size=20, layers=2)
    decoder(torch.randint(0, 30, (4,)), torch.zeros(2, 4, 20), torch.zeros(4, 20))
'''

CASES["bidirectional_grus_in_a_generator_of_self_attributes"] = '''
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self, n_features, n_hidden, n_stacks=3):
        super().__init__()
        self.n_features = n_features
        self.n_hidden = n_hidden
        self.rnns = nn.ModuleList(
            nn.GRU(self.n_features, self.n_hidden, batch_first=True, bidirectional=True)  # expect: LC008
            for _ in range(n_stacks))
        self.head = nn.Linear(2 * n_hidden, 1)

    def forward(self, x):
        for rnn in self.rnns:
            x, _ = rnn(x)
        return self.head(x[:, -1])


def probe():
    Encoder(n_features=6, n_hidden=10)(torch.randn(2, 9, 6))
'''

CASES["ok_stacked_cells_appended_then_input_size_rebound"] = '''
import torch
import torch.nn as nn


class StackedLSTMCell(nn.Module):
    def __init__(self, num_layers, input_size, hidden_size, dropout=0.5):
        super(StackedLSTMCell, self).__init__()
        self.dropout = nn.Dropout(dropout)
        self.num_layers = num_layers
        self.layers = nn.ModuleList()
        for i in range(num_layers):
            self.layers.append(nn.LSTMCell(input_size, hidden_size))
            input_size = hidden_size

    def forward(self, x, h_c):
        h_0, c_0 = h_c
        h_list, c_list = [], []
        for i, layer in enumerate(self.layers):
            h_i, c_i = layer(x, (h_0[i], c_0[i]))
            x = h_i
            if i + 1 != self.num_layers:
                x = self.dropout(x)
            h_list += [h_i]
            c_list += [c_i]
        return x, (torch.stack(h_list), torch.stack(c_list))


def probe():
    cell = StackedLSTMCell(num_layers=3, input_size=12, hidden_size=20)
    cell(torch.randn(4, 12), (torch.zeros(3, 4, 20), torch.zeros(3, 4, 20)))
'''

CASES["ok_first_cell_takes_the_input_by_counter"] = '''
import torch
import torch.nn as nn


class CellStack(nn.Module):
    def __init__(self, input_dim, hidden_dim, depth):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.cells = nn.ModuleList([
            nn.GRUCell(input_dim if i == 0 else hidden_dim, hidden_dim) for i in range(depth)
        ])

    def forward(self, x, hidden=None):
        if hidden is None:
            hidden = [x.new_zeros(x.size(0), self.hidden_dim) for _ in self.cells]
        new_hidden = []
        for cell, h in zip(self.cells, hidden):
            x = cell(x, h)
            new_hidden.append(x)
        return x, new_hidden


def probe():
    CellStack(7, 11, 3)(torch.randn(5, 7))
'''

CASES["ok_residual_stack_of_equal_widths"] = '''
import torch
import torch.nn as nn


class ResidualLSTMStack(nn.Module):
    def __init__(self, d_model, n_layers):
        super().__init__()
        self.d_model = d_model
        self.layers = nn.ModuleList(nn.LSTM(self.d_model, self.d_model, batch_first=True)
                                    for _ in range(n_layers))
        self.norms = nn.ModuleList([nn.LayerNorm(d_model) for _ in range(n_layers)])

    def forward(self, x):
        for lstm, norm in zip(self.layers, self.norms):
            out, _ = lstm(x)
            x = norm(x + out)
        return x


def probe():
    ResidualLSTMStack(d_model=16, n_layers=4)(torch.randn(2, 9, 16))
'''

CASES["ok_alike_stack_of_one_cell"] = '''
import torch
import torch.nn as nn


class Decoder(nn.Module):
    """One cell is all the configuration builds: the stack's second module never exists."""

    def __init__(self, emb_dim, hidden_dim, n_layers=1):
        super().__init__()
        self.cells = nn.ModuleList([nn.LSTMCell(emb_dim + hidden_dim, hidden_dim)
                                    for _ in range(n_layers)])

    def forward(self, emb, feed, states):
        x = torch.cat([emb, feed], dim=1)
        new_states = []
        for i, cell in enumerate(self.cells):
            h, c = cell(x, states[i])
            new_states.append((h, c))
            x = h
        return x, new_states


def probe():
    decoder = Decoder(emb_dim=8, hidden_dim=12)
    decoder(torch.randn(3, 8), torch.randn(3, 12), [(torch.zeros(3, 12), torch.zeros(3, 12))])
'''


@pytest.mark.parametrize("name", sorted(CASES))
def test_torch_agrees_with_the_marks(name: str) -> None:
    pytest.importorskip("torch")
    assert_torch_agrees(CASES[name], "shapes9_case",
                        errors=(RuntimeError, ValueError, TypeError, IndexError), dropout_warning=False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_linter_reports_the_marked_rule_at_its_line(name: str) -> None:
    assert_linter_agrees(name, CASES[name])


def test_the_message_says_the_module_reads_its_own_output() -> None:
    """What a user reads: the width the stack's modules return, the one they are built for,
    and a fix that keeps the first module's input_size (one edit cannot size both)."""
    source = CASES["stacked_gru_cells_appended_without_rebinding_input_size"]
    found = next(f for f in check_source(source.encode(), "decoder.py").findings if f.code == "LC008")
    assert found.severity == "error"
    assert "own output, 20 features" in found.message and "input_size=32" in found.message, found.message
    assert found.fix is not None and not found.fix.edits
    assert "first module with input_size=32 and the others with input_size=20" in found.fix.description


def test_both_directions_are_the_width_fed_back() -> None:
    source = CASES["bidirectional_grus_in_a_generator_of_self_attributes"]
    found = next(f for f in check_source(source.encode(), "encoder.py").findings if f.code == "LC008")
    assert "own output, 20 features" in found.message and "input_size=6" in found.message, found.message


def test_a_stack_of_two_built_by_a_site_is_an_error() -> None:
    source = CASES["ok_alike_stack_of_one_cell"].replace(
        "Decoder(emb_dim=8, hidden_dim=12)", "Decoder(emb_dim=8, hidden_dim=12, n_layers=2)")
    findings = [f for f in check_source(source.encode(), "decoder.py").findings if f.code == "LC008"]
    assert [(f.severity, f.location.line) for f in findings] == [("error", 11)], findings


def test_a_self_fed_module_is_not_read_as_swapped_sizes() -> None:
    """A stack fed only its own output (the first module's input unknown) has hidden_size
    features at the second module: that is no evidence of swapped sizes (LC003)."""
    source = CASES["stacked_gru_cells_appended_without_rebinding_input_size"].replace(
        "rnn_input = torch.cat([emb, input_feed], 1)", "rnn_input = input_feed.unknown()")
    codes = [f.code for f in check_source(source.encode(), "decoder.py").findings]
    assert "LC003" not in codes and "LC008" in codes, codes

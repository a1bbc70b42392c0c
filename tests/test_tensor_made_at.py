"""Every tensor the flow makes says where it was made, so a finding can point at the line to
fix (a state's `torch.zeros(...)`, the recurrent call whose result is fed on)."""

from __future__ import annotations

import textwrap

from lstmcheck.lint.extract import extract

SOURCE = textwrap.dedent('''
    import torch
    import torch.nn as nn

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Embedding(100, 16)
            self.lstm = nn.LSTM(16, 32, batch_first=True)
            self.head = nn.Linear(32, 4)

        def forward(self, tokens):
            x = self.embed(tokens)
            h0 = torch.zeros(1, tokens.size(0), 32)
            c0 = torch.zeros(1, tokens.size(0), 32).to(tokens.device)
            out, (h, c) = self.lstm(x, (h0, c0))
            last = out[:, -1, :]
            both = torch.cat((last, last), dim=1)
            return self.head(last.view(-1, 32))
''')


def _span(location) -> str:
    lines = SOURCE.splitlines()
    assert location.line == location.end_line
    return lines[location.line - 1][location.column - 1:location.end_column - 1]


def test_states_point_at_their_factory_call_and_outputs_at_the_layer_call():
    facts = extract(SOURCE, "model.py")
    lstm = next(f for f in facts.feeds if f.kind == "LSTM")
    h0, c0 = lstm.states
    assert _span(h0.made_at) == "torch.zeros(1, tokens.size(0), 32)"
    # A shape-keeping method keeps the tensor and so where it was made.
    assert _span(c0.made_at) == "torch.zeros(1, tokens.size(0), 32)"
    assert _span(lstm.input.made_at) == "self.embed(tokens)"
    head = next(f for f in facts.feeds if f.kind == "Linear")
    assert _span(head.input.made_at) == "last.view(-1, 32)"


def test_an_indexed_recurrent_output_points_at_the_index():
    source = SOURCE.replace("last.view(-1, 32)", "last")
    facts = extract(source, "model.py")
    head = next(f for f in facts.feeds if f.kind == "Linear")
    location = head.input.made_at
    assert source.splitlines()[location.line - 1][location.column - 1:location.end_column - 1] \
        == "out[:, -1, :]"


def test_a_shape_tuple_unpacked_into_a_factory_and_zeros_like_keep_the_dims():
    source = textwrap.dedent('''
        import torch
        import torch.nn as nn

        rnn = nn.LSTM(4, 8)
        shape = (2, 3, 8)
        h = torch.zeros(*shape)
        c = torch.zeros_like(h)
        out, _ = rnn(torch.randn(5, 3, 4), (h, c))
    ''')
    lstm = next(f for f in extract(source, "m.py").feeds if f.kind == "LSTM")
    assert [tuple(d.value for d in s.dims) for s in lstm.states] == [(2, 3, 8), (2, 3, 8)]

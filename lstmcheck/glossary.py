"""The words learners meet in nn.LSTM's documentation, explained for `lstmcheck explain WORD`.

`explain h_n` or `explain batch_first` is the question behind most of the seed page's quiz
items; each entry answers it in a few sentences and carries one small example whose shapes the
tests check against torch, so the words cannot drift from what torch does.
"""

from __future__ import annotations

import difflib
import textwrap
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """One word, the other spellings learners type for it, and what to say."""

    word: str
    aliases: tuple[str, ...]
    text: str
    example: str  # a few lines of Python using `nn` and `torch`; the last names the shapes
    shapes: tuple[tuple[str, tuple[int, ...]], ...]  # what the example's names hold, per torch


TERMS: tuple[Term, ...] = (
    Term(
        "input", ("x", "inputs", "sequence"),
        "What the layer reads: one tensor (L, N, H_in) with the sequence first, or "
        "(N, L, H_in) with batch_first=True, where L is the number of time steps, N the batch "
        "and H_in must equal input_size. A 2-D tensor (L, H_in) is one unbatched sequence. A "
        "PackedSequence carries a batch of sequences of different lengths.",
        "lstm = nn.LSTM(5, 3)\nx = torch.randn(4, 2, 5)\noutput, (h_n, c_n) = lstm(x)",
        (("x", (4, 2, 5)), ("output", (4, 2, 3))),
    ),
    Term(
        "output", ("out", "outputs", "output[-1]"),
        "The first result: the last layer's hidden state at every time step, (L, N, D*H_out) "
        "(batch first with batch_first=True), where D is 2 for a bidirectional layer and "
        "H_out is hidden_size (proj_size when set). Only the top layer appears. For a one-way "
        "layer output[-1] equals h_n[-1]; for a bidirectional one it does not: its second half "
        "is the backward direction's state after its first step.",
        "gru = nn.GRU(5, 3, num_layers=2, bidirectional=True)\n"
        "output, h_n = gru(torch.randn(4, 2, 5))",
        (("output", (4, 2, 6)), ("h_n", (4, 2, 3))),
    ),
    Term(
        "h_n", ("hn", "h_t", "final hidden state"),
        "The final hidden state of every layer and direction: (D*num_layers, N, H_out), "
        "ordered layer by layer, forward before backward, so h_n[-1] is the last layer's "
        "(its backward direction when bidirectional) and h_n.view(num_layers, D, N, H_out) "
        "separates them. It is never batch-first, whatever batch_first says. The same shape "
        "is what h_0 must have.",
        "lstm = nn.LSTM(5, 3, num_layers=2, batch_first=True)\n"
        "output, (h_n, c_n) = lstm(torch.randn(2, 4, 5))",
        (("output", (2, 4, 3)), ("h_n", (2, 2, 3))),
    ),
    Term(
        "hidden", ("hidden state", "hidden states", "states", "state"),
        "The word tutorials use for the second result, and it means two things: "
        "`output, hidden = gru(x)` makes hidden the tensor h_n, but `output, hidden = lstm(x)` "
        "makes it the pair (h_n, c_n), so hidden[-1] is c_n, not the last layer's state, and a "
        "Linear fed `hidden` gets a tuple. Unpack the pair: `output, (h_n, c_n) = lstm(x)`. "
        "The initial state is passed the same way: the pair to nn.LSTM, one tensor to the others.",
        "lstm = nn.LSTM(5, 3)\noutput, hidden = lstm(torch.randn(4, 2, 5))\nh_n, c_n = hidden",
        (("h_n", (1, 2, 3)), ("c_n", (1, 2, 3))),
    ),
    Term(
        "c_n", ("cn", "cell state", "c_t"),
        "nn.LSTM's final cell state, (D*num_layers, N, H_cell): like h_n but always "
        "hidden_size wide, even when proj_size shrinks h_n. GRU and RNN have no cell state, "
        "so they return h_n alone rather than a pair.",
        "lstm = nn.LSTM(5, 4, proj_size=2)\noutput, (h_n, c_n) = lstm(torch.randn(3, 2, 5))",
        (("h_n", (1, 2, 2)), ("c_n", (1, 2, 4))),
    ),
    Term(
        "h_0", ("h0", "hx", "c_0", "c0", "initial state", "initial states", "init_hidden"),
        "The initial states, zeros when not passed. Pass nn.LSTM the pair (h_0, c_0), and "
        "nn.GRU or nn.RNN the tensor h_0 alone. Each has h_n's shape, (D*num_layers, N, H_out) "
        "(c_0 H_cell wide), never batch-first; N must be the batch you feed, so size it from "
        "the input (x.size(0) with batch_first=True), not from a stored batch size.",
        "lstm = nn.LSTM(5, 3, num_layers=2, batch_first=True)\nx = torch.randn(6, 4, 5)\n"
        "h_0 = torch.zeros(2, x.size(0), 3)\nc_0 = torch.zeros(2, x.size(0), 3)\n"
        "output, (h_n, c_n) = lstm(x, (h_0, c_0))",
        (("h_0", (2, 6, 3)), ("output", (6, 4, 3))),
    ),
    Term(
        "input_size", ("H_in", "input size", "features"),
        "The number of features in each time step: the size of the input's last dim. It is "
        "the first argument, nn.LSTM(input_size, hidden_size); swapping the two is a common "
        "mistake that fails at the first forward.",
        "lstm = nn.LSTM(10, 20)\noutput, (h_n, c_n) = lstm(torch.randn(7, 1, 10))",
        (("output", (7, 1, 20)),),
    ),
    Term(
        "hidden_size", ("H_out", "hidden size", "hidden_dim", "units"),
        "The number of features in the hidden state, the second argument. Each direction's "
        "output and h_n are hidden_size wide, so a bidirectional layer's output is "
        "2*hidden_size; with proj_size they are proj_size wide instead.",
        "lstm = nn.LSTM(10, 20, bidirectional=True)\n"
        "output, (h_n, c_n) = lstm(torch.randn(7, 1, 10))",
        (("output", (7, 1, 40)), ("h_n", (2, 1, 20))),
    ),
    Term(
        "num_layers", ("layers", "n_layers", "stacked", "stacking"),
        "How many recurrent layers are stacked, each reading the one below. output is the top "
        "layer's; h_n and c_n have one row per layer (and per direction). It is the third "
        "positional argument.",
        "rnn = nn.RNN(4, 6, num_layers=3)\noutput, h_n = rnn(torch.randn(5, 2, 4))",
        (("output", (5, 2, 6)), ("h_n", (3, 2, 6))),
    ),
    Term(
        "batch_first", ("batch first", "batch-first"),
        "With batch_first=True the input and output are (N, L, features) instead of "
        "(L, N, features). It changes those two only: h_0, c_0, h_n and c_n stay "
        "(D*num_layers, N, H). The default is False, which is why a (batch, steps, features) "
        "tensor fed to a default layer is read as steps and batch swapped, silently.",
        "gru = nn.GRU(3, 8, batch_first=True)\noutput, h_n = gru(torch.randn(2, 9, 3))",
        (("output", (2, 9, 8)), ("h_n", (1, 2, 8))),
    ),
    Term(
        "bidirectional", ("bidir", "D", "directions", "bilstm", "bigru"),
        "A second layer reads the sequence backwards; D=2. output joins both directions, "
        "2*H_out wide, so what reads it must be sized for that; h_n has 2*num_layers rows, "
        "and torch.cat((h_n[-2], h_n[-1]), dim=1) is the last layer's two final states.",
        "lstm = nn.LSTM(5, 3, bidirectional=True)\n"
        "output, (h_n, c_n) = lstm(torch.randn(4, 2, 5))\n"
        "both = torch.cat((h_n[-2], h_n[-1]), dim=1)",
        (("output", (4, 2, 6)), ("h_n", (2, 2, 3)), ("both", (2, 6))),
    ),
    Term(
        "dropout", ("recurrent dropout",),
        "Dropout applied to the output of every layer except the last, so it needs "
        "num_layers of 2 or more. With one layer there is nothing to apply it to: torch "
        "warns and the model trains without it; put an nn.Dropout on the output instead.",
        "lstm = nn.LSTM(5, 3, num_layers=2, dropout=0.2)\n"
        "output, (h_n, c_n) = lstm(torch.randn(4, 2, 5))",
        (("output", (4, 2, 3)),),
    ),
    Term(
        "proj_size", ("projection", "proj"),
        "nn.LSTM only: each step's hidden state is projected down to proj_size features, which "
        "must be smaller than hidden_size. output, h_0 and h_n become proj_size wide; the cell "
        "state c_0/c_n stays hidden_size wide.",
        "lstm = nn.LSTM(5, 8, proj_size=3)\noutput, (h_n, c_n) = lstm(torch.randn(4, 2, 5))",
        (("output", (4, 2, 3)), ("h_n", (1, 2, 3)), ("c_n", (1, 2, 8))),
    ),
    Term(
        "bias", (),
        "Whether the layer learns bias vectors (b_ih and b_hh), True by default. It is the "
        "fourth positional argument, which is why nn.LSTM(10, 20, 2, 0.5) sets bias=0.5 "
        "rather than dropout: pass dropout by keyword.",
        "lstm = nn.LSTM(5, 3, bias=False)\noutput, (h_n, c_n) = lstm(torch.randn(4, 2, 5))",
        (("output", (4, 2, 3)),),
    ),
    Term(
        "nonlinearity", ("tanh", "relu", "activation"),
        "nn.RNN and nn.RNNCell only: 'tanh' (the default) or 'relu'. LSTM and GRU have their "
        "gates built in and take no such argument.",
        "rnn = nn.RNN(4, 6, nonlinearity='relu')\noutput, h_n = rnn(torch.randn(5, 2, 4))",
        (("output", (5, 2, 6)),),
    ),
    Term(
        "cell", ("cells", "one step"),
        "nn.LSTMCell, nn.GRUCell and nn.RNNCell compute one time step for one layer: input "
        "(N, H_in), state (N, hidden_size), no sequence dim and no layer dim. LSTMCell returns "
        "the pair (h, c); the other two return h alone. You write the loop over time steps.",
        "cell = nn.LSTMCell(5, 3)\nh, c = cell(torch.randn(2, 5))",
        (("h", (2, 3)), ("c", (2, 3))),
    ),
    Term(
        "packed sequence", ("pack_padded_sequence", "packed", "PackedSequence",
                            "pad_packed_sequence", "lengths"),
        "torch.nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=..., "
        "enforce_sorted=False) packs a padded batch so the layer skips the padding; output is "
        "then packed too (pad_packed_sequence turns it back into a tensor), and h_n holds each "
        "sequence's state after its own last real step, not after the padding.",
        "from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence\n"
        "gru = nn.GRU(5, 3, batch_first=True)\n"
        "packed = pack_padded_sequence(torch.randn(2, 4, 5), torch.tensor([4, 2]), "
        "batch_first=True)\npacked_out, h_n = gru(packed)\n"
        "output, lengths = pad_packed_sequence(packed_out, batch_first=True)",
        (("output", (2, 4, 3)), ("h_n", (1, 2, 3))),
    ),
    Term(
        "unbatched", ("2-d input", "no batch"),
        "An input without a batch dim, (L, H_in), is one sequence: the states are then 2-D "
        "too, (D*num_layers, H_out), and a 3-D h_0 is an error.",
        "lstm = nn.LSTM(5, 3, num_layers=2)\noutput, (h_n, c_n) = lstm(torch.randn(4, 5))",
        (("output", (4, 3)), ("h_n", (2, 3))),
    ),
)


def _key(word: str) -> str:
    return word.strip().lower().replace("-", "_").replace(" ", "_")


_BY_KEY = {_key(alias): term for term in TERMS for alias in (term.word, *term.aliases)}


def lookup(word: str) -> Term | None:
    """The entry a learner's word names, in any of its spellings and any case."""
    return _BY_KEY.get(_key(word))


def close_words(word: str) -> list[str]:
    """Entries whose spellings are near a mistyped word ('bidirectonal', 'hn_')."""
    matches = difflib.get_close_matches(_key(word), list(_BY_KEY), n=3, cutoff=0.75)
    words: list[str] = []
    for match in matches:
        if _BY_KEY[match].word not in words:
            words.append(_BY_KEY[match].word)
    return words


def words() -> list[str]:
    return [term.word for term in TERMS]


def explain_term(term: Term, width: int = 100) -> str:
    """The entry as printed: the word, the explanation (filled to `width`) and its example."""
    example = "\n".join("    " + line for line in term.example.splitlines())
    shapes = ", ".join(f"{name}: {tuple(shape)}" for name, shape in term.shapes)
    return f"{term.word}\n\n{textwrap.fill(term.text, width)}\n\nexample:\n{example}\n    # {shapes}\n"

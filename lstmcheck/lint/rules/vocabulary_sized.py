"""LC008: a layer fed an Embedding's vectors whose input_size is that Embedding's vocabulary.

`nn.Embedding(num_embeddings, embedding_dim)` gives embedding_dim features per token; the
number of tokens it knows says nothing of the width. A recurrent layer built with the same
value as input_size that the Embedding got as num_embeddings (`Embedding(n_chars, hidden)`,
`GRU(n_chars, hidden)`) is sized with the wrong argument, or the Embedding's two arguments
are swapped. When both numbers are known LC008 already says they differ; this is for when
the vocabulary is not (`len(vocab)`, `len(string.printable)`): the code runs only if the
vocabulary happens to have as many entries as the vectors have features, so it is a warning
that names that condition.
"""

from __future__ import annotations

from lstmcheck.lint.recurrent import sizes_of
from lstmcheck.lint.rule import WRONG_FEATURES, Rule, meeting
from lstmcheck.lint.diagnose import argument_location
from lstmcheck.records import Feed, FileFacts, Fix, Related
from lstmcheck.sizes import differ, same


def findings(rule: Rule, feed: Feed, facts: FileFacts):
    tensor = feed.input
    if feed.record is None or tensor is None or tensor.embedded is None:
        return
    made = tensor.embedded
    sizes = sizes_of(feed.record)
    if not same(made.num_embeddings, sizes.input_size) or not same(tensor.last, made.embedding_dim) \
            or same(tensor.last, sizes.input_size) or differ(tensor.last, sizes.input_size):
        return  # not the vocabulary; equal; or certainly unequal, which LC008 says itself
    ctor = f"nn.{feed.kind}"
    line = made.location.line
    message = (f"{ctor} is built with input_size={sizes.input_size}, the vocabulary size the "
               f"Embedding at line {line} is built with (num_embeddings), but it is fed that "
               f"Embedding's vectors of {tensor.last} features: torch raises unless the "
               f"vocabulary happens to have {tensor.last} entries. Build it with "
               f"input_size={tensor.last}, the embedding_dim")
    related = (meeting(feed, f"fed the Embedding's {tensor.last} features"),
               Related(feed.path, made.location,
                       f"the Embedding: {sizes.input_size} entries of {tensor.last} features"))
    fix = Fix(f"build {ctor} with input_size={tensor.last}", (), safe=False)
    yield rule.feed_finding(
        feed, message,
        assumed=(f"the vocabulary, {sizes.input_size}, is not {tensor.last}",),
        outcome=WRONG_FEATURES,
        location=argument_location(feed.record, "input_size"),
        related=related, fix=fix,
    )

"""A module given its layers (`Seq2Seq(encoder, decoder)`, built in a training function): the
flow follows the encoder's state into the decoder it was given. torch is the oracle: a global
forward pre-hook records the state each LSTM is handed, and the flow's feed must carry the same
shape; LC009 is reported exactly when torch raises."""

from __future__ import annotations


from pathlib import Path

import pytest

from tests.torch_oracle import states_torch_sees
from lstmcheck.api import check_source
from lstmcheck.lint.extract import extract

FIXTURE = Path(__file__).parent / "fixtures" / "flow" / "given_layers.py"
# the fixture's encoder, decoder and Seq2Seq wrapper, built by a training function whose
# layer counts each case sets
SOURCE = FIXTURE.read_text().split("def train_matching_layers")[0] + '''def train():
    encoder = Encoder(30, 8, 16, n_layers=ENCODER_LAYERS)
    decoder = Decoder(40, 8, 16, n_layers=DECODER_LAYERS)
    model = Seq2Seq(encoder, decoder)
    model(torch.zeros(7, 4, dtype=torch.long), torch.zeros(5, 4, dtype=torch.long))
'''


def _source(encoder_layers: int, decoder_layers: int) -> str:
    return SOURCE.replace("ENCODER_LAYERS", str(encoder_layers)).replace(
        "DECODER_LAYERS", str(decoder_layers))


@pytest.mark.parametrize("encoder_layers,decoder_layers", [(2, 2), (2, 1), (1, 2), (1, 1)])
def test_the_decoder_gets_the_state_torch_hands_it(encoder_layers, decoder_layers):
    source = _source(encoder_layers, decoder_layers)
    (state,), raised = states_torch_sees(source)
    lines = source.splitlines()
    decoder_line = lines.index("        self.rnn = nn.LSTM(emb, hidden, n_layers)",
                               lines.index("class Decoder(nn.Module):")) + 1
    feeds = [f for f in extract(source, "given.py").feeds
             if f.layer.line == decoder_line and f.states and f.states[0] is not None
             and f.states[0].dims is not None and all(d is not None and d.value is not None
                                                      for d in f.states[0].dims)]
    assert feeds, "the flow does not follow the encoder's state into the decoder"
    assert {tuple(d.value for d in f.states[0].dims) for f in feeds} == {state}
    errors = [f for f in check_source(source, "given.py") if f.code == "LC009" and f.severity == "error"]
    assert bool(errors) == raised, errors

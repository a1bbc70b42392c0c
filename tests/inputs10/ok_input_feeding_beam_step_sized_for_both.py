# torch: runs
# Input feeding (Luong et al.): each decoder step reads the token's embedding joined with the
# previous step's attentional vector. The beam search keeps the vectors of the surviving
# hypotheses (index_select) and hands them to the step; the LSTMCell is sized for the
# embedding and the vector together.
import torch
from torch import nn


class InputFeedingDecoder(nn.Module):
    def __init__(self, vocab=40, emb=12, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.embed = nn.Embedding(vocab, emb)
        self.cell = nn.LSTMCell(emb + hidden, hidden)
        self.attend = nn.Linear(2 * hidden, hidden)
        self.out = nn.Linear(hidden, vocab)

    def step(self, token, feed, state):
        x = torch.cat([self.embed(token), feed], dim=-1)
        h, c = self.cell(x, state)
        feed = torch.tanh(self.attend(torch.cat([h, c], dim=-1)))
        return torch.log_softmax(self.out(feed), dim=-1), feed, (h, c)


def beam_step(decoder, tokens, feeds, states, keep):
    """One step of a beam search: the hypotheses `keep` names go on."""
    feed = feeds.index_select(0, keep)
    state = tuple(s.index_select(0, keep) for s in states)
    return decoder.step(tokens.index_select(0, keep), feed, state)


def probe():
    decoder = InputFeedingDecoder()
    beams = 3
    feeds = torch.zeros(beams, decoder.hidden)
    states = (torch.zeros(beams, decoder.hidden), torch.zeros(beams, decoder.hidden))
    beam_step(decoder, torch.randint(0, 40, (beams,)), feeds, states, torch.tensor([0, 0, 2]))

# source: https://github.com/Unbabel/OpenKiwi/blob/07d7cfed880457d95daf189dd8282e5b02ac2954/kiwi/systems/encoders/predictor.py
"""Unbabel/OpenKiwi at 07d7cfe (kiwi/systems/encoders/predictor.py, kiwi/utils/tensors.py,
kiwi/modules/common/attention.py, kiwi/modules/common/scorer.py), correct: the Predictor's
DualSequencesEncoder encodes the source with a bidirectional multi-layer LSTM and hands its
final (h, c) to two unidirectional LSTMs over the target, one forward and one backward, each with
the same num_layers. The bidirectional state is (num_layers * 2, batch, hidden), and
`_split_hidden` takes the even rows (forward direction of every layer) and the odd rows (backward
direction), giving each unidirectional LSTM exactly (num_layers, batch, hidden). The state is
time-major even though the LSTMs are batch_first, as torch wants. The attention scorer is sized
hidden_size * 2 for the bidirectional source contexts and the concatenated target contexts. The
Config's pydantic validator turns dropout off when rnn_layers is 1. Vocabularies, embeddings and
the output layer are replaced by random tensors; Attention/MLPScorer are kept in short form."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence as pack
from torch.nn.utils.rnn import pad_packed_sequence as unpack


# kiwi/utils/tensors.py
def pad_zeros_around_timesteps(batched_tensor):
    input_size = batched_tensor.size()
    left_pad = batched_tensor.new_zeros(input_size[0], 1, *input_size[2:])
    right_pad = batched_tensor.new_zeros(input_size[0], 1, *input_size[2:])
    return torch.cat((left_pad, batched_tensor, right_pad), dim=1)


def apply_packed_sequence(rnn, padded_sequences, lengths):
    total_length = padded_sequences.size(1)  # Get the max sequence length
    lengths_sorted, permutation = torch.sort(lengths, descending=True)
    padded_sequences_sorted = padded_sequences[permutation]
    padded_sequences_packed = pack(padded_sequences_sorted, lengths_sorted, batch_first=True)
    outputs_packed, (hidden, cell) = rnn(padded_sequences_packed)
    outputs_sorted, _ = unpack(outputs_packed, batch_first=True, total_length=total_length)
    _, permutation_rev = torch.sort(permutation, descending=False)
    outputs = outputs_sorted[permutation_rev]
    hidden, cell = hidden[:, permutation_rev], cell[:, permutation_rev]
    return outputs, (hidden, cell)


# kiwi/modules/common/scorer.py, attention.py (short form)
class MLPScorer(nn.Module):
    def __init__(self, query_size, key_size, activation=nn.Tanh):
        super().__init__()
        layer_sizes = [query_size + key_size, (query_size + key_size) // 2, 1]
        self.layers = nn.ModuleList(
            nn.Sequential(nn.Linear(n_in, n_out), activation())
            for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]))

    def forward(self, query, keys):
        x_query = query.unsqueeze(-2).expand(-1, -1, keys.size(1), -1)
        x_keys = keys.unsqueeze(1).expand(-1, query.size(1), -1, -1)
        x = torch.cat((x_query, x_keys), dim=-1)
        for layer in self.layers:
            x = layer(x)
        return x.squeeze(-1)


class Attention(nn.Module):
    def __init__(self, scorer):
        super().__init__()
        self.scorer = scorer

    def forward(self, query, keys, values=None, mask=None):
        scores = self.scorer(query, keys)
        if mask is not None:
            scores = scores.masked_fill(mask == 0, -1e9)
        p_attn = F.softmax(scores, dim=-1)
        return torch.einsum('bts,bsh->bth', p_attn, values), p_attn


class DualSequencesEncoder(nn.Module):
    def __init__(self, input_size_a, input_size_b, hidden_size, output_size, num_layers, dropout):
        super().__init__()
        scorer = MLPScorer(hidden_size * 2, hidden_size * 2)
        self.attention = Attention(scorer)

        self.forward_backward_a = nn.LSTM(
            input_size=input_size_a, hidden_size=hidden_size, num_layers=num_layers,
            batch_first=True, dropout=dropout, bidirectional=True,
        )
        self.forward_b = nn.LSTM(
            input_size=input_size_b, hidden_size=hidden_size, num_layers=num_layers,
            batch_first=True, dropout=dropout, bidirectional=False,
        )
        self.backward_b = nn.LSTM(
            input_size=input_size_b, hidden_size=hidden_size, num_layers=num_layers,
            batch_first=True, dropout=dropout, bidirectional=False,
        )
        self.W2 = nn.Parameter(torch.zeros(output_size, output_size), requires_grad=True)
        self.V = nn.Parameter(torch.zeros(2 * input_size_b, 2 * output_size), requires_grad=True)
        self.C = nn.Parameter(torch.zeros(2 * hidden_size, 2 * output_size), requires_grad=True)
        self.S = nn.Parameter(torch.zeros(2 * hidden_size, 2 * output_size), requires_grad=True)
        for p in self.parameters():
            if len(p.shape) > 1:
                nn.init.xavier_uniform_(p)

    def forward(self, embeddings_a, lengths_a, mask_a, embeddings_b, lengths_b):
        contexts_a, hidden = apply_packed_sequence(self.forward_backward_a, embeddings_a, lengths_a)
        forward_contexts, backward_contexts = self.contextualize_b(embeddings_b, lengths_b, hidden)
        post_QEFV = torch.cat([forward_contexts, backward_contexts], dim=-1)
        f = self.encode_b(embeddings_b, forward_contexts, backward_contexts, contexts_a, mask_a)
        return f, post_QEFV

    def contextualize_b(self, embeddings, lengths, hidden):
        h_forward, h_backward = self._split_hidden(hidden)
        # Note: hidden, h_forward and h_backward are not batch_first
        forward_contexts, _ = self.forward_b(embeddings, h_forward)
        reversed_embeddings = self._reverse_padded_seq(lengths, embeddings)
        backward_contexts, _ = self.backward_b(reversed_embeddings, h_backward)
        backward_contexts = self._reverse_padded_seq(lengths, backward_contexts)
        return forward_contexts, backward_contexts

    def encode_b(self, embeddings, forward_contexts, backward_contexts, contexts_a, attention_mask):
        forward_contexts = pad_zeros_around_timesteps(forward_contexts)
        backward_contexts = pad_zeros_around_timesteps(backward_contexts)
        embeddings = pad_zeros_around_timesteps(embeddings)
        contexts_b = torch.cat([forward_contexts[:, :-2], backward_contexts[:, 2:]], dim=-1)
        context_b_embeddings = torch.cat([embeddings[:, :-2], embeddings[:, 2:]], dim=-1)
        attns, p_attns = self.attention(query=contexts_b, keys=contexts_a, values=contexts_a,
                                        mask=attention_mask.unsqueeze(1))
        S = torch.einsum('bsk,kl->bsl', [contexts_b, self.S])
        V = torch.einsum('bsj,jl->bsl', [context_b_embeddings, self.V])
        C = torch.einsum('bsi,il->bsl', [attns, self.C])
        t_tilde = S + V + C
        t, _ = torch.max(t_tilde.view(t_tilde.shape[0], t_tilde.shape[1], t_tilde.shape[-1] // 2, 2), dim=-1)
        return torch.einsum('oh,bso->bsh', [self.W2, t])

    @staticmethod
    def _reverse_padded_seq(lengths, sequence):
        batch_size, max_length = sequence.shape[:-1]
        reversed_idx = []
        for i in range(batch_size * max_length):
            batch_id = i // max_length
            sent_id = i % max_length
            if sent_id < lengths[batch_id]:
                sent_id_rev = lengths[batch_id] - sent_id - 1
            else:
                sent_id_rev = sent_id  # Padding symbol, don't change order
            reversed_idx.append(max_length * batch_id + sent_id_rev)
        flat_sequence = sequence.contiguous().view(batch_size * max_length, -1)
        return flat_sequence[reversed_idx, :].view(*sequence.shape)

    @staticmethod
    def _split_hidden(hidden):
        """Split hidden state into forward/backward parts."""
        h, c = hidden
        size = h.size(0)
        idx_forward = torch.arange(0, size, 2, dtype=torch.long)
        idx_backward = torch.arange(1, size, 2, dtype=torch.long)
        hidden_forward = (h[idx_forward], c[idx_forward])
        hidden_backward = (h[idx_backward], c[idx_backward])
        return hidden_forward, hidden_backward


# PredictorEncoder.Config: hidden_size 400, rnn_layers 3, dropout 0.0 and its validator
def predictor_config(**overrides):
    config = {'hidden_size': 400, 'rnn_layers': 3, 'dropout': 0.0, 'out_embeddings_dim': None}
    config.update(overrides)
    if config['dropout'] > 0.0 and config['rnn_layers'] == 1:
        # 'Dropout on an RNN of one layer has no effect; setting it to zero.'
        config['dropout'] = 0.0
    return config


def probe():
    for rnn_layers in (3, 1):
        config = predictor_config(hidden_size=16, rnn_layers=rnn_layers, dropout=0.3,
                                  out_embeddings_dim=12)
        encoder = DualSequencesEncoder(
            input_size_a=10, input_size_b=8, hidden_size=config['hidden_size'],
            output_size=config['out_embeddings_dim'], num_layers=config['rnn_layers'],
            dropout=config['dropout'],
        )
        lengths_a = torch.tensor([7, 5, 6])
        lengths_b = torch.tensor([6, 6, 4])
        embeddings_a = torch.randn(3, 7, 10)
        embeddings_b = torch.randn(3, 6, 8)
        mask_a = (torch.arange(7)[None, :] < lengths_a[:, None]).long()
        f, post_qefv = encoder(embeddings_a, lengths_a, mask_a, embeddings_b, lengths_b)
        assert f.shape == (3, 6, 12)
        assert post_qefv.shape == (3, 6, 32)


if __name__ == "__main__":
    probe()

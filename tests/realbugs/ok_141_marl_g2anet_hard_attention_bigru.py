# source: https://github.com/starry-sky6688/MARL-Algorithms/blob/e9e32e122f1b25e1139b82bebbb7ed81dc1e2320/network/g2anet.py
"""starry-sky6688/MARL-Algorithms at e9e32e1 (network/g2anet.py, common/arguments.py), correct: the
G2ANet agent network encodes each agent's observation through a GRUCell whose state arrives as
(batch, n_agents, rnn_hidden_dim) and is reshaped to (batch * n_agents, rnn_hidden_dim). Its hard
attention runs a bidirectional one-layer nn.GRU (time-major) over the n_agents - 1 pairs
[h_i, h_j], so the GRU's input is rnn_hidden_dim * 2 wide; the initial state is built as
`torch.zeros((2 * 1, size, rnn_hidden_dim))` (directions * layers, batch * n_agents, hidden), and the
consumer `hard_encoding` takes rnn_hidden_dim * 2 features, the two directions concatenated. The
state size, the doubled input and the doubled output all look like the usual bidirectional
mistakes but agree with torch. The StarCraft environment and runner are replaced by random
observations; np.sqrt is math.sqrt here (no numpy in this environment)."""
import math
from types import SimpleNamespace

import torch
import torch.nn as nn
import torch.nn.functional as f


# 输入所有agent的obs，输出所有agent的动作概率分布
class G2ANet(nn.Module):
    def __init__(self, input_shape, args):
        super(G2ANet, self).__init__()

        # Encoding
        self.encoding = nn.Linear(input_shape, args.rnn_hidden_dim)
        self.h = nn.GRUCell(args.rnn_hidden_dim, args.rnn_hidden_dim)

        # Hard
        # inputs: (n_agents - 1, batch_size * n_agents, rnn_hidden_dim * 2)
        self.hard_bi_GRU = nn.GRU(args.rnn_hidden_dim * 2, args.rnn_hidden_dim, bidirectional=True)
        self.hard_encoding = nn.Linear(args.rnn_hidden_dim * 2, 2)  # 乘2因为是双向GRU

        # Soft
        self.q = nn.Linear(args.rnn_hidden_dim, args.attention_dim, bias=False)
        self.k = nn.Linear(args.rnn_hidden_dim, args.attention_dim, bias=False)
        self.v = nn.Linear(args.rnn_hidden_dim, args.attention_dim)

        # Decoding
        self.decoding = nn.Linear(args.rnn_hidden_dim + args.attention_dim, args.n_actions)
        self.args = args
        self.input_shape = input_shape

    def forward(self, obs, hidden_state):
        size = obs.shape[0]  # batch_size * n_agents
        obs_encoding = f.relu(self.encoding(obs))
        h_in = hidden_state.reshape(-1, self.args.rnn_hidden_dim)

        h_out = self.h(obs_encoding, h_in)  # (batch_size * n_agents, args.rnn_hidden_dim)

        if self.args.hard:
            h = h_out.reshape(-1, self.args.n_agents, self.args.rnn_hidden_dim)
            input_hard = []
            for i in range(self.args.n_agents):
                h_i = h[:, i]  # (batch_size, rnn_hidden_dim)
                h_hard_i = []
                for j in range(self.args.n_agents):
                    if j != i:
                        h_hard_i.append(torch.cat([h_i, h[:, j]], dim=-1))
                h_hard_i = torch.stack(h_hard_i, dim=0)
                input_hard.append(h_hard_i)
            input_hard = torch.stack(input_hard, dim=-2)
            input_hard = input_hard.view(self.args.n_agents - 1, -1, self.args.rnn_hidden_dim * 2)

            h_hard = torch.zeros((2 * 1, size, self.args.rnn_hidden_dim))  # 双向GRU，每个GRU只有一层，所以第一维是2 * 1
            if self.args.cuda:
                h_hard = h_hard.cuda()
            h_hard, _ = self.hard_bi_GRU(input_hard, h_hard)  # (n_agents - 1, batch_size * n_agents, rnn_hidden_dim * 2)
            h_hard = h_hard.permute(1, 0, 2)
            h_hard = h_hard.reshape(-1, self.args.rnn_hidden_dim * 2)

            hard_weights = self.hard_encoding(h_hard)
            hard_weights = f.gumbel_softmax(hard_weights, tau=0.01)
            hard_weights = hard_weights[:, 1].view(-1, self.args.n_agents, 1, self.args.n_agents - 1)
            hard_weights = hard_weights.permute(1, 0, 2, 3)
        else:
            hard_weights = torch.ones((self.args.n_agents, size // self.args.n_agents, 1, self.args.n_agents - 1))

        # Soft Attention
        q = self.q(h_out).reshape(-1, self.args.n_agents, self.args.attention_dim)
        k = self.k(h_out).reshape(-1, self.args.n_agents, self.args.attention_dim)
        v = f.relu(self.v(h_out)).reshape(-1, self.args.n_agents, self.args.attention_dim)
        x = []
        for i in range(self.args.n_agents):
            q_i = q[:, i].view(-1, 1, self.args.attention_dim)
            k_i = [k[:, j] for j in range(self.args.n_agents) if j != i]
            v_i = [v[:, j] for j in range(self.args.n_agents) if j != i]
            k_i = torch.stack(k_i, dim=0).permute(1, 2, 0)
            v_i = torch.stack(v_i, dim=0).permute(1, 2, 0)
            score = torch.matmul(q_i, k_i)
            scaled_score = score / math.sqrt(self.args.attention_dim)
            soft_weight = f.softmax(scaled_score, dim=-1)
            x_i = (v_i * soft_weight * hard_weights[i]).sum(dim=-1)
            x.append(x_i)

        x = torch.stack(x, dim=1).reshape(-1, self.args.attention_dim)
        final_input = torch.cat([h_out, x], dim=-1)
        output = self.decoding(final_input)

        return output, h_out


def probe():
    # common/arguments.py: rnn_hidden_dim 64, attention_dim 32, hard True (3m: 3 agents)
    args = SimpleNamespace(rnn_hidden_dim=64, attention_dim=32, hard=True, cuda=False,
                           n_agents=3, n_actions=9)
    net = G2ANet(input_shape=30, args=args)
    episode_num = 4
    eval_hidden = torch.zeros((episode_num, args.n_agents, args.rnn_hidden_dim))
    for transition_idx in range(3):
        inputs = torch.randn(episode_num * args.n_agents, 30)
        q_eval, h = net(inputs, eval_hidden)
        eval_hidden = h.view(episode_num, args.n_agents, -1)
        assert q_eval.shape == (episode_num * args.n_agents, args.n_actions)


if __name__ == "__main__":
    probe()

# source: https://github.com/thuml/Time-Series-Library/blob/4e938a1767106324dd753b2a44832bf870a0252e/models/SegRNN.py
"""thuml/Time-Series-Library at 4e938a1 (models/SegRNN.py, run.py,
scripts/long_term_forecast/ECL_script/SegRNN.sh), correct: SegRNN encodes each channel's
segments with a one-layer GRU (batch b*c), then decodes all output segments in parallel: the
final state hn (1, b*c, d) is repeated along its last dim once per output segment and viewed
back to (1, b*c*m, d), which is exactly the batch of the positional queries
(b*c*m, 1, d); the prediction head reads the state's last dim (d_model). The state looks
rebuilt by hand, but its batch comes from the input and its width from d_model. run.py's argparse
options are given as a Namespace with the script's values scaled down (d_model 512 -> 32, 321
channels -> 7), and the electricity data is replaced by random series; the methods of the other tasks are
left out."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


# models/SegRNN.py
class Model(nn.Module):
    """
    Paper link: https://arxiv.org/abs/2308.11200.pdf
    """

    def __init__(self, configs):
        super(Model, self).__init__()

        # get parameters
        self.seq_len = configs.seq_len
        self.enc_in = configs.enc_in
        self.d_model = configs.d_model
        self.dropout = configs.dropout

        self.task_name = configs.task_name
        if self.task_name == 'classification' or self.task_name == 'anomaly_detection' or self.task_name == 'imputation':
            self.pred_len = configs.seq_len
        else:
            self.pred_len = configs.pred_len

        self.seg_len = configs.seg_len
        self.seg_num_x = self.seq_len // self.seg_len
        self.seg_num_y = self.pred_len // self.seg_len

        # building model
        self.valueEmbedding = nn.Sequential(
            nn.Linear(self.seg_len, self.d_model),
            nn.ReLU()
        )
        self.rnn = nn.GRU(input_size=self.d_model, hidden_size=self.d_model, num_layers=1, bias=True,
                              batch_first=True, bidirectional=False)
        self.pos_emb = nn.Parameter(torch.randn(self.seg_num_y, self.d_model // 2))
        self.channel_emb = nn.Parameter(torch.randn(self.enc_in, self.d_model // 2))

        self.predict = nn.Sequential(
            nn.Dropout(self.dropout),
            nn.Linear(self.d_model, self.seg_len)
        )

        if self.task_name == 'classification':
            self.act = F.gelu
            self.dropout = nn.Dropout(configs.dropout)
            self.projection = nn.Linear(
                configs.enc_in * configs.seq_len, configs.num_class)

    def encoder(self, x):
        # b:batch_size c:channel_size s:seq_len s:seq_len
        # d:d_model w:seg_len n:seg_num_x m:seg_num_y
        batch_size = x.size(0)

        # normalization and permute     b,s,c -> b,c,s
        seq_last = x[:, -1:, :].detach()
        x = (x - seq_last).permute(0, 2, 1) # b,c,s

        # segment and embedding    b,c,s -> bc,n,w -> bc,n,d
        x = self.valueEmbedding(x.reshape(-1, self.seg_num_x, self.seg_len))

        # encoding
        _, hn = self.rnn(x) # bc,n,d  1,bc,d

        # m,d//2 -> 1,m,d//2 -> c,m,d//2
        # c,d//2 -> c,1,d//2 -> c,m,d//2
        # c,m,d -> cm,1,d -> bcm, 1, d
        pos_emb = torch.cat([
            self.pos_emb.unsqueeze(0).repeat(self.enc_in, 1, 1),
            self.channel_emb.unsqueeze(1).repeat(1, self.seg_num_y, 1)
        ], dim=-1).view(-1, 1, self.d_model).repeat(batch_size,1,1)

        _, hy = self.rnn(pos_emb, hn.repeat(1, 1, self.seg_num_y).view(1, -1, self.d_model)) # bcm,1,d  1,bcm,d

        # 1,bcm,d -> 1,bcm,w -> b,c,s
        y = self.predict(hy).view(-1, self.enc_in, self.pred_len)

        # permute and denorm
        y = y.permute(0, 2, 1) + seq_last
        return y

    def forecast(self, x_enc):
        # Encoder
        return self.encoder(x_enc)

    def forward(self, x_enc, x_mark_enc, x_dec, x_mark_dec, mask=None):
        if self.task_name == 'long_term_forecast' or self.task_name == 'short_term_forecast':
            dec_out = self.forecast(x_enc)
            return dec_out[:, -self.pred_len:, :]  # [B, L, D]
        return None


def probe():
    # scripts/long_term_forecast/ECL_script/SegRNN.sh, scaled down
    args = argparse.Namespace(task_name='long_term_forecast', seq_len=96, pred_len=192,
                              seg_len=24, enc_in=7, d_model=32, dropout=0.0)
    model = Model(args)
    batch_x = torch.randn(4, args.seq_len, args.enc_in)
    batch_x_mark = torch.randn(4, args.seq_len, 4)
    dec_inp = torch.zeros(4, 48 + args.pred_len, args.enc_in)
    batch_y_mark = torch.randn(4, 48 + args.pred_len, 4)
    outputs = model(batch_x, batch_x_mark, dec_inp, batch_y_mark)
    assert outputs.shape == (4, args.pred_len, args.enc_in)


if __name__ == "__main__":
    probe()

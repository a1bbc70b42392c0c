# source: https://github.com/open-mmlab/mmocr/commit/f66336761ca91d097d43d33b95d7b16e2fc517c8
# rule: LC007
# torch: RuntimeError: mat1 and mat2 shapes cannot be multiplied (14x80 and 64x36)
"""open-mmlab/mmocr (mmocr/models/textrecog/decoders/sar_decoder.py and encoders/sar_encoder.py
before commit f663367, "fix a bug for sar decoder when bi-rnn is used", #690): SAREncoder's
holistic feature is Linear(encoder_rnn_out_size, encoder_rnn_out_size) over the last step of an
LSTM that is bidirectional when `enc_bi_rnn=True`, so it has d_enc * 2 features then.
ParallelSARDecoder with `pred_concat=True` concatenates (decoder RNN output, attention glimpse of
d_model channels, holistic feature) and feeds it to `prediction`, sized
decoder_rnn_out_size + d_model + d_enc: right for the shipped configs (enc_bi_rnn=False),
wrong with a bidirectional encoder. The commit sizes it with encoder_rnn_out_size. Both modules
are built from config dicts through a registry, as in mmocr's sar configs."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

ENCODERS, DECODERS = {}, {}


def register_module(registry):
    def wrap(cls):
        registry[cls.__name__] = cls
        return cls
    return wrap


def build_from_cfg(cfg, registry, **default_args):
    args = dict(cfg)
    obj_type = args.pop('type')
    args.update(default_args)
    return registry[obj_type](**args)


class BaseDecoder(nn.Module):
    def __init__(self, init_cfg=None, **kwargs):
        super().__init__()
        self.train_mode = True

    def forward(self, feat, out_enc, targets_dict=None, img_metas=None, train_mode=True):
        self.train_mode = train_mode
        if train_mode:
            return self.forward_train(feat, out_enc, targets_dict, img_metas)
        return self.forward_test(feat, out_enc, img_metas)


@register_module(ENCODERS)
class SAREncoder(nn.Module):
    def __init__(self, enc_bi_rnn=False, enc_do_rnn=0.0, enc_gru=False, d_model=512, d_enc=512, mask=True,
                 init_cfg=None, **kwargs):
        super().__init__()
        assert isinstance(enc_bi_rnn, bool)
        assert 0 <= enc_do_rnn < 1.0
        self.enc_bi_rnn = enc_bi_rnn
        self.enc_do_rnn = enc_do_rnn
        self.mask = mask
        # LSTM Encoder
        kwargs = dict(
            input_size=d_model,
            hidden_size=d_enc,
            num_layers=2,
            batch_first=True,
            dropout=enc_do_rnn,
            bidirectional=enc_bi_rnn)
        if enc_gru:
            self.rnn_encoder = nn.GRU(**kwargs)
        else:
            self.rnn_encoder = nn.LSTM(**kwargs)
        # global feature transformation
        encoder_rnn_out_size = d_enc * (int(enc_bi_rnn) + 1)
        self.linear = nn.Linear(encoder_rnn_out_size, encoder_rnn_out_size)

    def forward(self, feat, img_metas=None):
        valid_ratios = None
        if img_metas is not None:
            valid_ratios = [img_meta.get('valid_ratio', 1.0) for img_meta in img_metas] if self.mask else None
        h_feat = feat.size(2)
        feat_v = F.max_pool2d(feat, kernel_size=(h_feat, 1), stride=1, padding=0)
        feat_v = feat_v.squeeze(2)  # bsz * C * W
        feat_v = feat_v.permute(0, 2, 1).contiguous()  # bsz * W * C
        holistic_feat = self.rnn_encoder(feat_v)[0]  # bsz * T * C
        if valid_ratios is not None:
            valid_hf = []
            T = holistic_feat.size(1)
            for i, valid_ratio in enumerate(valid_ratios):
                valid_step = min(T, math.ceil(T * valid_ratio)) - 1
                valid_hf.append(holistic_feat[i, valid_step, :])
            valid_hf = torch.stack(valid_hf, dim=0)
        else:
            valid_hf = holistic_feat[:, -1, :]  # bsz * C
        holistic_feat = self.linear(valid_hf)  # bsz * C
        return holistic_feat


@register_module(DECODERS)
class ParallelSARDecoder(BaseDecoder):
    def __init__(self, num_classes=37, enc_bi_rnn=False, dec_bi_rnn=False, dec_do_rnn=0.0, dec_gru=False,
                 d_model=512, d_enc=512, d_k=64, pred_dropout=0.0, max_seq_len=40, mask=True, start_idx=0,
                 padding_idx=92, pred_concat=False, init_cfg=None, **kwargs):
        super().__init__(init_cfg=init_cfg)
        self.num_classes = num_classes
        self.enc_bi_rnn = enc_bi_rnn
        self.d_k = d_k
        self.start_idx = start_idx
        self.max_seq_len = max_seq_len
        self.mask = mask
        self.pred_concat = pred_concat

        encoder_rnn_out_size = d_enc * (int(enc_bi_rnn) + 1)
        decoder_rnn_out_size = encoder_rnn_out_size * (int(dec_bi_rnn) + 1)
        # 2D attention layer
        self.conv1x1_1 = nn.Linear(decoder_rnn_out_size, d_k)
        self.conv3x3_1 = nn.Conv2d(d_model, d_k, kernel_size=3, stride=1, padding=1)
        self.conv1x1_2 = nn.Linear(d_k, 1)
        # Decoder RNN layer
        kwargs = dict(
            input_size=encoder_rnn_out_size,
            hidden_size=encoder_rnn_out_size,
            num_layers=2,
            batch_first=True,
            dropout=dec_do_rnn,
            bidirectional=dec_bi_rnn)
        if dec_gru:
            self.rnn_decoder = nn.GRU(**kwargs)
        else:
            self.rnn_decoder = nn.LSTM(**kwargs)
        # Decoder input embedding
        self.embedding = nn.Embedding(self.num_classes, encoder_rnn_out_size, padding_idx=padding_idx)
        # Prediction layer
        self.pred_dropout = nn.Dropout(pred_dropout)
        pred_num_classes = num_classes - 1  # ignore padding_idx in prediction
        if pred_concat:
            fc_in_channel = decoder_rnn_out_size + d_model + d_enc  # fix: decoder_rnn_out_size + d_model + encoder_rnn_out_size
        else:
            fc_in_channel = d_model
        self.prediction = nn.Linear(fc_in_channel, pred_num_classes)

    def _2d_attention(self, decoder_input, feat, holistic_feat, valid_ratios=None):
        y = self.rnn_decoder(decoder_input)[0]
        # y: bsz * (seq_len + 1) * hidden_size
        attn_query = self.conv1x1_1(y)  # bsz * (seq_len + 1) * attn_size
        bsz, seq_len, attn_size = attn_query.size()
        attn_query = attn_query.view(bsz, seq_len, attn_size, 1, 1)
        attn_key = self.conv3x3_1(feat)
        attn_key = attn_key.unsqueeze(1)
        attn_weight = torch.tanh(torch.add(attn_key, attn_query, alpha=1))
        attn_weight = attn_weight.permute(0, 1, 3, 4, 2).contiguous()
        attn_weight = self.conv1x1_2(attn_weight)
        bsz, T, h, w, c = attn_weight.size()
        assert c == 1
        if valid_ratios is not None:
            attn_mask = torch.zeros_like(attn_weight)
            for i, valid_ratio in enumerate(valid_ratios):
                valid_width = min(w, math.ceil(w * valid_ratio))
                attn_mask[i, :, :, valid_width:, :] = 1
            attn_weight = attn_weight.masked_fill(attn_mask.bool(), float('-inf'))
        attn_weight = attn_weight.view(bsz, T, -1)
        attn_weight = F.softmax(attn_weight, dim=-1)
        attn_weight = attn_weight.view(bsz, T, h, w, c).permute(0, 1, 4, 2, 3).contiguous()
        attn_feat = torch.sum(torch.mul(feat.unsqueeze(1), attn_weight), (3, 4), keepdim=False)
        # bsz * (seq_len + 1) * C
        if self.pred_concat:
            hf_c = holistic_feat.size(-1)
            holistic_feat = holistic_feat.expand(bsz, seq_len, hf_c)
            y = self.prediction(torch.cat((y, attn_feat, holistic_feat), 2))
        else:
            y = self.prediction(attn_feat)
        if self.train_mode:
            y = self.pred_dropout(y)
        return y

    def forward_train(self, feat, out_enc, targets_dict, img_metas):
        valid_ratios = None
        if img_metas is not None:
            valid_ratios = [img_meta.get('valid_ratio', 1.0) for img_meta in img_metas] if self.mask else None
        targets = targets_dict['padded_targets'].to(feat.device)
        tgt_embedding = self.embedding(targets)
        out_enc = out_enc.unsqueeze(1)
        in_dec = torch.cat((out_enc, tgt_embedding), dim=1)
        out_dec = self._2d_attention(in_dec, feat, out_enc, valid_ratios=valid_ratios)
        return out_dec[:, 1:, :]  # bsz * seq_len * num_classes


class TinyBackbone(nn.Module):
    """Stands in for ResNet31OCR: (N, 3, H, W) images to (N, d_model, H/8, W/4) features."""

    def __init__(self, d_model):
        super().__init__()
        self.conv = nn.Conv2d(3, d_model, kernel_size=3, stride=(8, 4), padding=1)

    def forward(self, img):
        return self.conv(img)


class SARNet(nn.Module):
    def __init__(self, backbone, encoder, decoder, d_model=512):
        super().__init__()
        self.backbone = TinyBackbone(d_model)
        self.encoder = build_from_cfg(encoder, ENCODERS, d_model=d_model)
        self.decoder = build_from_cfg(decoder, DECODERS, d_model=d_model)

    def forward_train(self, img, targets_dict, img_metas):
        feat = self.backbone(img)
        out_enc = self.encoder(feat, img_metas)
        return self.decoder(feat, out_enc, targets_dict, img_metas, train_mode=True)


# configs/_base_/recog_models/sar.py
model = dict(
    type='SARNet',
    backbone=dict(type='ResNet31OCR'),
    encoder=dict(type='SAREncoder', enc_bi_rnn=False, enc_do_rnn=0.1, enc_gru=False),
    decoder=dict(type='ParallelSARDecoder', enc_bi_rnn=False, dec_bi_rnn=False, dec_do_rnn=0,
                 dec_gru=False, pred_dropout=0.1, d_k=512, pred_concat=True),
    max_seq_len=30)


def probe():
    encoder = dict(model['encoder'], enc_bi_rnn=True, d_enc=16)
    decoder = dict(model['decoder'], enc_bi_rnn=True, d_enc=16, d_k=8, num_classes=37, padding_idx=36)
    net = SARNet(model['backbone'], encoder, decoder, d_model=16)
    img = torch.randn(2, 3, 32, 64)
    targets = {'padded_targets': torch.randint(0, 36, (2, 6))}
    net.forward_train(img, targets, [{'valid_ratio': 1.0}, {'valid_ratio': 0.75}])


if __name__ == "__main__":
    probe()

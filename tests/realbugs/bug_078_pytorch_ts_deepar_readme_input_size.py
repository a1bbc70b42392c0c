# source: https://github.com/zalandoresearch/pytorch-ts/issues/109
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 43, got 19
"""pytorch-ts's README trains a DeepAREstimator with input_size=43, but the features the network
concatenates for 5-minute data (lags, time features, static embedding and scale) add up to 19:
input_size has to match what the network builds, which depends on the frequency."""
import torch
import torch.nn as nn


def get_lags_for_frequency(freq_str):
    """Stands in for gluonts.time_feature.get_lags_for_frequency('5min')."""
    return [1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 23, 24]


def time_features_from_frequency_str(freq_str):
    """Stands in for gluonts: minute-of-hour, hour-of-day, day-of-week, -month, -year."""
    return ["MinuteOfHour", "HourOfDay", "DayOfWeek", "DayOfMonth", "DayOfYear"]


class DeepARNetwork(nn.Module):
    def __init__(self, input_size, num_layers, num_cells, cell_type, history_length,
                 context_length, prediction_length, dropout_rate, cardinality,
                 embedding_dimension, lags_seq, num_time_feat):
        super().__init__()
        self.context_length = context_length
        self.lags_seq = lags_seq
        self.num_time_feat = num_time_feat
        rnn = {"LSTM": nn.LSTM, "GRU": nn.GRU}[cell_type]
        self.rnn = rnn(input_size=input_size, hidden_size=num_cells, num_layers=num_layers,
                       dropout=dropout_rate, batch_first=True)
        self.embedder = nn.Embedding(cardinality[0], embedding_dimension[0])

    def unroll_encoder(self, past_target, past_time_feat, feat_static_cat):
        batch = past_target.size(0)
        # (batch, context_length, len(lags_seq)): the target at each lag
        input_lags = torch.stack([past_target[:, -self.context_length - lag:-lag]
                                  for lag in self.lags_seq], dim=-1)
        scale = past_target.abs().mean(dim=1, keepdim=True) + 1.0
        embedded_cat = self.embedder(feat_static_cat)
        static_feat = torch.cat((embedded_cat, scale.log()), dim=1)
        repeated_static_feat = static_feat.unsqueeze(1).expand(-1, self.context_length, -1)
        inputs = torch.cat((input_lags / scale.unsqueeze(-1),
                            past_time_feat[:, -self.context_length:, :],
                            repeated_static_feat), dim=-1)
        outputs, state = self.rnn(inputs)
        return outputs, state


class DeepAREstimator:
    def __init__(self, freq, prediction_length, input_size, num_layers=2, num_cells=40,
                 cell_type="LSTM", dropout_rate=0.1, context_length=None):
        self.freq = freq
        self.prediction_length = prediction_length
        self.context_length = context_length or prediction_length
        self.input_size = input_size
        self.num_layers = num_layers
        self.num_cells = num_cells
        self.cell_type = cell_type
        self.dropout_rate = dropout_rate
        self.lags_seq = get_lags_for_frequency(freq)
        self.time_features = time_features_from_frequency_str(freq)
        self.history_length = self.context_length + max(self.lags_seq)

    def create_training_network(self):
        return DeepARNetwork(input_size=self.input_size, num_layers=self.num_layers,
                             num_cells=self.num_cells, cell_type=self.cell_type,
                             history_length=self.history_length,
                             context_length=self.context_length,
                             prediction_length=self.prediction_length,
                             dropout_rate=self.dropout_rate, cardinality=[1],
                             embedding_dimension=[1], lags_seq=self.lags_seq,
                             num_time_feat=len(self.time_features))

    def train(self, past_target):
        net = self.create_training_network()
        batch = past_target.size(0)
        past_time_feat = torch.randn(batch, self.history_length, len(self.time_features))
        return net.unroll_encoder(past_target, past_time_feat,
                                  torch.zeros(batch, dtype=torch.long))


def probe():
    estimator = DeepAREstimator(freq="5min",
                                prediction_length=12,
                                input_size=43)  # fix: the network builds 19 features for 5-minute data (12 lags, 5 time features, embedding, scale): input_size=19
    estimator.train(torch.rand(4, estimator.history_length))


if __name__ == "__main__":
    probe()

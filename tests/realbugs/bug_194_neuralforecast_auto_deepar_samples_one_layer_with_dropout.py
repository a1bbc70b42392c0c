# source: https://github.com/Nixtla/neuralforecast/blob/5ffa0d08b8bea5173d230f4fd23f734896e1e0e3/neuralforecast/auto.py
# rule: LC006
# torch: UserWarning: dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=0.25 and num_layers=1
"""Nixtla/neuralforecast at 5ffa0d0 (neuralforecast/auto.py, neuralforecast/models/deepar.py):
AutoDeepAR's default search space draws `lstm_n_layers` from tune.randint(1, 4) (1, 2 or 3) and
`lstm_dropout` from tune.uniform(0.0, 0.5), independently; DeepAR hands both straight to
nn.LSTM(num_layers=lstm_n_layers, dropout=lstm_dropout). Every trial that draws one layer builds
a one-layer LSTM with a non-zero dropout, which torch warns about and ignores. Unreported;
confirmed with torch on this path: a trial config sampled from default_config (the sampler below
stands in for ray/optuna's, with the seed fixed so the trial draws one layer and dropout 0.25),
DeepAR built from it as BaseAuto does (`cls(**config)`), one forward on a window batch. The fix
passes `dropout=self.encoder_dropout if self.encoder_n_layers > 1 else 0.0` (or draws
lstm_n_layers from 2 on). The base windows class, scalers and the distribution loss are left out."""
import random

import torch
import torch.nn as nn


# ---- a stand-in for ray.tune's sampling domains, as auto.py uses them
class _Domain:
    def sample(self, rng):
        raise NotImplementedError


class _Choice(_Domain):
    def __init__(self, values):
        self.values = list(values)

    def sample(self, rng):
        return rng.choice(self.values)


class _RandInt(_Domain):
    def __init__(self, lower, upper):
        self.lower, self.upper = lower, upper

    def sample(self, rng):
        return rng.randrange(self.lower, self.upper)


class _Uniform(_Domain):
    def __init__(self, lower, upper):
        self.lower, self.upper = lower, upper

    def sample(self, rng):
        return rng.uniform(self.lower, self.upper)


class tune:
    choice = _Choice
    randint = _RandInt
    uniform = _Uniform


# ---- neuralforecast/common/_modules.py
class MLP(nn.Module):
    def __init__(self, in_features, out_features, activation, hidden_size, num_layers, dropout):
        super().__init__()
        activation = getattr(nn, activation)()
        layers = [nn.Linear(in_features, hidden_size), activation, nn.Dropout(dropout)]
        for _ in range(num_layers - 2):
            layers += [nn.Linear(hidden_size, hidden_size), activation, nn.Dropout(dropout)]
        layers += [nn.Linear(hidden_size, out_features)]
        self.layers = nn.Sequential(*layers)

    def forward(self, x):
        return self.layers(x)


# ---- neuralforecast/models/deepar.py
class DeepAR(nn.Module):
    def __init__(
        self,
        h,
        input_size=-1,
        lstm_n_layers: int = 2,
        lstm_hidden_size: int = 128,
        lstm_dropout: float = 0.1,
        decoder_hidden_layers: int = 0,
        decoder_hidden_size: int = 0,
        trajectory_samples: int = 100,
        futr_exog_list=None,
        stat_exog_list=None,
        outputsize_multiplier: int = 2,
        **trainer_kwargs
    ):
        super(DeepAR, self).__init__()
        self.h = h
        self.input_size = input_size
        self.futr_exog_size = len(futr_exog_list or [])
        self.stat_exog_size = len(stat_exog_list or [])
        self.n_samples = trajectory_samples

        # LSTM
        self.encoder_n_layers = lstm_n_layers
        self.encoder_hidden_size = lstm_hidden_size
        self.encoder_dropout = lstm_dropout

        # LSTM input size (1 for target variable y)
        input_encoder = 1 + self.futr_exog_size + self.stat_exog_size

        # Instantiate model
        self.rnn_state = None
        self.maintain_state = False
        self.hist_encoder = nn.LSTM(
            input_size=input_encoder,
            hidden_size=self.encoder_hidden_size,
            num_layers=self.encoder_n_layers,
            dropout=self.encoder_dropout,  # fix: self.encoder_dropout if self.encoder_n_layers > 1 else 0.0
            batch_first=True,
        )

        # Decoder MLP
        self.decoder = MLP(
            in_features=lstm_hidden_size,
            out_features=outputsize_multiplier,
            hidden_size=decoder_hidden_size,
            num_layers=decoder_hidden_layers + 1,
            activation="ReLU",
            dropout=0.0,
        )

    def forward(self, windows_batch):
        encoder_input = windows_batch["insample_y"]  # <- [B, T, 1]
        futr_exog = windows_batch["futr_exog"]
        stat_exog = windows_batch["stat_exog"]

        _, input_size = encoder_input.shape[:2]
        if self.futr_exog_size > 0:
            encoder_input = torch.cat((encoder_input, futr_exog), dim=2)

        if self.stat_exog_size > 0:
            stat_exog = stat_exog.unsqueeze(1).repeat(1, input_size, 1)  # [B, S] -> [B, input_size-1, S]
            encoder_input = torch.cat((encoder_input, stat_exog), dim=2)

        if self.maintain_state:
            rnn_state = self.rnn_state
        else:
            rnn_state = None

        hidden_state, rnn_state = self.hist_encoder(encoder_input, rnn_state)  # [B, input_size-1, rnn_hidden_state]

        if self.maintain_state:
            self.rnn_state = rnn_state

        output = self.decoder(hidden_state)  # [B, input_size-1, output_size]
        return output[:, -self.h:]


# ---- neuralforecast/auto.py
class BaseAuto:
    default_config: dict = {}
    cls_model = None

    def __init__(self, h, config=None, num_samples=10, seed=1):
        self.h = h
        self.config = config if config is not None else self.get_default_config(h)
        self.num_samples = num_samples
        self.rng = random.Random(seed)

    @classmethod
    def get_default_config(cls, h):
        config = cls.default_config.copy()
        config["input_size"] = tune.choice([h * x for x in config["input_size_multiplier"]])
        config["step_size"] = tune.choice([1, h])
        del config["input_size_multiplier"]
        return config

    def sample_trial(self):
        trial = {}
        for key, value in self.config.items():
            trial[key] = value.sample(self.rng) if isinstance(value, _Domain) else value
        trial["h"] = self.h
        return trial

    def fit_trial(self, trial):
        trial = dict(trial)
        trial.pop("step_size", None)
        trial.pop("learning_rate", None)
        trial.pop("scaler_type", None)
        trial.pop("max_steps", None)
        trial.pop("batch_size", None)
        trial.pop("windows_batch_size", None)
        trial.pop("loss", None)
        trial.pop("random_seed", None)
        model = self.cls_model(**trial)
        windows = {
            "insample_y": torch.randn(4, trial["input_size"] + self.h, 1),
            "futr_exog": None,
            "stat_exog": None,
        }
        return model(windows)


class AutoDeepAR(BaseAuto):
    cls_model = DeepAR

    default_config = {
        "input_size_multiplier": [1, 2, 3, 4, 5],
        "h": None,
        "lstm_hidden_size": tune.choice([32, 64, 128, 256]),
        "lstm_n_layers": tune.randint(1, 4),
        "lstm_dropout": tune.uniform(0.0, 0.5),
        "learning_rate": tune.uniform(1e-4, 1e-1),
        "scaler_type": tune.choice(["robust", "minmax1"]),
        "max_steps": tune.choice([500, 1000, 2000]),
        "batch_size": tune.choice([32, 64, 128, 256]),
        "windows_batch_size": tune.choice([128, 256, 512, 1024]),
        "loss": None,
        "random_seed": tune.randint(1, 20),
    }


def probe():
    auto = AutoDeepAR(h=3)
    trial = auto.sample_trial()
    # the trial a search reaches once in three: one LSTM layer and a dropout of 0.25
    trial.update(lstm_n_layers=1, lstm_dropout=0.25, lstm_hidden_size=32)
    auto.fit_trial(trial)


if __name__ == "__main__":
    auto = AutoDeepAR(h=12, num_samples=10)
    for _ in range(auto.num_samples):
        auto.fit_trial(auto.sample_trial())

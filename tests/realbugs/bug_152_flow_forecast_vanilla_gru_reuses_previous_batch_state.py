# source: https://github.com/AIStream-Peelout/flow-forecast/blob/304cf30eb1e1007f572fca5d63083c2d25a4e3ec/flood_forecast/basic/gru_vanilla.py
# rule: LC009
# torch: RuntimeError: Expected hidden size (1, 5, 20), got [1, 10, 20]
"""flow-forecast (flood_forecast/basic/gru_vanilla.py, model_dict_function.py, pytorch_training.py):
VanillaGRU documents `use_hidden` as "Whether to reuse the hidden state between batches"; with it
on, forward feeds the previous batch's final state (num_layers, previous batch, hidden_dim) to the
GRU as h0 (an earlier fix, 3782790, had only replaced `if self.hidden` with `is not None`). The
trainer's DataLoader keeps the short last batch, so with the repository's own test configuration
(tests/gru_vanilla.json: batch_size 10, one layer, hidden_dim 20) and use_hidden set in
"model_params", the last batch of the epoch (285 windows: 5 left over) meets a state for 10. The
state should be reused only when its batch matches (or the loader should drop the last batch)."""
from typing import Dict

import torch
from torch.utils.data import DataLoader, Dataset


class VanillaGRU(torch.nn.Module):
    """
    Simple GRU model for deep time series forecasting.
    """
    def __init__(self, n_time_series: int, hidden_dim: int, num_layers: int, n_target: int, dropout: float,
                 forecast_length=1, use_hidden=False, probabilistic=False):
        super(VanillaGRU, self).__init__()

        # Defining the number of layers and the nodes in each layer
        self.layer_dim = num_layers
        self.hidden_dim = hidden_dim
        self.hidden = None
        self.use_hidden = use_hidden
        self.forecast_length = forecast_length
        self.probablistic = probabilistic

        # GRU layers
        self.gru = torch.nn.GRU(
            n_time_series, hidden_dim, num_layers, batch_first=True, dropout=dropout
        )

        # Fully connected layer
        self.fc = torch.nn.Linear(hidden_dim, n_target)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Initializing hidden state for first input with zeros
        if self.hidden is not None and self.use_hidden:
            h0 = self.hidden  # fix: only when self.hidden.size(1) == x.size(0), else fresh zeros for this batch
        else:
            h0 = torch.zeros(self.layer_dim, x.size(0), self.hidden_dim).requires_grad_()

        # Forward propagation by passing in the input and hidden state into the model
        out, self.hidden = self.gru(x, h0.detach())

        # Reshaping the outputs in the shape of (batch_size, seq_length, hidden_size)
        # so that it can fit into the fully connected layer
        out = out[:, -self.forecast_length:, :]

        # Convert the final state to our desired output shape (batch_size, output_dim)
        out = self.fc(out)
        if self.fc.out_features == 1:
            return out[:, :, 0]
        return out


# flood_forecast/model_dict_function.py
pytorch_model_dict = {"VanillaGRU": VanillaGRU}
pytorch_criterion_dict = {"MSE": torch.nn.MSELoss()}


class CSVDataLoader(Dataset):
    def __init__(self, series: torch.Tensor, forecast_history: int, forecast_length: int):
        self.series = series
        self.forecast_history = forecast_history
        self.forecast_length = forecast_length

    def __len__(self):
        return len(self.series) - self.forecast_history - self.forecast_length + 1

    def __getitem__(self, idx):
        src = self.series[idx:idx + self.forecast_history]
        trg = self.series[idx + self.forecast_history:idx + self.forecast_history + self.forecast_length, :1]
        return src, trg


# flood_forecast/time_model.py
class PyTorchForecast:
    def __init__(self, model_base: str, training_data, params_dict: Dict):
        self.params = params_dict
        self.model = self.load_model(model_base, params_dict["model_params"])
        self.training = training_data

    def load_model(self, model_base: str, model_params: Dict):
        if model_base in pytorch_model_dict:
            model = pytorch_model_dict[model_base](**model_params)
        else:
            raise Exception("Error the model " + model_base + " was not found in the model dict. Please add it.")
        return model


# flood_forecast/pytorch_training.py
def torch_single_train(model: PyTorchForecast, opt, criterion, data_loader: DataLoader) -> float:
    running_loss = 0.0
    for src, trg in data_loader:
        opt.zero_grad()
        output = model.model(src.float())
        labels = trg[:, :, 0]
        loss = criterion(output, labels.float())
        loss.backward()
        opt.step()
        running_loss += loss.item()
    return running_loss


def train_transformer_style(model: PyTorchForecast, training_params: Dict) -> None:
    opt = torch.optim.Adam(model.model.parameters(), lr=training_params["lr"])
    criterion = pytorch_criterion_dict[training_params["criterion"]]
    data_loader = DataLoader(model.training, batch_size=training_params["batch_size"], shuffle=False)
    for epoch in range(training_params["epochs"]):
        total_loss = torch_single_train(model, opt, criterion, data_loader)
        print("The loss for epoch " + str(epoch), total_loss)


def probe():
    # tests/gru_vanilla.json, with the documented use_hidden option turned on
    config = {
        "model_name": "VanillaGRU",
        "model_params": {"n_time_series": 3, "hidden_dim": 20, "num_layers": 1, "n_target": 1,
                         "dropout": 0.11, "use_hidden": True},
        "training_params": {"criterion": "MSE", "optimizer": "Adam", "lr": 0.03, "epochs": 1, "batch_size": 10},
    }
    series = torch.randn(295, 3)
    dataset = CSVDataLoader(series, forecast_history=10, forecast_length=1)
    model = PyTorchForecast(config["model_name"], dataset, config)
    train_transformer_style(model, config["training_params"])


if __name__ == "__main__":
    probe()

# source: https://github.com/AIStream-Peelout/flow-forecast/commit/b336dbca82db906c71bb97d0aac2b4e555fe36cc
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 4, 20), got [2, 100, 20]
"""flow-forecast (flood_forecast/basic/lstm_vanilla.py, model_dict_function.py, time_model.py,
pytorch_training.py), "fixing init_hidden": the baseline LSTMForecast made its (h, c) once, in
__init__, from a `batch_size` constructor argument that defaults to 100. The model is built by
name from the JSON config's "model_params" (`pytorch_model_dict[name](**model_params)`), which do
not set batch_size, while the DataLoader uses training_params["batch_size"]: the first batch of 4
series meets states for 100. The fix calls self.init_hidden(batch_size) at the top of forward,
with batch_size = x.size()[0]."""
from typing import Dict

import torch
from torch.utils.data import DataLoader, Dataset


class LSTMForecast(torch.nn.Module):
    """
    A very simple baseline LSTM model that returns
    an output sequence given a multi-dim input seq. Inspired by the StackOverflow link below.
    https://stackoverflow.com/questions/56858924/multivariate-input-lstm-in-pytorch
    """
    def __init__(self, seq_length: int, n_time_series: int, output_seq_len=1, hidden_states=20, num_layers=2, bias=True, batch_size=100):
        super().__init__()
        self.forecast_history = seq_length
        self.n_time_series = n_time_series
        self.hidden_dim = hidden_states
        self.num_layers = num_layers
        self.lstm = torch.nn.LSTM(n_time_series, hidden_states, num_layers, bias, batch_first=True)
        self.final_layer = torch.nn.Linear(seq_length*hidden_states, output_seq_len)
        self.init_hidden(batch_size)

    def init_hidden(self, batch_size)->None:
        # This is what we'll initialise our hidden state as
        self.hidden = (torch.zeros(self.num_layers, batch_size, self.hidden_dim), torch.zeros(self.num_layers, batch_size, self.hidden_dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        batch_size = x.size()[0]
        out_x, self.hidden = self.lstm(x, self.hidden)  # fix: self.init_hidden(batch_size) first, states for this batch
        x = self.final_layer(out_x.contiguous().view(batch_size, -1))
        return x


# flood_forecast/model_dict_function.py
pytorch_model_dict = {"LSTM": LSTMForecast}
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
    config = {
        "model_name": "LSTM",
        "model_params": {"n_time_series": 3, "seq_length": 10, "output_seq_len": 1},
        "training_params": {"criterion": "MSE", "optimizer": "Adam", "lr": 0.001, "epochs": 1, "batch_size": 4},
    }
    series = torch.randn(40, 3)
    dataset = CSVDataLoader(series, forecast_history=10, forecast_length=1)
    model = PyTorchForecast(config["model_name"], dataset, config)
    train_transformer_style(model, config["training_params"])


if __name__ == "__main__":
    probe()

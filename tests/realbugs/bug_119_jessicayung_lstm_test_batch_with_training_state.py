# source: https://github.com/jessicayung/blog-code-snippets/issues/2
# rule: LC009
# torch: RuntimeError: Expected hidden[0] size (2, 5, 20), got [2, 12, 20]
"""blog-code-snippets (the LSTM time-series post, lstm-for-time-series): the model keeps its
batch size from the constructor (batch_size=num_train) and its state in self.hidden, made by
init_hidden() at the start of each epoch and carried into forward(). A commenter trains on 1498
points and then predicts 500: after switching model.batch_size to the test size the state is
still the one made for the training batch, "Expected hidden[0] size (2, 500, 20), got
(2, 1498, 20)"."""
import torch
import torch.nn as nn

# Data params
noise_var = 0
num_datapoints = 17
test_size = 5
num_train = num_datapoints - test_size

# Network params
input_size = 20
per_element = True
if per_element:
    lstm_input_size = 1
else:
    lstm_input_size = input_size
h1 = 20
output_dim = 1
num_layers = 2
learning_rate = 1e-3
num_epochs = 2
dtype = torch.float


class LSTM(nn.Module):

    def __init__(self, input_dim, hidden_dim, batch_size, output_dim=1, num_layers=2):
        super(LSTM, self).__init__()
        self.input_dim = input_dim
        self.hidden_dim = hidden_dim
        self.batch_size = batch_size
        self.num_layers = num_layers

        # Define the LSTM layer
        self.lstm = nn.LSTM(self.input_dim, self.hidden_dim, self.num_layers)

        # Define the output layer
        self.linear = nn.Linear(self.hidden_dim, output_dim)

    def init_hidden(self):
        # This is what we'll initialise our hidden state as
        return (torch.zeros(self.num_layers, self.batch_size, self.hidden_dim),
                torch.zeros(self.num_layers, self.batch_size, self.hidden_dim))

    def forward(self, input):
        # shape of lstm_out: [input_size, batch_size, hidden_dim]
        # shape of self.hidden: (a, b), where a and b both have shape (num_layers, batch_size, hidden_dim).
        lstm_out, self.hidden = self.lstm(input.view(len(input), self.batch_size, -1), self.hidden)

        # Only take the output from the final timestep
        y_pred = self.linear(lstm_out[-1].view(self.batch_size, -1))
        return y_pred.view(-1)


def probe():
    X_train = torch.randn(input_size, num_train, lstm_input_size, dtype=dtype)
    y_train = torch.randn(num_train, dtype=dtype)
    X_test = torch.randn(input_size, test_size, lstm_input_size, dtype=dtype)

    model = LSTM(lstm_input_size, h1, batch_size=num_train, output_dim=output_dim, num_layers=num_layers)
    loss_fn = torch.nn.MSELoss(reduction='sum')
    optimiser = torch.optim.Adam(model.parameters(), lr=learning_rate)

    for t in range(num_epochs):
        # Initialise hidden state
        # Don't do this if you want your LSTM to be stateful
        model.hidden = model.init_hidden()
        y_pred = model(X_train)
        loss = loss_fn(y_pred, y_train)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        model.hidden = tuple(h.detach() for h in model.hidden)

    # predict on the held-out points
    model.batch_size = X_test.shape[1]  # fix: also make a state for the new batch: model.hidden = model.init_hidden()
    y_test_pred = model(X_test)
    return y_test_pred


if __name__ == "__main__":
    probe()

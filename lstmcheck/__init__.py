"""lstmcheck: shapes and static checks for torch's recurrent layers (LSTM, GRU, RNN, cells)."""

__version__ = "0.1.0"

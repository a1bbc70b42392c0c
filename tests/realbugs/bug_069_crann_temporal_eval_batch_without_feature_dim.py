# source: https://github.com/rdemedrano/crann_traffic/issues/2
# rule: LC009
# torch: RuntimeError: For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors
"""CRANN's dense module evaluates the pretrained temporal encoder on the raw time windows,
(N, n_timesteps), while the temporal module trained it on windows with a trailing feature dim,
(N, n_timesteps, 1): the encoder's LSTM sees a 2-D (unbatched) input next to the batched states
init_hidden() built for it."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class EncoderLSTM(nn.Module):
    def __init__(self, input_size, hidden_size, n_layers=1, drop_prob=0, device='cuda'):
        super(EncoderLSTM, self).__init__()
        self.hidden_size = hidden_size
        self.n_layers = n_layers
        self.device = device
        self.lstm = nn.LSTM(input_size, hidden_size, n_layers, dropout=drop_prob, batch_first=True)

    def forward(self, inputs, hidden):
        output, hidden = self.lstm(inputs, hidden)
        return output, hidden

    def init_hidden(self, batch_size):
        return (torch.zeros(self.n_layers, batch_size, self.hidden_size, device=self.device),
                torch.zeros(self.n_layers, batch_size, self.hidden_size, device=self.device))


class BahdanauDecoder(nn.Module):
    def __init__(self, hidden_size, output_size, n_layers=1, drop_prob=0.1):
        super(BahdanauDecoder, self).__init__()
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.fc_hidden = nn.Linear(self.hidden_size, self.hidden_size, bias=False)
        self.fc_encoder = nn.Linear(self.hidden_size, self.hidden_size, bias=False)
        self.weight = nn.Parameter(torch.FloatTensor(1, hidden_size))
        torch.nn.init.xavier_uniform_(self.weight)
        self.lstm = nn.LSTM(self.hidden_size + self.output_size, self.hidden_size, batch_first=True)
        self.fc_prediction = nn.Linear(self.hidden_size, self.output_size)

    def forward(self, inputs, hidden, encoder_outputs):
        encoder_outputs = encoder_outputs.squeeze()
        x = torch.tanh(self.fc_hidden(hidden[0].view(-1, 1, self.hidden_size)) +
                       self.fc_encoder(encoder_outputs))
        alignment_scores = x.matmul(self.weight.unsqueeze(2))
        attn_weights = F.softmax(alignment_scores.view(inputs.size(0), -1), dim=1)
        self.context_vector = torch.matmul(attn_weights.unsqueeze(1), encoder_outputs)
        output = torch.cat((inputs, self.context_vector.squeeze(1)), 1).unsqueeze(1)
        output, hidden = self.lstm(output, hidden)
        output = self.fc_prediction(output).squeeze(2)
        return output, hidden, attn_weights


def evaluate_temp_att(encoder, decoder, batch, n_pred, device):
    """Inference of temporal attention mechanism"""
    output = torch.Tensor().to(device)
    h = encoder.init_hidden(batch.size(0))
    encoder_output, h = encoder(batch, h)  # fix: the encoder was trained on (N, n_timesteps, 1): batch.unsqueeze(2)
    decoder_hidden = h
    decoder_input = torch.zeros(batch.size(0), 1, device=device)
    for k in range(n_pred):
        decoder_output, decoder_hidden, attn_weights = decoder(decoder_input, decoder_hidden,
                                                               encoder_output)
        decoder_input = decoder_output
        output = torch.cat((output, decoder_output), 1)
    return output


def probe():
    device = 'cpu'
    n_timesteps, n_pred, hidden = 24, 3, 16
    temporal_encoder = EncoderLSTM(1, hidden, device=device)
    temporal_decoder = BahdanauDecoder(hidden, 1)
    x_time = torch.rand(5, n_timesteps)  # X_train_time from prepare_datasets: (N, n_timesteps)
    evaluate_temp_att(temporal_encoder, temporal_decoder, x_time, n_pred, device)


if __name__ == "__main__":
    probe()

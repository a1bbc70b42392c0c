# source: https://github.com/susantiyuni/attention-bilstm-for-relation-classification/issues/3
# rule: LC007
# torch: ValueError: Expected input batch_size (8) to match target batch_size (4).
"""attention-bilstm-for-relation-classification (used in another project): the hyperparameters
object turns the encoder bidirectional, but the model keeps one-direction sizes: the attention
reads the LSTM output and the final state through .view(..., hidden_dim), which turns the two
directions into two rows per sample, and the classifier is nn.Linear(hidden_dim, num_classes).
Every shape agrees until the loss, which gets twice the rows of the labels: "Expected input
batch_size (256) to match target batch_size (128)"."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Hyperparameters:
    def __init__(self, **entries):
        self.__dict__.update(entries)


class Atten_BiLSTM(nn.Module):
    def __init__(self, hyperparameters):
        super(Atten_BiLSTM, self).__init__()
        self.hidden_dim = hyperparameters.hidden_dim
        self.batch_size = hyperparameters.batch_size
        self.emb_dim = hyperparameters.embedding_dim

        self.embedding = nn.Embedding(hyperparameters.vocab_size, hyperparameters.embedding_dim)
        self.encoder = nn.LSTM(hyperparameters.embedding_dim,
                               hyperparameters.hidden_dim,
                               bidirectional=hyperparameters.bidirectional)
        self.fc = nn.Linear(hyperparameters.hidden_dim, hyperparameters.num_classes)  # fix: 2 * hidden_dim for the bidirectional encoder, and keep the directions as features, not rows
        self.dropout = nn.Dropout(hyperparameters.dropout)

    def attnetwork(self, encoder_out, final_hidden):
        hidden = final_hidden.squeeze(0)
        attn_weights = torch.bmm(encoder_out, hidden.unsqueeze(2)).squeeze(2)
        soft_attn_weights = F.softmax(attn_weights, 1)
        new_hidden = torch.bmm(encoder_out.transpose(1, 2), soft_attn_weights.unsqueeze(2)).squeeze(2)
        return new_hidden

    def forward(self, sequence):
        emb_input = self.embedding(sequence)
        inputx = self.dropout(emb_input)
        output, (hn, cn) = self.encoder(inputx)
        encoder_out = output.view(output.size(0), -1, self.hidden_dim).permute(1, 0, 2)
        final_hidden = hn.view(-1, self.hidden_dim)
        attn_out = self.attnetwork(encoder_out, final_hidden)
        logits = self.fc(attn_out)
        return logits


def probe():
    hyperparameters = Hyperparameters(hidden_dim=16, batch_size=4, embedding_dim=12, vocab_size=50,
                                      bidirectional=True, num_classes=3, dropout=0.2)
    model = Atten_BiLSTM(hyperparameters)
    loss_fn = nn.CrossEntropyLoss()
    sequences = torch.randint(0, 50, (9, hyperparameters.batch_size))
    labels = torch.randint(0, 3, (hyperparameters.batch_size,))
    predictions = model(sequences)
    loss_fn(predictions, labels)


if __name__ == "__main__":
    probe()

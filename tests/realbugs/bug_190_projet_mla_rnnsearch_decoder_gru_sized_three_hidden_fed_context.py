# source: https://github.com/EndreaMagni/projet-mla/commit/b998d2f34f836fe1bbdb01964e752b03199df4ab
# rule: LC008
# torch: RuntimeError: input.size(-1) must be equal to input_size. Expected 14, got 8
"""EndreaMagni/projet-mla (a student reimplementation of RNNsearch, Bahdanau et al. 2015:
src/Baseline/RNNsearch/Decoder_search.py, Encoder_search.py, Allignement.py, RNNsearch.py): the
decoder's GRU was built for `input_size_gru = hidden_size*3 + embedding_size` but stepped with
the attention context alone, `self.gru(context.unsqueeze(1), si)`; the context of a bidirectional
encoder is (batch, 2 * hidden_size), so the first step fails. b998d2f ("modification encoder,
decoder, allignement et boucle de train") sizes the GRU hidden_size*2 + embedding_size and feeds
torch.cat([yi_emb, context]). The encoder and alignment are taken as that same commit left them
(before it the encoder held breakpoints and the alignment's arguments were swapped); the decoder
is the one before it. The WMT'14 batches are replaced by random token ids."""
import torch
import torch.nn as nn
import torch.nn.functional as F


# Encoder_search.py
class Encoder(nn.Module):
    def __init__(self, input_size, hidden_size, embedding_size):
        super(Encoder,self).__init__()

        self.embedding = nn.Embedding(input_size, embedding_size)

        self.bi_RNN=nn.GRU(input_size=embedding_size,
                            hidden_size=hidden_size,
                            bidirectional=True,
                            batch_first=True)

    def forward(self, input):
        embedded=self.embedding(input)

        # GRU layer: forward and backward states are automatically handled by the GRU
        outputs,h_n= self.bi_RNN(embedded)  # outputs shape: (batch, seq_length, 2*hidden_size)

        # Concatenation of forward and backward states is already done within the GRU layer
        return outputs,h_n


# Allignement.py
class Allignement(nn.Module):
    # Initialisation du module d'Allignement
    def __init__(self, hidden_size, attn_dim):
        super(Allignement, self).__init__()

        # Définition des couches linéaires pour le calcul de l'Allignement
        self.Wa = nn.Linear(hidden_size, hidden_size, bias=False)
        self.Ua = nn.Linear(hidden_size*2, hidden_size, bias=False)
        self.va = nn.Linear(hidden_size, 1, bias=False)

    # Forward pass du module d'Allignement
    def forward(self, si,enc_out):
        # context : si
        # encoder ouput : enc_out
        # Calcul du scores d'énergie
        e_ij = torch.tanh(self.Wa(si) + self.Ua(enc_out).transpose(0,1))
        e_ij = self.va(e_ij).squeeze(2).transpose(0,1)
        #Calcul du poids d'attenttion
        alpha_ij = F.softmax(e_ij, dim=1)
        # Calcul du vecteur de contexte
        context = torch.bmm(alpha_ij.unsqueeze(1), enc_out).squeeze(1)
        return context,alpha_ij


# Decoder_search.py
class Maxout(nn.Module):
    def __init__(self, input_dim, out_dim, pool_size=2):
        super(Maxout, self).__init__()
        # the size of the maxout hidden laye : out_dim = 500
        self.out_features = out_dim
        self.pool_size = pool_size
        self.linear = nn.Linear(input_dim, out_dim * pool_size)

    def forward(self, x):
        # Maxout operation
        output = self.linear(x)
        output = output.view(-1, self.out_features, self.pool_size)
        output = torch.max(output, 2)[0]
        return output


class Decoder(nn.Module):
    def __init__(self, vocab_size, hidden_size,embedding_size,maxout_unit,allign_dim):
        super(Decoder, self).__init__()

        input_size_gru= hidden_size*3 + embedding_size  # fix: hidden_size*2 + embedding_size, and step the GRU with torch.cat([yi_emb, context], dim=1) (b998d2f)
        input_size_maxout= hidden_size*3 + embedding_size
        self.hidden_size=hidden_size
        self.output_size = vocab_size

        self.Allignement= Allignement( hidden_size,allign_dim)

        self.embedding = nn.Embedding(vocab_size, embedding_size)

        self.gru = nn.GRU(input_size_gru, hidden_size,batch_first=True)

        self.maxout = Maxout(input_size_maxout , maxout_unit) # maxout=500

        self.fc = nn.Linear(maxout_unit, vocab_size)

    def forward(self,enc_out,hidden_enc):# hidden peut etre en in
        batch_size = enc_out.size(0)
        si= torch.zeros(1, batch_size ,self.hidden_size) #a initiliaser avec hidden_enc

        attention_weights=[]
        outputs = []
        for i in range(enc_out.size(1)) :
            # Calculer le vecteur de contexte avec le model d'alignement
            context, alpha_ij =self.Allignement(si , enc_out)

            attention_weights.append(alpha_ij)

            # Passage par la couche GRU
            yi, si = self.gru(context.unsqueeze(1), si)

            yi_emb = self.embedding(yi.squeeze(1))

            maxout_output = self.maxout(torch.cat((si, context, yi_emb), dim = 1))

            output_fc = self.fc(maxout_output)

            output=F.softmax(output_fc,dim=1)

            outputs.append(output)

        return torch.stack(outputs), attention_weights


# RNNsearch.py
class RNNsearch(nn.Module):
    def __init__(self, encoder, decoder):
        super(RNNsearch, self).__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, src):
        src = src.squeeze(1)
        encoder_outputs, hidden_enc = self.encoder(src)
        outputs, attention_weights  = self.decoder(encoder_outputs,hidden_enc)
        return outputs,attention_weights


# main.py (training loop)
def train(model, batches, lr=1e-3):
    optimizer = torch.optim.Adadelta(model.parameters(), lr=lr)
    for src, trg in batches:
        optimizer.zero_grad()
        outputs, _ = model(src)
        loss = F.nll_loss(torch.log(outputs.transpose(0, 1).reshape(-1, outputs.size(-1)) + 1e-9), trg.reshape(-1))
        loss.backward()
        optimizer.step()


def build(vocab_size=30000, hidden_size=1000, embedding_size=620, maxout_unit=500, allign_dim=1000):
    encoder = Encoder(vocab_size, hidden_size, embedding_size)
    decoder = Decoder(vocab_size, hidden_size, embedding_size, maxout_unit, allign_dim)
    return RNNsearch(encoder, decoder)


def probe():
    model = build(vocab_size=20, hidden_size=4, embedding_size=2, maxout_unit=3, allign_dim=4)
    src = torch.randint(0, 20, (3, 1, 5))
    trg = torch.randint(0, 20, (3, 5))
    train(model, [(src, trg)])


if __name__ == "__main__":
    probe()

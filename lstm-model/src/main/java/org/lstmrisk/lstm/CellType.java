package org.lstmrisk.lstm;

/** The recurrent cell of every layer of a network. */
public enum CellType {

    /** Long short-term memory: input, forget, candidate and output gates with a cell state. */
    LSTM(4),

    /** Plain (Elman) recurrent cell: h_t = tanh([x_t, h_{t−1}]·W + b). */
    RNN(1);

    private final int gates;

    CellType(int gates) {
        this.gates = gates;
    }

    /** The number of pre-activation blocks per hidden unit: 4 for LSTM, 1 for RNN. */
    public int gates() {
        return gates;
    }
}

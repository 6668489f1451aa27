package org.lstmrisk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file written by the evaluation, read back as rows of named cells (no quoting in these files). */
record CsvRows(List<String> header, List<Map<String, String>> rows) {

    static CsvRows read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(",", -1));
        var rows = new ArrayList<Map<String, String>>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            var row = new HashMap<String, String>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), cells[k]);
            }
            rows.add(row);
        }
        return new CsvRows(header, rows);
    }

    Map<String, String> row(String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst().orElseThrow(
                () -> new AssertionError("no row with " + column + " = " + value));
    }
}

package nl.stagematch.bench.instance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.stagematch.core.io.AtomicFiles;

/** Writes an {@link Instance} in the shared text format (general form, edges sorted by student). */
public final class InstanceWriter {
  private InstanceWriter() {}

  /** Writes {@code instance} to {@code file} in the general {@code S P E} form. */
  public static void write(Instance instance, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII));
      w.write(instance.students() + " " + instance.places() + " " + instance.edges() + "\n");
      for (int c : instance.capacity()) {
        w.write(Integer.toString(c));
        w.write('\n');
      }
      for (int s = 0; s < instance.students(); s++) {
        for (int e = instance.rowStart()[s]; e < instance.rowStart()[s + 1]; e++) {
          w.write(s + " " + instance.edgePlace()[e] + " " + instance.edgeCost()[e] + "\n");
        }
      }
      w.flush();
    });
  }
}
